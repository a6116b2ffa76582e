import Foundation
import GRDB

/// The practice's past replies, checked with today's rules, so replies that disclosed PHI
/// can be found and taken down.
extension Workflow {
  public struct RiskyReply: Sendable, Hashable {
    /// The practice's own imported post or reply.
    public var reply: Message
    /// The message it answered, when it was imported too.
    public var original: Message?
    /// Its `block` risks.
    public var risks: [Finding]
  }

  /// Runs the reply checker over every imported own post and reply, oldest first, and
  /// returns those with `block` risks. Reads in keyset pages so any number of posts is fine.
  public func auditOwnReplies(pageSize: Int = 500) throws -> [RiskyReply] {
    _ = try store.pool.read { db in try authorize(.auditReplies, in: db) }
    let checker = try requireChecker("check the practice's past replies")
    var found: [RiskyReply] = []
    var cursor: (createdAt: Int64, id: Int64) = (Int64.min, Int64.min)
    while true {
      let page = try store.pool.read { db in
        try Self.ownMessages(after: cursor, limit: pageSize, in: db)
      }
      for (message, original) in page {
        let blocking = checker.risks(in: message.text, answering: original)
          .filter { $0.severity == .block }
        if !blocking.isEmpty {
          found.append(RiskyReply(reply: message, original: original, risks: blocking))
        }
      }
      guard page.count == pageSize, let last = page.last?.0, let id = last.id else { break }
      cursor = (Timestamps.milliseconds(last.createdAt), id)
    }
    return found
  }

  /// Own messages after the cursor in (created_at, id) order, each with the message it
  /// answers (same platform, external id = its parent id), when that was imported.
  private static func ownMessages(
    after cursor: (createdAt: Int64, id: Int64), limit: Int, in db: Database
  ) throws -> [(Message, Message?)] {
    let rows = try Row.fetchAll(
      db.cachedStatement(
        sql: """
          SELECT \(MessageRows.columns), parent.id
          FROM message
          LEFT JOIN message AS parent
            ON parent.platform = message.platform AND parent.external_id = message.parent_id
          WHERE message.kind = 'own' AND (message.created_at, message.id) > (?, ?)
          ORDER BY message.created_at, message.id
          LIMIT ?
          """), arguments: [cursor.createdAt, cursor.id, limit])
    return try rows.map { row in
      let message = MessageRows.decode(row)
      let parentID: Int64? = row[MessageRows.columnCount]
      return (message, try parentID.flatMap { try InboxStore.message(id: $0, in: db) })
    }
  }
}
