import ArgumentParser
import Triage

/// `--db PATH`, accepted by every command that touches the inbox.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The inbox database (default: $ROUNDS_DB, else $XDG_DATA_HOME/rounds/inbox.sqlite).",
      valueName: "path"))
  var db: String?

  var path: String { StoreLocation.resolve(explicit: db) }

  /// Opens the existing inbox, failing with a pointer to `rounds init` when there is none.
  func open() throws -> InboxStore {
    try InboxStore.open(at: path)
  }
}
