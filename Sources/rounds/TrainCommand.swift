import ArgumentParser

struct TrainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train",
    abstract: "Retrain the learned components from the development corpus (for maintainers).",
    subcommands: [TrainTriageCommand.self])
}
