import ArgumentParser

/// Benchmarks: each is a subcommand reporting its own figures. Build with `-c release` first.
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure how fast parts of Rounds are (build with -c release first).",
    subcommands: [
      BenchImportCommand.self, BenchGenerateCommand.self, BenchScanCommand.self,
      BenchTriageCommand.self, BenchWorkflowCommand.self, TuiBenchCommand.self,
    ])
}
