import ArgumentParser
import Triage

struct TriageCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "triage",
    abstract: "Set a message's category and urgency (clinicians and supervisors).",
    discussion: """
      A person's triage is kept when the classifier runs again. A new message becomes \
      triaged; a triaged one can be triaged again.
      """)

  @OptionGroup var store: StoreOptions
  @OptionGroup var expect: ExpectVersion

  @Argument(help: "The message id.")
  var id: Int64

  @Option(
    help: ArgumentHelp(
      "One of: \(Triage.Category.allCases.map(\.rawValue).joined(separator: ", ")).",
      valueName: "category"))
  var category: Triage.Category

  @Option(help: ArgumentHelp("0 (none) to 3 (act now); default: keep.", valueName: "n"))
  var urgency: Int?

  func run() throws {
    let item = try store.openWorkflow().triage(
      id, category: category, urgency: urgency, expecting: expect.value)
    ActionOutput.report(
      item, "triaged as \(category.rawValue), urgency \(item.message.urgency)")
  }
}
