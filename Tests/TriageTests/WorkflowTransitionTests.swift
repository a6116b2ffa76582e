import Foundation
import GRDB
import Testing

@testable import Triage

/// Takes one message action with ordinary arguments.
@discardableResult
func take(_ action: WorkflowAction, on id: Int64, as workflow: Workflow, expecting: Int64? = nil)
  throws -> WorkItem
{
  switch action {
  case .triage: return try workflow.triage(id, category: .admin, expecting: expecting)
  case .setPriority: return try workflow.setPriority(id, to: 2, expecting: expecting)
  case .assign: return try workflow.assign(id, to: "cat", expecting: expecting)
  case .tag: return try workflow.tag(id, ["billing"], expecting: expecting)
  case .untag: return try workflow.untag(id, ["old"], expecting: expecting)
  case .saveDraft:
    return try workflow.saveDraft(id, text: "A better reply.", expecting: expecting)
  case .submit: return try workflow.submit(id, expecting: expecting).item
  case .approve: return try workflow.approve(id, note: "clear", expecting: expecting)
  case .requestChanges:
    return try workflow.requestChanges(id, note: "shorter", expecting: expecting)
  case .reject: return try workflow.reject(id, note: "no public reply", expecting: expecting)
  case .markPosted:
    return try workflow.markPosted(id, url: "https://x.com/clinic/1", expecting: expecting)
  case .markSpam: return try workflow.markSpam(id, expecting: expecting)
  case .markNoReplyNeeded: return try workflow.markNoReplyNeeded(id, expecting: expecting)
  case .close: return try workflow.close(id, expecting: expecting)
  case .reopen: return try workflow.reopen(id, expecting: expecting)
  default:
    Issue.record("\(action) is not a message action")
    return try workflow.item(id)
  }
}

let messageActions = ActionTable.rules.filter { $0.from != nil }.map(\.action)

@Suite struct WorkflowTransitionTests {
  /// Every message action from every status: allowed exactly when the table says so, landing
  /// on the table's status with the version bumped; otherwise refused naming the current
  /// status and the allowed ones, with nothing changed.
  @Test(arguments: messageActions, Status.allCases)
  func everyActionFromEveryStatus(action: WorkflowAction, status: Status) throws {
    let desk = try Desk()
    let id = try desk.message()
    try desk.store.pool.write { db in
      try db.execute(
        sql: "INSERT INTO message_tag VALUES (?, 'old', 'ann', 0)", arguments: [id])
    }
    try desk.force(id, to: status)
    let before = try desk.store.workItem(id: id)!
    let sam = try desk.acting("sam")
    let rule = ActionTable.rule(for: action)
    if rule.applies(from: status) {
      let after = try take(action, on: id, as: sam)
      #expect(after.status == (rule.to ?? status), "\(action) from \(status)")
      #expect(after.version == before.version + 1)
      let entry = try #require(try sam.history(id).last)
      #expect(entry.actor == "sam")
      #expect(entry.detail["version"] == .number(after.version))
    } else {
      let error = expectRoundsError(.rule) { try take(action, on: id, as: sam) }
      let text = error?.description ?? ""
      #expect(text.contains("its status is \(status.rawValue)"), "\(text)")
      for allowed in rule.from ?? [] {
        #expect(text.contains(allowed.rawValue), "\(text) should name \(allowed.rawValue)")
      }
      #expect(try desk.store.workItem(id: id) == before)
      #expect(try sam.history(id).isEmpty)
    }
  }

