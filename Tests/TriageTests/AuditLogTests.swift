import Foundation
import GRDB
import Testing

@testable import Triage

@Suite struct AuditLogTests {
  /// An inbox whose log holds five entries about one message.
  private func loggedDesk() throws -> (Desk, Int64) {
    let desk = try Desk()
    let id = try desk.message()
    let cal = try desk.acting("cal")
    try cal.triage(id, category: .admin)
    try cal.tag(id, ["a"])
    try cal.tag(id, ["b"])
    try cal.saveDraft(id, text: "Please call.")
    _ = try cal.submit(id)
    #expect(try AuditLog.entries(in: desk.store).count == 5)
    return (desk, id)
  }

  /// What an attacker holding the file does first.
  private func dropTriggers(_ store: InboxStore) throws {
    try store.pool.write { db in
      try db.execute(
        sql: """
          DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;
          DROP TRIGGER audit_extends_chain;
          """)
    }
  }

  private func verify(_ store: InboxStore, anchor: String? = nil) throws -> AuditVerification {
    try AuditVerifier.verify(anchor: anchor, in: store)
  }

  @Test func entriesChainFromTheGenesisHash() throws {
    let (desk, id) = try loggedDesk()
    let entries = try AuditLog.entries(in: desk.store)
    #expect(entries.map(\.seq) == [1, 2, 3, 4, 5])
    #expect(entries[0].previousHash == AuditEntry.genesisHash)
    for (earlier, later) in zip(entries, entries.dropFirst()) {
      #expect(later.previousHash == earlier.hash)
    }
    #expect(entries.allSatisfy { $0.messageID == id && $0.actor == "cal" })
    let result = try verify(desk.store)
    #expect(result.isIntact)
    #expect(result.entryCount == 5)
    #expect(result.headSeq == 5)
    #expect(result.headHash == entries[4].hash)
  }

  @Test func anEmptyLogIsIntact() throws {
    let result = try verify(try makeStore())
    #expect(result.isIntact)
    #expect(result.entryCount == 0)
  }

