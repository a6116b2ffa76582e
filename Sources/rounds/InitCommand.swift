import ArgumentParser
import Foundation
import Triage

struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create the inbox database and register yourself as its supervisor.",
    discussion: """
      The file is created with mode 600 in a folder with mode 700. With --group, the inbox is \
      shared: the folder becomes 2770 and the file 660, both owned by that group, so every \
      member of staff in the group can use it. Only the first person to initialise an inbox \
      becomes its supervisor; running init again changes nothing.
      """)

  @OptionGroup var store: StoreOptions

  @Option(help: "Share the inbox with this OS group (see the README's shared-inbox set-up).")
  var group: String?

  @Option(help: "Your display name (default: the full name of your OS account).")
  var name: String?

  func run() throws {
    let inbox = try InboxStore.create(at: store.path, group: group)
    let me = try OSUser.current()
    // One transaction: of two people initialising at once, only one becomes supervisor.
    if try Workflow.bootstrap(
      store: inbox, user: me.name, displayName: name ?? me.fullName ?? me.name)
    {
      let shared = group.map { ", shared with the group \($0)" } ?? ""
      print("Created the inbox at \(inbox.path)\(shared); \(me.name) is its supervisor.")
    } else {
      print("The inbox at \(inbox.path) is ready (\(try inbox.allStaff().count) staff).")
      if name != nil {
        Terminal.printError(
          "rounds: note: --name only names the first supervisor of a new inbox; use `rounds staff add USER --role ROLE --name NAME`"
        )
      }
    }
  }
}
