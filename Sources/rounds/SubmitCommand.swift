import ArgumentParser
import Triage

struct SubmitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "submit",
    abstract: "Submit the latest revision of a draft reply for review.",
    discussion: """
      Under the default policy every draft goes to a supervisor (in_review). Under a threshold \
      policy a draft without risks at or above the threshold is approved by the policy.
      """)

  @OptionGroup var store: StoreOptions
  @OptionGroup var expect: ExpectVersion

  @Argument(help: "The message id.")
  var id: Int64

  func run() throws {
    let submission = try store.openWorkflow().submit(id, expecting: expect.value)
    let revision = submission.item.draft?.revision ?? 0
    if submission.reviewRequired {
      ActionOutput.report(submission.item, "revision \(revision) submitted for review")
    } else {
      ActionOutput.report(
        submission.item, "revision \(revision) approved by the policy, no review needed")
    }
    if let risks = submission.risks, !risks.isEmpty {
      print("The reply checker found:")
      ActionOutput.printRisks(risks)
    }
  }
}
