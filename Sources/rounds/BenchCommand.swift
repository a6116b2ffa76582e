import ArgumentParser

struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure how fast parts of Rounds are, on scratch or synthetic inboxes.",
    subcommands: [BenchWorkflowCommand.self, TuiBenchCommand.self])
}
