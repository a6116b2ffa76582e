import ArgumentParser
import Triage

struct NoReplyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "no-reply", abstract: "Mark a message as needing no reply.")

  @OptionGroup var store: StoreOptions
  @OptionGroup var expect: ExpectVersion

  @Argument(help: "The message id.")
  var id: Int64

  func run() throws {
    let item = try store.openWorkflow().markNoReplyNeeded(id, expecting: expect.value)
    ActionOutput.report(item, "marked as needing no reply")
  }
}
