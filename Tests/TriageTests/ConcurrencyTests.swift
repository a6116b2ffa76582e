import Foundation
import GRDB
import Testing

@testable import Triage

/// Two connections (as two processes would have) acting on one message: a stale version is a
/// conflict, never a lost update, and concurrent writers never fork the audit chain.
@Suite struct ConcurrencyTests {
  /// A second, independent connection pool on the same file.
  private func secondConnection(_ desk: Desk, as user: String) throws -> Workflow {
    let other = try InboxStore.open(at: desk.store.path)
    return try Workflow(store: other, user: user, checker: PhraseChecker())
  }

  @Test func aStaleVersionIsAConflictAndChangesNothing() throws {
    let desk = try Desk()
    let id = try desk.message()
    let first = try desk.acting("cal")
    let second = try secondConnection(desk, as: "cat")
    let seenByBoth = try first.item(id).version
    try first.triage(id, category: .admin, expecting: seenByBoth)
    let error = expectRoundsError(.conflict) {
      try second.triage(id, category: .emergency, urgency: 3, expecting: seenByBoth)
    }
    #expect(error?.what.contains("version \(seenByBoth)") == true)
    #expect(error?.what.contains("cal") == true)
    let message = try #require(try desk.store.message(id: id))
    #expect(message.category == .admin)
    #expect(message.version == seenByBoth + 1)
  }

  @Test func twoEditorsOfOneDraftNeverOverwriteEachOther() throws {
    let desk = try Desk()
    let id = try desk.message()
    let cal = try desk.acting("cal")
    let cat = try secondConnection(desk, as: "cat")
    try cal.triage(id, category: .admin)
    let opened = try cal.item(id).version
    #expect(try cat.item(id).version == opened)
    try cal.saveDraft(id, text: "Cal's reply.", expecting: opened)
    expectRoundsError(.conflict) { try cat.saveDraft(id, text: "Cat's reply.", expecting: opened) }
    let draft = try #require(try desk.store.workItem(id: id)?.draft)
    #expect(draft.text == "Cal's reply.")
    #expect(draft.revisions.map(\.author) == ["cal"])
  }

  @Test func aReviewerCannotApproveARevisionTheyDidNotSee() throws {
    let desk = try Desk()
    let id = try desk.inReview()
    let sue = try desk.acting("sue")
    let seen = try sue.reviewPacket(id).item.version
    let cal = try secondConnection(desk, as: "cal")
    try cal.saveDraft(id, text: "Changed after the reviewer looked.")
    _ = try cal.submit(id)
    expectRoundsError(.conflict) { try sue.approve(id, note: "ok", expecting: seen) }
    #expect(try desk.status(id) == .inReview)
  }

  @Test func concurrentWritersLoseNothingAndKeepOneChain() throws {
    let desk = try Desk()
    let id = try desk.message()
    let writers = [try desk.acting("ann"), try secondConnection(desk, as: "cal")]
    let failures = Failures()
    DispatchQueue.concurrentPerform(iterations: 40) { index in
      do {
        try writers[index % 2].tag(id, ["t\(index)"])
      } catch {
        failures.add("\(error)")
      }
    }
    #expect(failures.all.isEmpty)
    let item = try desk.store.workItem(id: id)!
    #expect(item.tags.count == 40)
    #expect(item.version == 41)
    let verification = try AuditVerifier.verify(in: desk.store)
    #expect(verification.isIntact)
    #expect(verification.entryCount == 40)
  }
}

final class Failures: @unchecked Sendable {
  private let lock = NSLock()
  private var items: [String] = []
  func add(_ item: String) { lock.withLock { items.append(item) } }
  var all: [String] { lock.withLock { items } }
}
