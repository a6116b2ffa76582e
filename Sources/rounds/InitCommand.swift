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
    let everyone = try inbox.allStaff()
    if everyone.isEmpty {
      let supervisor = Staff(
        user: me.name, displayName: name ?? me.fullName ?? me.name, role: .supervisor,
        addedAt: Date(), addedBy: me.name)
      try inbox.saveStaff(supervisor)
      print("Created the inbox at \(inbox.path); \(me.name) is its supervisor.")
    } else {
      print("The inbox at \(inbox.path) is ready (\(everyone.count) staff).")
    }
  }
}
