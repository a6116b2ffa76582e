import Foundation
import GRDB

/// The tamper-evident audit log: an append-only table whose entries are chained by SHA-256.
/// Triggers refuse UPDATE and DELETE and any insert that does not extend the chain;
/// `AuditVerifier` recomputes the chain to catch whoever removed the triggers first.
public enum AuditLog {
  /// Appends an entry inside the caller's write transaction, so the entry and the change it
  /// records commit together or not at all. Call it from any subsystem that changes what the
  /// practice must be able to account for (imports, policy changes).
  @discardableResult
  public static func append(
    _ action: AuditAction, actor: String, messageID: Int64? = nil,
    detail: [String: AuditValue] = [:], at date: Date = Date(), in db: Database
  ) throws -> AuditEntry {
    let previous =
      try String.fetchOne(
        db.cachedStatement(sql: "SELECT hash FROM audit ORDER BY seq DESC LIMIT 1"))
      ?? AuditEntry.genesisHash
    let detailJSON = try encodeDetail(detail)
    let at = Timestamps.milliseconds(date)
    let hash = AuditEntry.chainHash(
      previous: previous, atMilliseconds: at, actor: actor, action: action.rawValue,
      messageID: messageID, detailJSON: detailJSON)
    try db.cachedStatement(
      sql: """
        INSERT INTO audit (at, actor, action, message_id, detail, prev_hash, hash)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(arguments: [at, actor, action.rawValue, messageID, detailJSON, previous, hash])
    return AuditEntry(
      seq: db.lastInsertedRowID, atMilliseconds: at, actor: actor, action: action,
      messageID: messageID, detailJSON: detailJSON, previousHash: previous, hash: hash)
  }

  /// The same, in a transaction of its own.
  @discardableResult
  public static func append(
    _ action: AuditAction, actor: String, messageID: Int64? = nil,
    detail: [String: AuditValue] = [:], at date: Date = Date(), to store: InboxStore
  ) throws -> AuditEntry {
    try store.pool.write { db in
      try append(action, actor: actor, messageID: messageID, detail: detail, at: date, in: db)
    }
  }

  /// Which entries to list.
  public struct Filter: Sendable, Hashable {
    public var since: Date?
    public var messageID: Int64?
    public var actor: String?
    /// Entries after this position (for paging).
    public var afterSeq: Int64?
    public var limit: Int?

    public init(
      since: Date? = nil, messageID: Int64? = nil, actor: String? = nil, afterSeq: Int64? = nil,
      limit: Int? = nil
    ) {
      self.since = since
      self.messageID = messageID
      self.actor = actor
      self.afterSeq = afterSeq
      self.limit = limit
    }
  }

  /// Entries in log order, oldest first.
  public static func entries(_ filter: Filter = Filter(), in db: Database) throws -> [AuditEntry] {
    var conditions: [String] = []
    var arguments = StatementArguments()
    if let since = filter.since {
      conditions.append("at >= ?")
      arguments += [Timestamps.milliseconds(since)]
    }
    if let messageID = filter.messageID {
      conditions.append("message_id = ?")
      arguments += [messageID]
    }
    if let actor = filter.actor {
      conditions.append("actor = ?")
      arguments += [actor]
    }
    if let afterSeq = filter.afterSeq {
      conditions.append("seq > ?")
      arguments += [afterSeq]
    }
    let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    let limit = filter.limit.map { " LIMIT \(max(1, $0))" } ?? ""
    return try Row.fetchAll(
      db.cachedStatement(
        sql: "SELECT \(columns) FROM audit \(whereClause) ORDER BY seq\(limit)"),
      arguments: arguments
    ).map(decode)
  }

  public static func entries(_ filter: Filter = Filter(), in store: InboxStore) throws
    -> [AuditEntry]
  {
    try store.pool.read { db in try entries(filter, in: db) }
  }

  /// The last entry written to a message, to say who changed it.
  static func lastEntry(forMessage id: Int64, in db: Database) throws -> AuditEntry? {
    try Row.fetchOne(
      db.cachedStatement(
        sql: "SELECT \(columns) FROM audit WHERE message_id = ? ORDER BY seq DESC LIMIT 1"),
      arguments: [id]
    ).map(decode)
  }

  static let columns = "seq, at, actor, action, message_id, detail, prev_hash, hash"

  static func decode(_ row: Row) -> AuditEntry {
    AuditEntry(
      seq: row[0], atMilliseconds: row[1], actor: row[2],
      action: AuditAction(rawValue: row[3]), messageID: row[4], detailJSON: row[5],
      previousHash: row[6], hash: row[7])
  }

  static func encodeDetail(_ detail: [String: AuditValue]) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(detail), as: UTF8.self)
  }
}
