import Foundation
import Testing

@testable import Inbox
@testable import Triage

/// The review queue as pure state changes: the queue, the packet, decisions with notes and
/// override reasons, and the four-eyes refusal.
@Suite struct ReviewUpdateTests {
  static let inReview = [
    message(1, "Is my knee MRI back?", minutes: 1, status: .inReview, category: .adviceRequest),
    message(2, "Saturday hours?", minutes: 2, status: .inReview, category: .admin),
  ]

  static func packet(_ message: Message, author: String, block: Bool = false)
    -> Workflow.ReviewPacket
  {
    let text = block ? "As your doctor, your MRI is fine." : "Please call us."
    var item = WorkItem(message: message)
    item.message.version = 5
    let draft = Draft(
      id: 1, messageID: message.id ?? 0, author: author, text: text, createdAt: testNow,
      updatedAt: testNow,
      revisions: [DraftRevision(number: 1, author: author, text: text, savedAt: testNow)],
      revision: 1, submittedRevision: 1)
    item.draft = draft
    let risks =
      block
      ? [
        Finding(
          detector: "reply", category: "relationship", severity: .block, start: 0, end: 14,
          text: "As your doctor", rule: "reply.relationship.confirm",
          explanation: "confirms a patient relationship")
      ] : []
    let actor = Staff(
      user: "alice", displayName: "Alice", role: .supervisor, addedAt: testNow, addedBy: nil)
    return Workflow.ReviewPacket(
      item: item, draft: draft, lastReviewedRevision: nil,
      changes: TextDiff.changes(from: "", to: text, by: .words), risks: risks,
      approvalRefusal: WorkflowRules.refusal(.approve, by: actor, on: item))
  }

  /// Alice, a supervisor, with the queue open on the first draft.
  static func reviewing(author: String = "bob", block: Bool = false) -> InboxState {
    var current = actingState(inReview, role: .supervisor)
    let effects = Update.apply(.key(.char("V")), to: &current)
    #expect(effects == [.loadReviewQueue])
    #expect(current.screen == .review)
    let load = Update.apply(.reviewQueueLoaded(inReview), to: &current)
    #expect(load == [.loadReviewPacket(1)])
    _ = Update.apply(
      .reviewPacketLoaded(1, packet(inReview[0], author: author, block: block)), to: &current)
    return current
  }

  static func type(_ text: String, _ state: inout InboxState) {
    for character in text { _ = Update.apply(.key(.char(character)), to: &state) }
  }

  @Test func cliniciansHaveNoReviewQueue() {
    var current = actingState(Self.inReview)
    #expect(Update.apply(.key(.char("V")), to: &current).isEmpty)
    #expect(current.notice?.text == "review-queue: needs the supervisor role")
  }

  @Test func approvingTakesANote() {
    var current = Self.reviewing()
    _ = Update.apply(.key(.char("a")), to: &current)
    #expect(current.overlay == .prompt(Prompt(.reviewNote(.approve), label: "Approve: your note")))
    Self.type("clear, no PHI", &current)
    let effects = Update.apply(.key(.enter), to: &current)
    #expect(
      effects == [
        .decide(DecisionRequest(id: 1, decision: .approve, note: "clear, no PHI", expecting: 5))
      ])
  }

  @Test func aBlockRiskAsksForTheOverrideReason() {
    var current = Self.reviewing(block: true)
    let text = Render.frame(current, size: current.size).lines.joined(separator: "\n")
    #expect(text.contains("It still has a block risk"))
    _ = Update.apply(.key(.char("a")), to: &current)
    Self.type("ok", &current)
    #expect(Update.apply(.key(.enter), to: &current).isEmpty)
    #expect(
      current.overlay
        == .prompt(
          Prompt(
            .overrideReason(note: "ok"),
            label: "Block risk (reply.relationship.confirm): why approve it anyway")))
    // No reason, no approval.
    #expect(Update.apply(.key(.enter), to: &current).isEmpty)
    #expect(current.notice?.isError == true)
    _ = Update.apply(.key(.char("a")), to: &current)
    Self.type("ok", &current)
    _ = Update.apply(.key(.enter), to: &current)
    Self.type("the patient asked us publicly", &current)
    let effects = Update.apply(.key(.enter), to: &current)
    #expect(
      effects == [
        .decide(
          DecisionRequest(
            id: 1, decision: .approve, note: "ok", overrideReason: "the patient asked us publicly",
            expecting: 5))
      ])
  }

  @Test func theAuthorOfADraftIsToldAboutFourEyes() {
    var current = Self.reviewing(author: "alice")
    let text = Render.frame(current, size: current.size).lines.joined(separator: "\n")
    #expect(text.contains("You cannot decide on this draft: alice wrote part of the reply"))
    for key in ["a", "c", "x"] {
      _ = Update.apply(.key(.char(Character(key))), to: &current)
      #expect(current.overlay == nil)
      #expect(current.notice?.text.hasSuffix("cannot review it (four eyes)") == true)
    }
  }

  @Test func requestingChangesNeedsANoteAndTheQueueMovesOn() {
    var current = Self.reviewing()
    _ = Update.apply(.key(.char("c")), to: &current)
    #expect(Update.apply(.key(.enter), to: &current).isEmpty)
    #expect(current.notice?.text == "A decision needs a note: nothing was decided")
    _ = Update.apply(.key(.char("c")), to: &current)
    Self.type("no patient details", &current)
    let effects = Update.apply(.key(.enter), to: &current)
    let request = DecisionRequest(
      id: 1, decision: .requestChanges, note: "no patient details", expecting: 5)
    #expect(effects == [.decide(request)])
    var decided = Self.packet(Self.inReview[0], author: "bob").item
    decided.message.status = .changesRequested
    let after = Update.apply(.decided(request, decided), to: &current)
    #expect(after.first == .loadReviewQueue)
    #expect(current.notice?.text == "Asked for changes to revision 1 of the reply to message 1")
    // The decided draft leaves the queue: the next one is read.
    let next = Update.apply(.reviewQueueLoaded([Self.inReview[1]]), to: &current)
    #expect(next == [.loadReviewPacket(2)])
    #expect(current.review?.index == 0)
  }

  @Test func aConflictReloadsThePacket() {
    var current = Self.reviewing()
    let request = DecisionRequest(id: 1, decision: .reject, note: "no", expecting: 5)
    let effects = Update.apply(
      .decisionFailed(request, Problem(.conflict, "message 1 changed since you read it")),
      to: &current)
    #expect(effects == [.loadReviewPacket(1)])
    #expect(current.notice?.text.hasSuffix("read it again before deciding") == true)
  }

  @Test func jAndKMoveThroughTheQueue() {
    var current = Self.reviewing()
    #expect(Update.apply(.key(.char("J")), to: &current) == [.loadReviewPacket(2)])
    #expect(current.review?.packet == nil)
    #expect(Update.apply(.key(.char("J")), to: &current).isEmpty)
    #expect(current.notice?.text == "This is the last draft in review")
    #expect(Update.apply(.key(.char("K")), to: &current) == [.loadReviewPacket(1)])
  }
}