  @Test func triggersRefuseChangesDeletionsAndUnlinkedEntries() throws {
    let (desk, _) = try loggedDesk()
    #expect(throws: DatabaseError.self) {
      try desk.store.pool.write { db in
        try db.execute(sql: "UPDATE audit SET actor = 'mallory' WHERE seq = 2")
      }
    }
    #expect(throws: DatabaseError.self) {
      try desk.store.pool.write { db in try db.execute(sql: "DELETE FROM audit WHERE seq = 5") }
    }
    #expect(throws: DatabaseError.self) {
      try desk.store.pool.write { db in
        try db.execute(
          sql: """
            INSERT INTO audit (at, actor, action, message_id, detail, prev_hash, hash)
            VALUES (0, 'mallory', 'x', NULL, '{}', ?, 'f00')
            """, arguments: [AuditEntry.genesisHash])
      }
    }
    #expect(throws: DatabaseError.self) {
      try desk.store.pool.write { db in
        try db.execute(sql: "UPDATE draft_revision SET text = 'changed'")
      }
    }
    #expect(throws: DatabaseError.self) {
      try desk.store.pool.write { db in try db.execute(sql: "DELETE FROM draft_revision") }
    }
    #expect(try verify(desk.store).isIntact)
  }

  @Test func verifyFindsAnEditedEntry() throws {
    let (desk, _) = try loggedDesk()
    try dropTriggers(desk.store)
    try desk.store.pool.write { db in
      try db.execute(sql: "UPDATE audit SET actor = 'mallory' WHERE seq = 3")
    }
    #expect(try verify(desk.store).problem == .edited(seq: 3))
  }

  @Test func verifyFindsAnEditWhoseHashWasRecomputed() throws {
    let (desk, _) = try loggedDesk()
    try dropTriggers(desk.store)
    try desk.store.pool.write { db in
      let entry = try #require(
        try AuditLog.entries(AuditLog.Filter(afterSeq: 2, limit: 1), in: db).first)
      let detail = #"{"tags":["c"],"version":4}"#
      let hash = AuditEntry.chainHash(
        previous: entry.previousHash, atMilliseconds: entry.atMilliseconds,
        actor: entry.actor, action: entry.action.rawValue, messageID: entry.messageID,
        detailJSON: detail)
      try db.execute(
        sql: "UPDATE audit SET detail = ?, hash = ? WHERE seq = 3", arguments: [detail, hash])
    }
    let problem = try verify(desk.store).problem
    #expect(problem == .replaced(seq: 3))
    #expect(problem?.seq == 3)
  }

  @Test func verifyFindsADeletedEntry() throws {
    let (desk, _) = try loggedDesk()
    try dropTriggers(desk.store)
    try desk.store.pool.write { db in try db.execute(sql: "DELETE FROM audit WHERE seq = 3") }
    let problem = try verify(desk.store).problem
    #expect(problem == .deleted(after: 2, before: 4))
    #expect(problem?.description.contains("between 2 and 4") == true)
  }

  @Test func verifyFindsADeletedEntryEvenWhenTheGapIsClosed() throws {
    let (desk, _) = try loggedDesk()
    try dropTriggers(desk.store)
    try desk.store.pool.write { db in
      try db.execute(sql: "DELETE FROM audit WHERE seq = 1")
      try db.execute(sql: "UPDATE audit SET seq = seq - 1")
    }
    #expect(try verify(desk.store).problem == .deleted(after: nil, before: 1))
  }

  @Test func verifyFindsEntriesCutFromTheEnd() throws {
    let (desk, _) = try loggedDesk()
    try dropTriggers(desk.store)
    try desk.store.pool.write { db in try db.execute(sql: "DELETE FROM audit WHERE seq >= 4") }
    let problem = try verify(desk.store).problem
    #expect(problem == .truncated(last: 3, reached: 5))
    #expect(problem?.seq == 4)
  }

  @Test func verifyFindsReorderedEntries() throws {
    let (desk, _) = try loggedDesk()
    try dropTriggers(desk.store)
    try desk.store.pool.write { db in
      try db.execute(
        sql: """
          UPDATE audit SET seq = -2 WHERE seq = 2;
          UPDATE audit SET seq = 2 WHERE seq = 3;
          UPDATE audit SET seq = 3 WHERE seq = -2;
          """)
    }
    let problem = try verify(desk.store).problem
    #expect(problem == .reordered(seq: 2, belongsAfter: 3))
    #expect(problem?.description.contains("moved") == true)
  }

  @Test func verifyFindsAnInsertedEntry() throws {
    let (desk, _) = try loggedDesk()
    try dropTriggers(desk.store)
    try desk.store.pool.write { db in
      try db.execute(sql: "UPDATE audit SET seq = seq + 100 WHERE seq >= 3")
      let previous = try String.fetchOne(db, sql: "SELECT hash FROM audit WHERE seq = 2")!
      let hash = AuditEntry.chainHash(
        previous: previous, atMilliseconds: 5, actor: "mallory", action: "x", messageID: nil,
        detailJSON: "{}")
      try db.execute(
        sql: """
          INSERT INTO audit (seq, at, actor, action, message_id, detail, prev_hash, hash)
          VALUES (3, 5, 'mallory', 'x', NULL, '{}', ?, ?)
          """, arguments: [previous, hash])
    }
    let problem = try verify(desk.store).problem
    #expect(problem == .inserted(seq: 3), "\(String(describing: problem))")
  }

  @Test func anAnchorProvesTheLogWasNotRewritten() throws {
    let (desk, _) = try loggedDesk()
    let head = try #require(try verify(desk.store).headHash)
    #expect(try verify(desk.store, anchor: head).isIntact)
    let rewritten = String(repeating: "ab", count: 32)
    #expect(try verify(desk.store, anchor: rewritten).problem == .anchorMissing(rewritten))
  }

  @Test func theAppendAPIWorksInsideACallersTransaction() throws {
    let store = try makeStore()
    try store.pool.write { db in
      _ = try InboxStore.insertIfAbsent(sampleMessage("1"), in: db)
      try AuditLog.append(
        .importBatch, actor: "ann",
        detail: ["file": "x.jsonl", "inserted": 1, "duplicates": 0, "errors": 0], in: db)
    }
    // A failed transaction leaves no entry behind.
    struct Boom: Error {}
    #expect(throws: Boom.self) {
      try store.pool.write { db in
        try AuditLog.append(.policyChange, actor: "sue", in: db)
        throw Boom()
      }
    }
    let entries = try AuditLog.entries(in: store)
    #expect(entries.map(\.action) == [.importBatch])
    #expect(entries[0].detail["inserted"] == .number(1))
    #expect(entries[0].detailJSON == #"{"duplicates":0,"errors":0,"file":"x.jsonl","inserted":1}"#)
    #expect(try AuditVerifier.verify(in: store).isIntact)
  }

  @Test func entriesFilterBySinceMessageAndActor() throws {
    let (desk, id) = try loggedDesk()
    desk.clock.advance(60)
    let other = try desk.message()
    try desk.acting("ann").tag(other, ["x"])
    let store = desk.store
    #expect(try AuditLog.entries(AuditLog.Filter(messageID: id), in: store).count == 5)
    #expect(try AuditLog.entries(AuditLog.Filter(actor: "ann"), in: store).count == 1)
    let since = Date(timeIntervalSince1970: 1_700_000_030)
    #expect(try AuditLog.entries(AuditLog.Filter(since: since), in: store).map(\.actor) == ["ann"])
    #expect(
      try AuditLog.entries(AuditLog.Filter(afterSeq: 4, limit: 1), in: store).map(\.seq) == [5])
  }
}
