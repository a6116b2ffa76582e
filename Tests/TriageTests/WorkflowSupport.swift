import Foundation
import GRDB
import Testing

@testable import Triage

/// A small reply checker for tests: a few fixed phrases, so each test knows what it will find.
/// "as your doctor" and "your appointment" confirm a patient relationship (block), "diagnosis"
/// is clinical detail (warn), "kindly" is a style note (info), and repeating the original
/// author's display name is an echo (block).
struct PhraseChecker: ReplyChecking {
  static let phrases: [(String, Severity, String)] = [
    ("as your doctor", .block, "reply.patient.confirm"),
    ("your appointment", .block, "reply.patient.confirm"),
    ("diagnosis", .warn, "reply.clinical.detail"),
    ("kindly", .info, "reply.style"),
  ]

  func risks(in reply: String, answering original: Message?) -> [Finding] {
    let lower = reply.lowercased()
    var findings: [Finding] = []
    for (phrase, severity, rule) in Self.phrases {
      if let range = lower.range(of: phrase) {
        findings.append(finding(lower, range, severity, rule))
      }
    }
    if let name = original?.authorName?.lowercased(), !name.isEmpty,
      let range = lower.range(of: name)
    {
      findings.append(finding(lower, range, .block, "reply.echo.name"))
    }
    return findings
  }

  private func finding(
    _ text: String, _ range: Range<String.Index>, _ severity: Severity, _ rule: String
  ) -> Finding {
    let start = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
    let end = text.unicodeScalars.distance(from: text.startIndex, to: range.upperBound)
    return Finding(
      detector: "reply", category: "TEST", severity: severity, start: start, end: end,
      text: String(text[range]), rule: rule, explanation: "test rule \(rule)")
  }
}

/// An inbox with one member of staff of each kind (two supervisors for four eyes) and a
/// fixed clock, and helpers to put a message in any state.
struct Desk {
  let store: InboxStore
  let clock: TestClock

  /// ann: assistant; cal, cat: clinicians; sue, sam: supervisors.
  static let staff: [(String, Role)] = [
    ("ann", .assistant), ("cal", .clinician), ("cat", .clinician), ("sue", .supervisor),
    ("sam", .supervisor),
  ]

  init(store: InboxStore? = nil) throws {
    self.store = try store ?? makeStore()
    clock = TestClock()
    for (user, role) in Self.staff {
      try self.store.saveStaff(
        Staff(
          user: user, displayName: user.capitalized, role: role, addedAt: Date(), addedBy: "root"))
    }
  }

  func acting(
    _ user: String, checker: (any ReplyChecking)? = PhraseChecker(),
    policy: ReviewPolicy = .default
  ) throws -> Workflow {
    try Workflow(store: store, user: user, checker: checker, policy: policy, clock: clock.now)
  }

  /// A new inbound message; returns its id.
  func message(_ externalID: String = UUID().uuidString, author: String = "Pat Q") throws -> Int64 {
    var message = sampleMessage(externalID)
    message.authorName = author
    return try store.insertIfAbsent(message).id
  }

  /// A message with a draft by `author`, submitted for review.
  func inReview(text: String = "Thanks for asking. Please call the office.", author: String = "cal")
    throws -> Int64
  {
    let id = try message()
    let writer = try acting(author)
    try writer.triage(id, category: .healthQuestion)
    try writer.saveDraft(id, text: text)
    _ = try writer.submit(id)
    return id
  }

  /// Forces a status (and, for states that need one, a draft by cal) straight into the
  /// database, bypassing the rules: for testing every transition from every status.
  func force(_ id: Int64, to status: Status, withDraft: Bool = true) throws {
    if withDraft, try store.workItem(id: id)?.draft == nil {
      try store.pool.write { db in
        try db.execute(
          sql: """
            INSERT INTO draft (message_id, author, text, revision, submitted_revision,
              created_at, updated_at)
            VALUES (?, 'cal', 'Please call the office.', 1, 1, 0, 0)
            """, arguments: [id])
        try db.execute(
          sql: """
            INSERT INTO draft_revision (draft_id, number, author, text, saved_at)
            VALUES (?, 1, 'cal', 'Please call the office.', 0)
            """, arguments: [db.lastInsertedRowID])
      }
    }
    try store.pool.write { db in
      try db.execute(
        sql: "UPDATE message SET status = ? WHERE id = ?", arguments: [status.rawValue, id])
    }
  }

  func status(_ id: Int64) throws -> Status { try #require(try store.message(id: id)).status }
}

/// A clock tests move by hand.
final class TestClock: @unchecked Sendable {
  private let lock = NSLock()
  private var current = Date(timeIntervalSince1970: 1_700_000_000)

  var now: @Sendable () -> Date { { [self] in lock.withLock { current } } }

  func advance(_ seconds: TimeInterval) { lock.withLock { current += seconds } }
}

/// Runs `body` and returns the RoundsError it throws (failing the test when it does not).
@discardableResult
func expectRoundsError(
  _ kind: RoundsError.Kind, sourceLocation: SourceLocation = #_sourceLocation,
  _ body: () throws -> Void
) -> RoundsError? {
  do {
    try body()
    Issue.record("expected a \(kind) error, but it succeeded", sourceLocation: sourceLocation)
  } catch let error as RoundsError {
    #expect(error.kind == kind, "\(error)", sourceLocation: sourceLocation)
    return error
  } catch {
    Issue.record("expected a RoundsError, got \(error)", sourceLocation: sourceLocation)
  }
  return nil
}
