import GRDB

/// v10: the inbound lists' time indexes in the order the lists read them, newest first:
/// `(created_at DESC, id DESC)`.
///
/// A B-tree takes a key that comes after all the others at its right edge cheaply, and
/// anywhere else dearly: the page's cells shift to make room, and a full page is rebalanced
/// with its neighbours. The inbox's main sources, the platforms' own listings (X API pages,
/// Mastodon notifications, YouTube threads, Google reviews, Reddit), come newest first, so in
/// ascending indexes each message they brought went in at the left edge of four of them. Blog
/// exports (WordPress, Disqus) come oldest first and now pay that instead; they are small. The
/// practice's own posts keep an ascending index: the X archive in the shared corpus lists its
/// tweets oldest first. Paging is unchanged: each list's order is an index's order, read
/// forwards or backwards.
enum NewestFirstSchema {
  @Sendable static func create(_ db: Database) throws {
    let inbound = ImportSpeedSchema.inbound
    try db.execute(
      sql: """
        DROP INDEX message_by_time;
        DROP INDEX message_open_by_time;
        DROP INDEX message_by_platform;
        DROP INDEX message_by_author;
        CREATE INDEX message_by_time ON message (created_at DESC, id DESC) WHERE \(inbound);
        CREATE INDEX message_open_by_time ON message (created_at DESC, id DESC)
          WHERE \(inbound) AND \(StatusConditionSchema.open);
        CREATE INDEX message_by_platform ON message (platform, created_at DESC, id DESC)
          WHERE \(inbound);
        CREATE INDEX message_by_author ON message (platform, author_handle, created_at DESC, id DESC)
          WHERE \(inbound);
        """)
  }
}
