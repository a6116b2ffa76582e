import ArgumentParser
import Foundation
import Inbox
import Triage

struct StaffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "staff",
    abstract: "Manage who may use the inbox and in which role.",
    subcommands: [Add.self, List.self, Remove.self],
    defaultSubcommand: List.self)

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add a member of staff, or change their role (supervisors).",
      discussion: """
        USER is an OS login name; staff are identified by the account they log in with. \
        Every change is recorded in the audit log. The last supervisor cannot be demoted.
        """)

    @OptionGroup var store: StoreOptions

    @Argument(help: "The OS user name.")
    var user: String

    @Option(help: "assistant, clinician or supervisor.")
    var role: Role

    @Option(help: "Display name (default: the account's full name, else the user name).")
    var name: String?

    func run() throws {
      let workflow = try store.openWorkflow()
      let existing = try workflow.store.staffMember(user)
      let displayName =
        name ?? existing?.displayName ?? OSUser.lookup(name: user)?.fullName ?? user
      let added = try workflow.saveStaff(user, role: role, displayName: displayName)
      print(added ? "Added \(user) as \(role.rawValue)." : "\(user) is now \(role.rawValue).")
      if added, OSUser.lookup(name: user) == nil {
        Terminal.printError(
          "rounds: note: there is no OS account named \(user) on this machine yet")
      }
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the staff.")

    @OptionGroup var store: StoreOptions

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
      let staff = try store.openWorkflow().store.allStaff()
      if json {
        try JSONOutput.print(staff.map(StaffJSON.init))
        return
      }
      var table = TextTable(columns: ["USER", "ROLE", "NAME", "ADDED (UTC)"])
      for member in staff {
        table.add([
          member.user, member.role.rawValue, member.displayName, DateText.minute(member.addedAt),
        ])
      }
      print(table.render(width: Terminal.columns), terminator: "")
    }
  }

  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Remove a member of staff (supervisors); their past work keeps their name.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The OS user name.")
    var user: String

    func run() throws {
      try store.openWorkflow().removeStaff(user)
      print("Removed \(user).")
    }
  }
}

struct StaffJSON: Encodable {
  var user: String
  var displayName: String
  var role: String
  var addedAt: Date
  var addedBy: String?

  init(_ staff: Staff) {
    user = staff.user
    displayName = staff.displayName
    role = staff.role.rawValue
    addedAt = staff.addedAt
    addedBy = staff.addedBy
  }

  enum CodingKeys: String, CodingKey {
    case user, role
    case displayName = "display_name"
    case addedAt = "added_at"
    case addedBy = "added_by"
  }
}
