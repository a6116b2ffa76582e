import GRDB

/// v8: indexes that only the rows needing them pay for, and a leaner full-text index, so that
/// a bulk import writes each message into few B-trees instead of twelve.
///
/// Every list index is partial. The inbox's lists hold inbound messages only; the practice's
/// own posts (all of an X archive) have a time index of their own. The status index holds
/// finished messages only: open ones are listed through the open indexes, which hold few rows.
/// The urgency indexes hold urgent messages only: lists sorted by urgency read them first, then
/// the messages of urgency 0 from the time indexes, in the same order. The category and
/// assignee indexes hold only messages that have one, the thread index only messages in a
/// thread. A question just imported (open, not yet urgent, unassigned) is thus written into
/// the time, open, platform, author and thread indexes and nothing else.
///
/// SQLite uses a partial index only for a query that repeats the index's condition word for
/// word, so the conditions are defined here (the status ones in `StatusConditionSchema`) and
/// `MessageSQL` writes them.
///
/// The full-text index keeps no column sizes (`columnsize=0`): nothing ranks matches. It
/// keeps positions (`detail=full`), which phrase searches ("chest pain" in quotes) and column
/// filters need; `detail=none` would halve its cost but cannot answer them.
enum ImportSpeedSchema {
  static let inbound = "kind = 'inbound'"
  static let own = "kind = 'own'"
  /// The open and finished conditions as this migration wrote them, for it alone; v9 rewrote
  /// them as comparisons (`StatusConditionSchema`), which the lists repeat.
  private static let open = InboxViewsSchema.openConditionAsV6Wrote
  private static let finished = "status IN ('posted', 'closed', 'no_reply_needed', 'spam')"
  static let urgent = "urgency > 0"
  static let calm = "urgency = 0"

  @Sendable static func create(_ db: Database) throws {
    try db.execute(
      sql: """
        DROP INDEX message_by_time;
        DROP INDEX message_by_status;
        DROP INDEX message_by_platform;
        DROP INDEX message_by_urgency;
        DROP INDEX message_by_category;
        DROP INDEX message_by_thread;
        DROP INDEX message_by_assignee;
        DROP INDEX message_by_author;
        DROP INDEX message_open_by_time;
        DROP INDEX message_open_by_urgency;

        CREATE INDEX message_by_time ON message (created_at) WHERE \(inbound);
        CREATE INDEX message_open_by_time ON message (created_at) WHERE \(inbound) AND \(open);
        CREATE INDEX message_finished_by_status ON message (status, created_at)
          WHERE \(inbound) AND \(finished);
        CREATE INDEX message_by_platform ON message (platform, created_at) WHERE \(inbound);
        CREATE INDEX message_by_urgency ON message (urgency, created_at)
          WHERE \(inbound) AND \(urgent);
        CREATE INDEX message_open_by_urgency ON message (urgency, created_at)
          WHERE \(inbound) AND \(open) AND \(urgent);
        CREATE INDEX message_by_category ON message (category, created_at)
          WHERE \(inbound) AND category IS NOT NULL;
        CREATE INDEX message_by_assignee ON message (assignee, created_at)
          WHERE \(inbound) AND assignee IS NOT NULL;
        CREATE INDEX message_by_author ON message (platform, author_handle, created_at)
          WHERE \(inbound);
        CREATE INDEX message_own_by_time ON message (created_at) WHERE \(own);
        CREATE INDEX message_by_thread ON message (platform, thread_id)
          WHERE thread_id IS NOT NULL;

        DROP TABLE message_fts;
        CREATE VIRTUAL TABLE message_fts USING fts5 (
          text, author_handle, author_name,
          content = 'message', content_rowid = 'id',
          detail = full, columnsize = 0,
          tokenize = "\(Schema.ftsTokenizer)"
        );
        INSERT INTO message_fts (message_fts) VALUES ('rebuild');
        """)
  }
}
