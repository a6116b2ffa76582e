import ArgumentParser
import Foundation
import Inbox
import Triage

struct TuiCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tui",
    abstract: "Open the inbox in the terminal (what `rounds` does with no command).",
    discussion: """
      Press ? inside for the keys. Keys can be changed in $XDG_CONFIG_HOME/rounds/keys.conf \
      (~/.config/rounds/keys.conf): one `bind CONTEXT KEY ACTION` or `unbind CONTEXT KEY` per \
      line. NO_COLOR turns colours off; highlights stay readable through bold and underline.
      """)

  @OptionGroup var store: StoreOptions

  @Option(
    help: ArgumentHelp(
      "Key bindings file (default: $XDG_CONFIG_HOME/rounds/keys.conf).", valueName: "path"))
  var keys: String?

  func run() throws {
    // Someone not on the staff list is refused here, as every command refuses them.
    let workflow = try store.openWorkflowService()
    try InboxApp.run(
      workflow: workflow, findings: Wiring.readerFindings(workflow.policy),
      keysPath: keys ?? KeyConfig.defaultPath())
  }
}
