import ArgumentParser
import Triage

struct CloseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "close",
    abstract: "Close a conversation whose reply was posted, or whose draft was rejected.")

  @OptionGroup var store: StoreOptions
  @OptionGroup var expect: ExpectVersion

  @Argument(help: "The message id.")
  var id: Int64

  func run() throws {
    let item = try store.openWorkflow().close(id, expecting: expect.value)
    ActionOutput.report(item, "closed")
  }
}
