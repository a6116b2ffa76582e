import ArgumentParser

struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure how fast parts of Rounds are (build with -c release first).",
    subcommands: [BenchWorkflowCommand.self, BenchTriageCommand.self])
}
