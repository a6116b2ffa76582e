import GRDB

/// v11: the author and thread indexes start with the author's handle and the thread's id,
/// and end with the platform.
///
/// The inbox looks both up by platform and handle (or thread id) together, so the order of
/// the two makes no difference to what they find. It does to what writing them costs: SQLite
/// compares a new key with those on its path down the B-tree, and when the first column
/// decides it compares that column alone. The platform decided nothing (an import's messages
/// share it), so every comparison went on to the whole key: with the handle first, the import
/// writer ran 2% fewer instructions. The table's unique (platform, external_id) key has the
/// same cost, but reordering it would mean rebuilding the table.
enum SelectiveKeySchema {
  @Sendable static func create(_ db: Database) throws {
    try db.execute(
      sql: """
        DROP INDEX message_by_author;
        DROP INDEX message_by_thread;
        CREATE INDEX message_by_author
          ON message (author_handle, platform, created_at DESC, id DESC)
          WHERE \(ImportSpeedSchema.inbound);
        CREATE INDEX message_by_thread ON message (thread_id, platform)
          WHERE thread_id IS NOT NULL;
        """)
  }
}
