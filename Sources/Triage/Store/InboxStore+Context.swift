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
  /// At most this many of an author's messages are looked through for their earlier ones:
  /// the last imported. Each costs 3-4 µs (its row is read), so opening a message from an
  /// account that posted 50,000 still takes under 10 ms; for anyone else the answer is exact.
  public static let earlierCandidates = 2_000

  /// A full-text query matching messages whose handle holds `handle`'s words, in order; nil
  /// when it has none (the tokenizer keeps letters, digits and symbols). The handle is one
  /// quoted string, so nothing in it is read as query syntax.
  public static func authorPhrase(_ handle: String) -> String? {
    guard !SearchPattern.tokens(handle).isEmpty else { return nil }
    return "author_handle : \"" + handle.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// An inbound author's earlier messages. Arguments: the author's phrase (`authorPhrase`),
  /// the candidates, platform, handle, the message's time and id, and the limit.
  static let earlierInboundSQL = """
    SELECT \(MessageRows.columns) FROM message NOT INDEXED
    WHERE id IN (
        SELECT rowid FROM message_fts WHERE message_fts MATCH ?
        ORDER BY rowid DESC LIMIT ?)
      AND \(ImportSpeedSchema.inbound) AND platform = ? AND author_handle = ?
      AND (created_at, id) < (?, ?)
    ORDER BY created_at DESC, id DESC LIMIT ?
    """

  public func context(of message: Message, limit: Int = 10) throws -> MessageContext {
    try pool.read { db in try Self.context(of: message, limit: limit, in: db) }
  }

  /// `candidates`: how many of the author's messages to look through (`earlierCandidates`).
  public static func context(
    of message: Message, limit: Int, candidates: Int = earlierCandidates, in db: Database
  ) throws -> MessageContext {
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
      let before: StatementArguments = [Timestamps.milliseconds(message.createdAt), id]
      if message.kind == .own {
        // Along the own posts' time index: nearly all of them have the practice's handle.
        context.earlier = try fetch(
          """
          SELECT \(MessageRows.columns) FROM message
          WHERE \(ImportSpeedSchema.own) AND platform = ? AND author_handle = ?
            AND (created_at, id) < (?, ?)
          ORDER BY created_at DESC, id DESC LIMIT ?
          """, [platform, handle] + before + [limit])
      } else if let phrase = authorPhrase(handle) {
        // No index by author (migration v12): the full-text index, which holds each
        // message's handle, gives the candidates, and each is checked exactly. NOT INDEXED
        // keeps the planner from walking a time index instead and testing every message.
        context.earlier = try fetch(
          earlierInboundSQL, [phrase, candidates, platform, handle] + before + [limit])
      } else {
        // A handle with no letter or digit has no words in the full-text index: the
        // platform's messages just before this one are looked through instead.
        context.earlier = try fetch(
          """
          SELECT * FROM (
            SELECT \(MessageRows.columns) FROM message
            WHERE \(ImportSpeedSchema.inbound) AND platform = ? AND (created_at, id) < (?, ?)
            ORDER BY created_at DESC, id DESC LIMIT ?)
          WHERE author_handle = ? ORDER BY created_at DESC, id DESC LIMIT ?
          """, [platform] + before + [candidates, handle, limit])
      }
    }
    return context
  }
}
