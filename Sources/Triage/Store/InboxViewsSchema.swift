import GRDB

/// The terminal inbox's needs: each person's saved views, and an index for "the author's
/// earlier messages" in the reader.
enum InboxViewsSchema {
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
        """)
  }
}
