import Foundation
import Testing

@testable import Triage

@Suite struct ComposerAutosaveTests {
  @Test func aWorkingCopyIsPerPersonAndMessageAndReplacedAsTheyType() throws {
    let store = try makeStore()
    let id = try store.insertIfAbsent(sampleMessage("a1")).id
    let first = ComposerAutosave(
      user: "alice", messageID: id, text: "Thank", cursor: 5, baseVersion: 1, baseRevision: nil,
      savedAt: Date(timeIntervalSince1970: 1_800_000_000))
    try store.saveAutosave(first)
    var second = first
    second.text = "Thank you"
    second.cursor = 9
    try store.saveAutosave(second)
    try store.saveAutosave(
      ComposerAutosave(
        user: "bob", messageID: id, text: "Hello", cursor: 0, baseVersion: 2, baseRevision: 1,
        savedAt: Date(timeIntervalSince1970: 1_800_000_100)))
    #expect(try store.autosave(user: "alice", messageID: id) == second)
    #expect(try store.autosave(user: "bob", messageID: id)?.baseRevision == 1)
    #expect(try store.autosavedMessages(user: "alice") == [id])
    try store.deleteAutosave(user: "alice", messageID: id)
    #expect(try store.autosave(user: "alice", messageID: id) == nil)
    #expect(try store.autosave(user: "bob", messageID: id) != nil)
    // Nothing about it reaches the audit log: it is not a revision.
    #expect(try AuditLog.entries(AuditLog.Filter(), in: store).isEmpty)
  }

  @Test func theResponseTimeDistributionCountsEveryBucket() throws {
    let store = try makeStore()
    let hours: [Double] = [0.5, 0.9, 3, 30, 200]
    for (index, wait) in hours.enumerated() {
      let created = Date(timeIntervalSince1970: 1_800_000_000)
      let message = sampleMessage("d\(index)", at: created.timeIntervalSince1970)
      let id = try store.insertIfAbsent(message).id
      try store.pool.write { db in
        try db.execute(
          sql: "UPDATE message SET first_approved_at = ? WHERE id = ?",
          arguments: [Timestamps.milliseconds(created.addingTimeInterval(wait * 3600)), id])
      }
    }
    let buckets = try store.responseTimeDistribution()
    #expect(buckets.map(\.label) == ["< 1h", "1-4h", "4-12h", "12-24h", "1-2d", "2-7d", "> 7d"])
    #expect(buckets.map(\.count) == [2, 1, 0, 0, 1, 0, 1])
    #expect(buckets.map(\.count).reduce(0, +) == (try store.responseTimes()).overall?.count)
  }
}
