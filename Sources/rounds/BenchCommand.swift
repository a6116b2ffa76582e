import ArgumentParser

struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure how fast Rounds is on large synthetic inboxes.",
    subcommands: [TuiBenchCommand.self])
}
