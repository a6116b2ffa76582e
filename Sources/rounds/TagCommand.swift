import ArgumentParser
import Inbox
import Triage

struct TagCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tag",
    abstract: "Add free-form tags to a message, or remove them with --remove.",
    discussion: "Tags are lower-cased, 1 to 40 printable characters, no commas.")

  @OptionGroup var store: StoreOptions
  @OptionGroup var expect: ExpectVersion

  @Argument(help: "The message id.")
  var id: Int64

  @Argument(help: "One or more tags.")
  var tags: [String]

  @Flag(help: "Remove the tags instead of adding them.")
  var remove = false

  func validate() throws {
    guard !tags.isEmpty else { throw ValidationError("name at least one tag") }
  }

  func run() throws {
    let workflow = try store.openWorkflow()
    let item =
      remove
      ? try workflow.untag(id, tags, expecting: expect.value)
      : try workflow.tag(id, tags, expecting: expect.value)
    let list = item.tags.isEmpty ? "none" : item.tags.joined(separator: ", ")
    ActionOutput.report(item, "tags: \(TerminalText.sanitize(list))")
  }
}
