import ArgumentParser

/// Benchmarks: each is a subcommand reporting its own figures.
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Run a benchmark and print its figures (records/s, peak memory).",
    subcommands: [BenchImportCommand.self, BenchGenerateCommand.self])
}
