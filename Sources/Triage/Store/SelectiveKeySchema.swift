import GRDB

/// v11: the thread index starts with the thread's id and ends with the platform.
///
/// The inbox looks threads up by platform and thread id together, so the order of the two
/// makes no difference to what it finds. It does to what writing the index costs: SQLite
/// compares a new key with those on its path down the B-tree, and when the first column
/// decides it compares that column alone. The platform decided nothing (an import's messages
/// share it), so every comparison went on to the whole key. The table's unique
/// (platform, external_id) key would gain 0.3% of the import writer's instructions from the
/// same change, not worth rebuilding the table for.
enum SelectiveKeySchema {
  @Sendable static func create(_ db: Database) throws {
    try db.execute(
      sql: """
        DROP INDEX message_by_thread;
        CREATE INDEX message_by_thread ON message (thread_id, platform)
          WHERE thread_id IS NOT NULL;
        """)
  }
}