  @Test func theHappyPathFromNewToClosed() throws {
    let desk = try Desk()
    let id = try desk.message()
    let cal = try desk.acting("cal")
    let sue = try desk.acting("sue")
    let ann = try desk.acting("ann")
    #expect(try cal.triage(id, category: .adviceRequest, urgency: 2).status == .triaged)
    #expect(try ann.assign(id, to: "cal").message.assignee == "cal")
    #expect(try cal.saveDraft(id, text: "Please call the office.").status == .drafting)
    let submission = try cal.submit(id)
    #expect(submission.item.status == .inReview)
    #expect(submission.reviewRequired)
    #expect(submission.risks == [])
    #expect(try sue.approve(id, note: "fine").status == .approved)
    #expect(try ann.markPosted(id, url: "https://x.com/c/9").status == .posted)
    let closed = try cal.close(id)
    #expect(closed.status == .closed)
    #expect(closed.postedURL == "https://x.com/c/9")
    #expect(closed.postedBy == "ann")
    let actions = try cal.history(id).map(\.action)
    #expect(
      actions == [
        .triage, .assign, .draftSave, .draftSubmit, .review, .posted, .status,
      ])
  }

  @Test func changesRequestedGoesBackToDraftingAndRejectedCanStartAgain() throws {
    let desk = try Desk()
    let id = try desk.inReview()
    let cal = try desk.acting("cal")
    let sue = try desk.acting("sue")
    #expect(try sue.requestChanges(id, note: "mention the portal").status == .changesRequested)
    let error = expectRoundsError(.rule) { _ = try cal.submit(id) }
    #expect(error?.description.contains("changes_requested") == true)
    #expect(try cal.saveDraft(id, text: "Please use the patient portal.").status == .drafting)
    #expect(try cal.submit(id).item.status == .inReview)
    #expect(try sue.reject(id, note: "we do not answer this publicly").status == .rejected)
    let restarted = try cal.saveDraft(id, text: "Thank you; please call us.")
    #expect(restarted.status == .drafting)
    #expect(restarted.draft?.revision == 3)
  }

  @Test func editingADraftInReviewOrApprovedWithdrawsIt() throws {
    let desk = try Desk()
    let id = try desk.inReview()
    let cal = try desk.acting("cal")
    let sue = try desk.acting("sue")
    #expect(try cal.saveDraft(id, text: "Edited while in review.").status == .drafting)
    _ = try cal.submit(id)
    #expect(try sue.approve(id, note: "ok").status == .approved)
    #expect(try cal.saveDraft(id, text: "Edited after approval.").status == .drafting)
    #expect(try desk.acting("sam").refusal(.approve, on: try cal.item(id)) != nil)
  }

  @Test func savingTheSameTextAddsNoRevision() throws {
    let desk = try Desk()
    let id = try desk.message()
    let cal = try desk.acting("cal")
    try cal.triage(id, category: .admin)
    let first = try cal.saveDraft(id, text: "Same.")
    let again = try cal.saveDraft(id, text: "Same.")
    #expect(again == first)
    #expect(again.draft?.revisions.count == 1)
  }

  @Test func ownPostsTakeTagsOnly() throws {
    let desk = try Desk()
    let id = try desk.store.insertIfAbsent(sampleMessage("own-1", kind: .own)).id
    let sue = try desk.acting("sue")
    #expect(try sue.tag(id, ["takedown"]).tags == ["takedown"])
    let error = expectRoundsError(.rule) { try sue.triage(id, category: .admin) }
    #expect(error?.description.contains("own posts") == true)
    expectRoundsError(.rule) { try sue.markSpam(id) }
  }

  @Test func unknownMessagesAreNotFound() throws {
    let desk = try Desk()
    expectRoundsError(.notFound) { try desk.acting("sue").tag(999, ["x"]) }
  }

  @Test func badArgumentsAreUsageErrors() throws {
    let desk = try Desk()
    let id = try desk.message()
    let cal = try desk.acting("cal")
    expectRoundsError(.usage) { try cal.triage(id, category: .admin, urgency: 4) }
    expectRoundsError(.usage) { try cal.setPriority(id, to: -1) }
    expectRoundsError(.usage) { try cal.tag(id, ["  "]) }
    expectRoundsError(.usage) { try cal.tag(id, ["a,b"]) }
    expectRoundsError(.usage) { try cal.tag(id, ["bell\u{07}"]) }
    expectRoundsError(.usage) { try cal.tag(id, [String(repeating: "x", count: 41)]) }
    try cal.triage(id, category: .admin)
    expectRoundsError(.usage) { try cal.saveDraft(id, text: " \n ") }
    expectRoundsError(.usage) {
      try cal.saveDraft(id, text: String(repeating: "x", count: Workflow.maximumReplyLength + 1))
    }
    expectRoundsError(.notFound) { try cal.assign(id, to: "nobody") }
    let assistant = expectRoundsError(.rule) { try cal.assign(id, to: "ann") }
    #expect(assistant?.description.contains("assistant") == true)
    #expect(try desk.store.workItem(id: id)?.version == 2)
  }

  @Test func tagsAreNormalisedAndUntagged() throws {
    let desk = try Desk()
    let id = try desk.message()
    let ann = try desk.acting("ann")
    let tagged = try ann.tag(id, [" Billing ", "billing", "Follow-up"])
    #expect(tagged.tags == ["billing", "follow-up"])
    #expect(try ann.tag(id, ["billing"]).version == tagged.version)
    #expect(try ann.untag(id, ["BILLING", "absent"]).tags == ["follow-up"])
    #expect(try desk.store.tagCounts().map(\.tag) == ["follow-up"])
  }

  @Test func aPersonsTriageAndPriorityOutliveTheClassifier() throws {
    let desk = try Desk()
    let id = try desk.message()
    let cal = try desk.acting("cal")
    try cal.triage(id, category: .review, urgency: 1)
    let raised = try cal.setPriority(id, to: 3)
    #expect(raised.message.urgency == 3)
    #expect(raised.triagedBy == "cal")
    try desk.store.applyAnalysis(
      MessageAnalysis(category: .spam, urgency: 0, phiCount: 1, flagCount: 0, findings: []),
      toMessage: id)
    let message = try #require(try desk.store.message(id: id))
    #expect(message.category == .review)
    #expect(message.urgency == 3)
    let entry = try #require(try cal.history(id).last)
    #expect(entry.detail["previous_urgency"] == .number(1))
  }
}
