import ArgumentParser
import Triage

/// `--policy PATH`: the practice policy (default: rounds.toml beside the database; built-in
/// defaults when there is none).
struct PolicyOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The practice policy file (default: rounds.toml beside the database).", valueName: "path"))
  var policy: String?

  /// The policy file in force, nil when the built-in defaults apply.
  func path(databasePath: String) throws -> String? {
    try PolicyLoader.locate(explicit: policy, databasePath: databasePath)
  }

  func load(databasePath: String) throws -> PracticePolicy {
    try PolicyLoader.load(try path(databasePath: databasePath))
  }
}
