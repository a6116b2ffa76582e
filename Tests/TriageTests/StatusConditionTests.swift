import GRDB
import Testing

@testable import Triage

/// The partial list indexes' status conditions (migration v9): plain comparisons, so writing a
/// message fills no temporary table, and the lists still read those indexes.
@Suite struct StatusConditionTests {
  /// The operations of `sql`'s compiled program, by name.
  private func opcodeNames(_ sql: String, in store: InboxStore) throws -> [String] {
    try store.pool.read { try opcodeNames(sql, in: $0) }
  }

  private func opcodeNames(_ sql: String, in db: Database) throws -> [String] {
    // Compiled, not run: its parameters are left unbound.
    let statement = try db.makeStatement(sql: "EXPLAIN " + sql)
    statement.setUncheckedArguments(StatementArguments())
    return try Row.fetchAll(statement).map { $0["opcode"] as String }
  }

  @Test func writingAMessageFillsNoTemporaryTable() throws {
    let store = try makeStore()
    // An `IN` list in an index's condition was a temporary table filled for every row: three
    // of them per question imported.
    let insert = try opcodeNames(ImportWriter.insertSQL, in: store)
    #expect(insert.contains("IdxInsert"))
    #expect(!insert.contains("OpenEphemeral"), "\(insert)")
    let statusChange = try opcodeNames("UPDATE message SET status = ? WHERE id = ?", in: store)
    #expect(!statusChange.contains("OpenEphemeral"), "\(statusChange)")
  }

  /// An import's transaction puts the full-text insert trigger aside: with it, SQLite copies
  /// every row of a multi-row INSERT into a temporary table first.
  @Test func theImportsInsertFillsATemporaryTableOnlyWhileTheTriggerIsThere() throws {
    let store = try makeStore()
    let insert = ImportWriter.multiRowInsertSQL(rows: 2)
    #expect(try opcodeNames(insert, in: store).contains("OpenEphemeral"))
    try store.pool.writeWithoutTransaction { db in
      try db.inTransaction {
        let deferred = try ImportWriter.deferIndexing(in: db)
        #expect(deferred.insertTriggerSQL != nil)
        let aside = try opcodeNames(insert, in: db)
        #expect(!aside.contains("OpenEphemeral"), "\(aside)")
        try ImportWriter.indexDeferred(deferred, in: db)
        #expect(try opcodeNames(insert, in: db).contains("OpenEphemeral"))
        return .commit
      }
    }
  }

  /// Each comparison selects exactly the rows its `IN` list did, for every status and NULL.
  @Test func theComparisonsSelectWhatTheListsDid() throws {
    let store = try makeStore()
    let listed = "('posted', 'closed', 'no_reply_needed', 'spam')"
    let values = (Status.allCases.map { "('\($0.rawValue)')" } + ["(NULL)"])
      .joined(separator: ", ")
    let rows = try store.pool.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT status,
            (\(StatusConditionSchema.open)) IS (status NOT IN \(listed)),
            (\(StatusConditionSchema.finished)) IS (status IN \(listed))
          FROM (SELECT column1 AS status FROM (VALUES \(values)))
          """)
    }
    #expect(rows.count == Status.allCases.count + 1)
    for row in rows {
      #expect(row[1] as Bool && row[2] as Bool, "\(row)")
    }
  }

  @Test func noListIndexHasAnInList() throws {
    let store = try makeStore()
    let conditions = try store.pool.read { db in
      try String.fetchAll(
        db,
        sql: """
          SELECT sql FROM sqlite_master
          WHERE type = 'index' AND tbl_name = 'message' AND sql LIKE '% WHERE %'
          """)
    }
    #expect(conditions.count >= 10)
    for condition in conditions {
      #expect(!condition.uppercased().contains(" IN ("), "\(condition)")
    }
  }

  @Test func finishedMessagesAreServedByTheStatusIndex() throws {
    let store = try makeStore()
    for index in 0..<40 {
      try store.insertIfAbsent(
        sampleMessage(
          "m\(index)", at: Double(index), status: [.new, .posted, .closed, .spam][index % 4]))
    }
    let finished = ViewFilter(statuses: [.posted, .closed])
    let plan = try store.queryPlan(finished.query(limit: 10))
    #expect(plan.joined().contains("message_finished_by_status"), "\(plan)")
    #expect(try store.count(finished.query()) == 20)
    // The open and finished conditions split the messages between them.
    let open = try store.count(ViewFilter(statuses: ViewFilter.openStatuses).query())
    let done = try store.count(ViewFilter(statuses: Array(InboxViewsSchema.finished)).query())
    #expect(open == 10)
    #expect(done == 30)
    let stats = try store.stats(kind: .inbound)
    #expect(stats.byStatus == ["new": 10, "posted": 10, "closed": 10, "spam": 10])
  }

  @Test func theConditionsNameEveryFinishedStatusAndNoOther() {
    for status in Status.allCases {
      let quoted = "'\(status.rawValue)'"
      #expect(StatusConditionSchema.open.contains(quoted) == status.isFinished, "\(status)")
      #expect(StatusConditionSchema.finished.contains(quoted) == status.isFinished, "\(status)")
    }
    #expect(InboxViewsSchema.finished == Set(Status.allCases.filter(\.isFinished)))
  }
}
