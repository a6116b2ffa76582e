import Foundation
import GRDB
import Testing

@testable import Triage

@Suite struct FourEyesTests {
  @Test func aSupervisorCannotApproveTheirOwnDraft() throws {
    let desk = try Desk()
    let id = try desk.inReview(author: "sue")
    let sue = try desk.acting("sue")
    let error = expectRoundsError(.rule) { try sue.approve(id, note: "mine, fine") }
    #expect(error?.what.contains("four eyes") == true)
    #expect(try sue.reviewPacket(id).approvalRefusal == error)
    #expect(try desk.status(id) == .inReview)
    #expect(try desk.acting("sam").approve(id, note: "checked").status == .approved)
  }

  @Test func anyoneWhoWroteARevisionCannotReviewIt() throws {
    let desk = try Desk()
    let id = try desk.message()
    let cal = try desk.acting("cal")
    let sam = try desk.acting("sam")
    try cal.triage(id, category: .admin)
    try cal.saveDraft(id, text: "First words by cal.")
    try sam.saveDraft(id, text: "Sam improved it.")
    _ = try cal.submit(id)
    for decision in [WorkflowAction.approve, .requestChanges, .reject] {
      expectRoundsError(.rule) { try take(decision, on: id, as: sam) }
    }
    #expect(try desk.acting("sue").approve(id, note: "fine").status == .approved)
  }

  /// Four eyes is checked before the reply checker is needed, so it holds in any build.
  @Test func fourEyesHoldsWithoutAChecker() throws {
    let desk = try Desk()
    let id = try desk.inReview(author: "sue")
    let error = expectRoundsError(.rule) {
      try desk.acting("sue", checker: nil).approve(id, note: "x")
    }
    #expect(error?.what.contains("four eyes") == true)
    let noChecker = expectRoundsError(.failure) {
      try desk.acting("sam", checker: nil).approve(id, note: "x")
    }
    #expect(noChecker?.what.contains("no reply checker") == true)
    #expect(try desk.status(id) == .inReview)
  }
}

@Suite struct ReviewTests {
  @Test func aBlockRiskNeedsAnOverrideReasonWhichIsRecorded() throws {
    let desk = try Desk()
    let id = try desk.inReview(text: "As your doctor I suggest you call.")
    let sue = try desk.acting("sue")
    let packet = try sue.reviewPacket(id)
    #expect(packet.hasBlockingRisk)
    let refused = expectRoundsError(.rule) { try sue.approve(id, note: "ok") }
    #expect(refused?.what.contains("reply.patient.confirm") == true)
    expectRoundsError(.rule) { try sue.approve(id, note: "ok", overrideReason: "  ") }
    let approved = try sue.approve(
      id, note: "ok", overrideReason: "the poster published this themselves")
    #expect(approved.status == .approved)
    let review = try #require(approved.lastReview)
    #expect(review.overrideReason == "the poster published this themselves")
    #expect(review.highestRisk == .block)
    #expect(review.reviewer == "sue")
    #expect(review.revision == 1)
    let entry = try #require(try sue.history(id).last)
    #expect(entry.detail["override_reason"] == .text("the poster published this themselves"))
    #expect(entry.detail["block_rules"] == .list(["reply.patient.confirm"]))
    #expect(entry.detail["note"] == .text("ok"))
    // The audit keeps counts and rule ids, never the reply's words.
    #expect(!entry.detailJSON.contains("As your doctor"))
  }

  @Test func anOverrideWithoutABlockRiskIsRefused() throws {
    let desk = try Desk()
    let id = try desk.inReview(text: "Your diagnosis is best discussed by phone.")
    let error = expectRoundsError(.usage) {
      try desk.acting("sue").approve(id, note: "ok", overrideReason: "because")
    }
    #expect(error?.what.contains("no block risk") == true)
    let approved = try desk.acting("sue").approve(id, note: "a warning only")
    #expect(approved.lastReview?.highestRisk == .warn)
  }

  @Test func everyDecisionNeedsANote() throws {
    let desk = try Desk()
    let id = try desk.inReview()
    let sue = try desk.acting("sue")
    for action in [WorkflowAction.approve, .requestChanges, .reject] {
      expectRoundsError(.usage) {
        switch action {
        case .approve: try sue.approve(id, note: " ")
        case .requestChanges: try sue.requestChanges(id, note: "")
        default: try sue.reject(id, note: "\n")
        }
      }
    }
    #expect(try desk.status(id) == .inReview)
  }

