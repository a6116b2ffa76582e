import ArgumentParser
import Triage

struct MarkPostedCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mark-posted",
    abstract: "Record that an approved reply was posted on its platform.",
    discussion: "Rounds never posts anything itself: export the reply, post it, then run this.")

  @OptionGroup var store: StoreOptions
  @OptionGroup var expect: ExpectVersion

  @Argument(help: "The message id.")
  var id: Int64

  @Option(help: ArgumentHelp("The posted reply's own link.", valueName: "url"))
  var url: String?

  func run() throws {
    let item = try store.openWorkflow().markPosted(id, url: url, expecting: expect.value)
    ActionOutput.report(item, "posted")
  }
}
