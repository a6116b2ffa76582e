import ArgumentParser

struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure how fast Rounds works (build with -c release first).",
    subcommands: [BenchScanCommand.self])
}
