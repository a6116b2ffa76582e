import ArgumentParser
import Foundation
import Inbox
import Triage

struct ReviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "review",
    abstract: "Review submitted drafts: show one, approve, request changes or reject.",
    discussion: """
      Supervisors only, and never the author of the draft (four eyes). Every decision needs \
      --note. Approving a draft with a block risk needs --override REASON, which is recorded. \
      Pass --expect-version with the version `review show` printed so that you approve \
      exactly what you read.
      """,
    subcommands: [Show.self, Approve.self, RequestChanges.self, Reject.self])

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show a draft beside its original, with what changed since the last review.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The message id.")
    var id: Int64

    func run() throws {
      let workflow = try store.openWorkflow()
      let packet = try workflow.reviewPacket(id)
      let item = packet.item
      let message = item.message
      print(
        "Message \(id), \(message.platform.rawValue), status \(item.status.rawValue), version \(item.version)"
      )
      print(
        "From \(TerminalText.sanitize(message.authorLabel)), \(DateText.minute(message.createdAt)) UTC"
      )
      if let link = message.permalink { print("Link \(TerminalText.sanitize(link))") }
      print("")
      print(TerminalText.sanitize(message.text, keepNewlines: true))
      print("")
      let authors = packet.draft.authors.sorted().joined(separator: ", ")
      print("Reply, revision \(packet.draft.revision) (written by \(authors)):")
      print(TerminalText.sanitize(packet.draft.text, keepNewlines: true))
      print("")
      if let last = item.lastReview, let reviewed = packet.lastReviewedRevision {
        print(
          "Changes since revision \(reviewed.number), which \(last.reviewer) decided on (\(last.decision.rawValue)):"
        )
        if TextDiff.hasChanges(packet.changes) {
          print(TerminalText.sanitize(TextDiff.render(packet.changes), keepNewlines: true))
        } else {
          print("(none)")
        }
        print("")
      }
      if let risks = packet.risks {
        if risks.isEmpty {
          print("The reply checker found nothing.")
        } else {
          print("The reply checker found:")
          ActionOutput.printRisks(risks)
          if packet.hasBlockingRisk {
            print("Approving it needs --override REASON.")
          }
        }
      } else {
        print("This build has no reply checker: the draft's risks are unknown.")
      }
      if !item.reviews.isEmpty {
        print("")
        print("Decisions:")
        for review in item.reviews {
          var line =
            "  \(DateText.minute(review.decidedAt))  \(review.reviewer)  \(review.decision.rawValue)  revision \(review.revision): \(TerminalText.sanitize(review.note))"
          if let reason = review.overrideReason {
            line += " (override: \(TerminalText.sanitize(reason)))"
          }
          print(line)
        }
      }
      if let refusal = packet.approvalRefusal {
        print("")
        print("You cannot approve it: \(refusal.what).")
      }
    }
  }

  struct Decision: ParsableArguments {
    @OptionGroup var store: StoreOptions
    @OptionGroup var expect: ExpectVersion

    @Argument(help: "The message id.")
    var id: Int64

    @Option(
      help: ArgumentHelp("Why: recorded with the decision and in the audit log.", valueName: "text")
    )
    var note: String
  }

  struct Approve: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Approve the submitted draft.")

    @OptionGroup var decision: Decision

    @Option(
      name: .customLong("override"),
      help: ArgumentHelp(
        "Approve despite a block risk, for this reason (required then, refused otherwise).",
        valueName: "reason"))
    var overrideReason: String?

    func run() throws {
      let item = try decision.store.openWorkflow().approve(
        decision.id, note: decision.note, overrideReason: overrideReason,
        expecting: decision.expect.value)
      ActionOutput.report(item, "revision \(item.draft?.revision ?? 0) approved")
    }
  }

  struct RequestChanges: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "request-changes", abstract: "Send the draft back to its author.")

    @OptionGroup var decision: Decision

    func run() throws {
      let item = try decision.store.openWorkflow().requestChanges(
        decision.id, note: decision.note, expecting: decision.expect.value)
      ActionOutput.report(item, "changes requested")
    }
  }

  struct Reject: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Reject the draft: no reply in this form.")

    @OptionGroup var decision: Decision

    func run() throws {
      let item = try decision.store.openWorkflow().reject(
        decision.id, note: decision.note, expecting: decision.expect.value)
      ActionOutput.report(item, "rejected")
    }
  }
}
