import ArgumentParser

struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Score the detectors on the development corpus.",
    subcommands: [EvalTriageCommand.self])
}
