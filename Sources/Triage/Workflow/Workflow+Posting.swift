import Foundation
import GRDB

/// Posting: Rounds never talks to the platforms. Approved replies are exported for a person
/// to post, and marked posted afterwards.
extension Workflow {
  /// An approved reply with what a person needs to post it.
  public struct ApprovedReply: Sendable, Hashable {
    public var messageID: Int64
    public var platform: Platform
    /// Where the original is; the reply goes under it.
    public var permalink: String?
    public var authorHandle: String?
    public var originalText: String
    public var originalCreatedAt: Date
    public var reply: String
    public var revision: Int
    /// The supervisor who approved it, or nil when the policy let it through unreviewed.
    public var approvedBy: String?
    public var approvedAt: Date?
    public var status: Status
    public var postedAt: Date?
    public var postedURL: String?
  }

  /// Approved (and, when asked, posted) replies, oldest message first, recording the export
  /// in the audit log: the export file holds PHI, so who took one and where is accounted for.
  public func exportReplies(
    statuses: Set<Status> = [.approved], format: String, destination: String
  ) throws -> [ApprovedReply] {
    let wanted = statuses.intersection([.approved, .posted])
    guard !wanted.isEmpty else {
      throw RoundsError(.usage, "only approved or posted replies can be exported")
    }
    return try store.pool.write { db in
      let actor = try authorize(.exportReplies, in: db)
      let replies = try Self.approvedReplies(statuses: wanted, in: db)
      try AuditLog.append(
        .export, actor: actor.user,
        detail: [
          "count": AuditValue(replies.count), "format": .text(format),
          "destination": .text(destination),
          "statuses": .list(wanted.map(\.rawValue).sorted()),
          "messages": .list(replies.map { String($0.messageID) }),
        ], at: clock(), in: db)
      return replies
    }
  }

  static func approvedReplies(statuses: Set<Status>, in db: Database) throws -> [ApprovedReply] {
    let marks = Array(repeating: "?", count: statuses.count).joined(separator: ", ")
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT m.id, m.platform, m.permalink, m.author_handle, m.text, m.created_at,
          d.text, d.revision, m.status, m.posted_at, m.posted_url,
          (SELECT r.reviewer FROM review r WHERE r.draft_id = d.id AND r.decision = 'approve'
            AND r.revision = d.revision ORDER BY r.id DESC LIMIT 1),
          (SELECT r.decided_at FROM review r WHERE r.draft_id = d.id AND r.decision = 'approve'
            AND r.revision = d.revision ORDER BY r.id DESC LIMIT 1),
          m.first_approved_at
        FROM message m JOIN draft d ON d.message_id = m.id
        WHERE m.kind = 'inbound' AND m.status IN (\(marks))
        ORDER BY m.created_at, m.id
        """, arguments: StatementArguments(statuses.map(\.rawValue)))
    return rows.map { row in
      ApprovedReply(
        messageID: row[0], platform: Platform(rawValue: row[1]), permalink: row[2],
        authorHandle: row[3], originalText: row[4], originalCreatedAt: Timestamps.date(row[5]),
        reply: row[6], revision: row[7], approvedBy: row[11],
        approvedAt: ((row[12] as Int64?) ?? (row[13] as Int64?)).map(Timestamps.date),
        status: Status(rawValue: row[8]) ?? .approved,
        postedAt: (row[9] as Int64?).map(Timestamps.date), postedURL: row[10])
    }
  }

  /// Records that the approved reply went out, with the reply's own link when known.
  @discardableResult
  public func markPosted(_ id: Int64, url: String? = nil, expecting: Int64? = nil) throws
    -> WorkItem
  {
    if let url { try Self.checkURL(url) }
    return try perform(.markPosted, on: id, expecting: expecting) { db, context in
      try db.cachedStatement(
        sql: "UPDATE message SET posted_at = ?, posted_by = ?, posted_url = ? WHERE id = ?"
      ).execute(arguments: [context.nowMS, context.actor.user, url, id])
      return Outcome(
        audit: .posted,
        detail: [
          "url": AuditValue(url), "revision": AuditValue(context.item.draft?.revision ?? 0),
        ],
        status: .posted)
    }
  }

  static func checkURL(_ text: String) throws {
    let components = URLComponents(string: text)
    let scheme = components?.scheme?.lowercased()
    guard let components, scheme == "https" || scheme == "http",
      let host = components.host, !host.isEmpty, !text.contains(where: \.isWhitespace)
    else {
      throw RoundsError(
        .usage, "\"\(TagText.escaped(text))\" is not a web address",
        fix: "give the reply's link, e.g. https://x.com/clinic/status/123")
    }
  }
}
