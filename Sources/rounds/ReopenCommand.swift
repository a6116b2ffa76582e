import ArgumentParser
import Triage

struct ReopenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reopen",
    abstract: "Put a closed, spam or no-reply message back in the inbox as new.")

  @OptionGroup var store: StoreOptions
  @OptionGroup var expect: ExpectVersion

  @Argument(help: "The message id.")
  var id: Int64

  func run() throws {
    let item = try store.openWorkflow().reopen(id, expecting: expect.value)
    ActionOutput.report(item, "reopened")
  }
}
