import ArgumentParser
import Triage

struct PriorityCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "priority",
    abstract: "Override a message's priority, 0 (none) to 3 (act now).",
    discussion: "The priority is the urgency lists sort by; the classifier never changes it back.")

  @OptionGroup var store: StoreOptions
  @OptionGroup var expect: ExpectVersion

  @Argument(help: "The message id.")
  var id: Int64

  @Argument(help: "The new priority, 0 to 3.")
  var priority: Int

  func run() throws {
    let item = try store.openWorkflow().setPriority(id, to: priority, expecting: expect.value)
    ActionOutput.report(item, "priority \(item.message.urgency)")
  }
}
