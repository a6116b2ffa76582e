import GRDB

/// v9: the open and finished conditions of the partial list indexes written as plain
/// comparisons instead of `IN` lists.
///
/// SQLite tests a partial index's condition for every row it writes, and it tests an `IN`
/// list of four strings by filling a temporary table with them first, each time. Three
/// indexes had such a list, so each question an import stored cost three temporary tables
/// (twelve B-tree inserts and three cleared pages) before its own row was written.
/// Comparisons cost a few instructions each and select the same rows (`status` is never NULL).
///
/// SQLite uses a partial index only for a query that repeats the index's condition word for
/// word, so `MessageSQL` and the statistics write these strings.
enum StatusConditionSchema {
  /// A message still waiting for an answer or a decision.
  static let open =
    "status <> 'posted' AND status <> 'closed' AND status <> 'no_reply_needed' AND status <> 'spam'"
  /// A message answered or closed.
  static let finished =
    "(status = 'posted' OR status = 'closed' OR status = 'no_reply_needed' OR status = 'spam')"

  @Sendable static func create(_ db: Database) throws {
    let inbound = ImportSpeedSchema.inbound
    try db.execute(
      sql: """
        DROP INDEX message_open_by_time;
        DROP INDEX message_finished_by_status;
        DROP INDEX message_open_by_urgency;
        CREATE INDEX message_open_by_time ON message (created_at) WHERE \(inbound) AND \(open);
        CREATE INDEX message_finished_by_status ON message (status, created_at)
          WHERE \(inbound) AND \(finished);
        CREATE INDEX message_open_by_urgency ON message (urgency, created_at)
          WHERE \(inbound) AND \(open) AND \(ImportSpeedSchema.urgent);
        """)
  }
}
