import ArgumentParser
import Triage

struct SpamCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "spam", abstract: "Mark a message as spam.")

  @OptionGroup var store: StoreOptions
  @OptionGroup var expect: ExpectVersion

  @Argument(help: "The message id.")
  var id: Int64

  func run() throws {
    let item = try store.openWorkflow().markSpam(id, expecting: expect.value)
    ActionOutput.report(item, "marked as spam")
  }
}
