import GRDB

/// The terminal inbox's needs: each person's saved views, an index for "the author's earlier
/// messages" in the reader, and partial indexes over open messages (the inbox's default
/// views), which are few among many finished ones and would otherwise be found by skipping
/// through the finished ones.
enum InboxViewsSchema {
  /// The condition of the partial indexes as this migration wrote them (v9 rewrote it as
  /// comparisons: `StatusConditionSchema.open`, which the lists now repeat word for word).
  static let openConditionAsV6Wrote =
    "status NOT IN ('posted', 'closed', 'no_reply_needed', 'spam')"
  static let finished: Set<Status> = [.posted, .closed, .noReplyNeeded, .spam]

  @Sendable static func create(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE saved_view (
          user TEXT NOT NULL,               -- OS user name; views are personal
          name TEXT NOT NULL,
          filter TEXT NOT NULL,             -- ViewFilter as JSON
          position INTEGER NOT NULL,        -- order in the sidebar
          created_at INTEGER NOT NULL,
          PRIMARY KEY (user, name)
        );
        -- The reader lists an author's earlier messages on the same platform, newest first.
        CREATE INDEX message_by_author ON message (platform, author_handle, created_at);
        CREATE INDEX message_open_by_time ON message (kind, created_at)
          WHERE \(openConditionAsV6Wrote);
        CREATE INDEX message_open_by_urgency ON message (kind, urgency, created_at)
          WHERE \(openConditionAsV6Wrote);
        """)
  }
}
