import ArgumentParser

struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure how fast the detectors run (build with -c release first).",
    subcommands: [BenchTriageCommand.self])
}
