import ArgumentParser
import Triage

struct AssignCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "assign",
    abstract: "Assign a message to a clinician or supervisor, or unassign it.")

  @OptionGroup var store: StoreOptions
  @OptionGroup var expect: ExpectVersion

  @Argument(help: "The message id.")
  var id: Int64

  @Argument(help: "The OS user name of the clinician or supervisor; `me` for yourself.")
  var user: String?

  @Flag(help: "Unassign the message.")
  var none = false

  func validate() throws {
    guard (user == nil) != !none else {
      throw ValidationError("give a user to assign it to, or --none to unassign it")
    }
  }

  func run() throws {
    let workflow = try store.openWorkflow()
    let assignee = user.map { $0 == "me" ? workflow.user : $0 }
    let item = try workflow.assign(id, to: assignee, expecting: expect.value)
    ActionOutput.report(item, assignee.map { "assigned to \($0)" } ?? "unassigned")
  }
}