  @Test func theReviewerSeesWhatChangedSinceTheLastReview() throws {
    let desk = try Desk()
    let id = try desk.inReview(text: "Thanks for asking. Please call the office.")
    let cal = try desk.acting("cal")
    let sue = try desk.acting("sue")
    let first = try sue.reviewPacket(id)
    #expect(first.lastReviewedRevision == nil)
    #expect(first.changes == [.added("Thanks for asking. Please call the office.")])
    try sue.requestChanges(id, note: "mention the portal")
    try cal.saveDraft(id, text: "Thanks for asking. Please call the office or use the portal.")
    try cal.saveDraft(id, text: "Thanks for asking. Please call us or use the portal.")
    _ = try cal.submit(id)
    let second = try sue.reviewPacket(id)
    #expect(second.lastReviewedRevision?.number == 1)
    #expect(second.draft.revision == 3)
    #expect(second.draft.revisions.map(\.number) == [1, 2, 3])
    // Against revision 1, the one reviewed, not revision 2.
    #expect(TextDiff.oldText(second.changes) == "Thanks for asking. Please call the office.")
    #expect(TextDiff.newText(second.changes) == second.draft.text)
    #expect(second.changes.first == .same("Thanks for asking. Please call "))
    #expect(second.changes.contains(.removed("office.")))
    #expect(second.changes.contains(.added("portal.")))
  }

  @Test func theDefaultPolicyReviewsEveryDraftEvenWithoutAChecker() throws {
    let desk = try Desk()
    let id = try desk.message()
    let cal = try desk.acting("cal", checker: nil)
    try cal.triage(id, category: .admin)
    try cal.saveDraft(id, text: "Please call.")
    let submission = try cal.submit(id)
    #expect(submission.reviewRequired)
    #expect(submission.risks == nil)
    #expect(submission.item.status == .inReview)
    #expect(try cal.history(id).last?.detail["checked"] == .flag(false))
  }

  @Test func aThresholdPolicyLetsQuietDraftsThroughAndStopsRiskyOnes() throws {
    let desk = try Desk()
    let warnPolicy = ReviewPolicy(threshold: .warn)
    let cal = try desk.acting("cal", policy: warnPolicy)
    let quiet = try desk.message()
    try cal.triage(quiet, category: .admin)
    try cal.saveDraft(quiet, text: "Kindly call the office.")
    let passed = try cal.submit(quiet)
    #expect(!passed.reviewRequired)
    #expect(passed.item.status == .approved)
    #expect(passed.item.firstApprovedAt != nil)
    #expect(try cal.history(quiet).last?.detail["review_required"] == .flag(false))

    let risky = try desk.message()
    try cal.triage(risky, category: .admin)
    try cal.saveDraft(risky, text: "Your diagnosis needs a visit.")
    #expect(try cal.submit(risky).item.status == .inReview)

    let unchecked = try desk.message()
    try cal.triage(unchecked, category: .admin)
    try cal.saveDraft(unchecked, text: "Please call.")
    let needsChecker = expectRoundsError(.failure) {
      _ = try desk.acting("cal", checker: nil, policy: warnPolicy).submit(unchecked)
    }
    #expect(try desk.status(unchecked) == .drafting)
    #expect(needsChecker?.what.contains("no reply checker") == true)
  }

  @Test func policyThresholds() {
    let info = Finding(
      detector: "reply", category: "T", severity: .info, start: 0, end: 1, text: "x", rule: "i",
      explanation: "")
    var warn = info
    warn.severity = .warn
    var block = info
    block.severity = .block
    #expect(ReviewPolicy(threshold: .all).requiresReview([]))
    #expect(!ReviewPolicy(threshold: .info).requiresReview([]))
    #expect(ReviewPolicy(threshold: .info).requiresReview([info]))
    #expect(!ReviewPolicy(threshold: .warn).requiresReview([info]))
    #expect(ReviewPolicy(threshold: .warn).requiresReview([warn]))
    #expect(!ReviewPolicy(threshold: .block).requiresReview([info, warn]))
    #expect(ReviewPolicy(threshold: .block).requiresReview([block]))
    #expect(ReviewPolicy.default.threshold == .all)
  }

  @Test func theFirstApprovalTimeIsKeptThroughLaterApprovals() throws {
    let desk = try Desk()
    let id = try desk.inReview()
    let sue = try desk.acting("sue")
    desk.clock.advance(3600)
    let first = try sue.approve(id, note: "ok")
    let firstTime = try #require(first.firstApprovedAt)
    #expect(first.firstResponseAge(now: Date()) == 3600)
    try desk.acting("cal").saveDraft(id, text: "A later edit.")
    _ = try desk.acting("cal").submit(id)
    desk.clock.advance(3600)
    #expect(try sue.approve(id, note: "again").firstApprovedAt == firstTime)
  }
}
