import Foundation
import GRDB

/// The messages around one message: what it answers, what else answers the same thing, what
/// answers it, and what its author wrote before. Everything is bounded by `limit`.
public struct MessageContext: Sendable, Hashable {
  /// The message this one replies to, when it is in the inbox.
  public var parent: Message?
  /// Other messages in the same thread replying to the same parent (or, for a top-level
  /// message, the thread's other top-level messages), oldest first.
  public var siblings: [Message]
  /// Messages replying to this one, oldest first.
  public var replies: [Message]
  /// The author's earlier messages of the same kind on the same platform, newest first.
  public var earlier: [Message]

  public init(
    parent: Message? = nil, siblings: [Message] = [], replies: [Message] = [],
    earlier: [Message] = []
  ) {
    self.parent = parent
    self.siblings = siblings
    self.replies = replies
    self.earlier = earlier
  }
}

extension InboxStore {
  public func context(of message: Message, limit: Int = 10) throws -> MessageContext {
    try pool.read { db in try Self.context(of: message, limit: limit, in: db) }
  }

  public static func context(of message: Message, limit: Int, in db: Database) throws
    -> MessageContext
  {
    var context = MessageContext()
    let platform = message.platform.rawValue
    let id = message.id ?? 0
    func fetch(_ sql: String, _ arguments: StatementArguments) throws -> [Message] {
      let statement = try db.cachedStatement(sql: sql)
      return try Row.fetchAll(statement, arguments: arguments).map(MessageRows.decode)
    }
    if let parentID = message.parentID {
      context.parent = try fetch(
        "SELECT \(MessageRows.columns) FROM message WHERE platform = ? AND external_id = ?",
        [platform, parentID]
      ).first
    }
    // Threads are found through (platform, thread_id); without a thread id there is no index
    // to find siblings or replies by, and scanning the table is not an option.
    if let threadID = message.threadID {
      context.siblings = try fetch(
        """
        SELECT \(MessageRows.columns) FROM message
        WHERE platform = ? AND thread_id = ? AND parent_id IS ? AND id <> ?
        ORDER BY created_at, id LIMIT ?
        """, [platform, threadID, message.parentID, id, limit])
      context.replies = try fetch(
        """
        SELECT \(MessageRows.columns) FROM message
        WHERE platform = ? AND thread_id = ? AND parent_id = ?
        ORDER BY created_at, id LIMIT ?
        """, [platform, threadID, message.externalID, limit])
    }
    if let handle = message.authorHandle, !handle.isEmpty {
      // The author index holds inbound messages; the practice's own posts are found along
      // their time index (nearly all of them have the practice's handle).
      let kind = message.kind == .own ? ImportSpeedSchema.own : ImportSpeedSchema.inbound
      context.earlier = try fetch(
        """
        SELECT \(MessageRows.columns) FROM message
        WHERE \(kind) AND platform = ? AND author_handle = ? AND (created_at, id) < (?, ?)
        ORDER BY created_at DESC, id DESC LIMIT ?
        """,
        [platform, handle, Timestamps.milliseconds(message.createdAt), id, limit])
    }
    return context
  }
}
