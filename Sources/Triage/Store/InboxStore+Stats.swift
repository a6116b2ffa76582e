import Foundation
import GRDB

/// Counts of inbound messages by status, platform and category.
public struct InboxStats: Sendable, Equatable, Codable {
  public var total: Int
  public var byStatus: [String: Int]
  public var byPlatform: [String: Int]
  /// Untriaged messages are counted under "untriaged".
  public var byCategory: [String: Int]

  public init(
    total: Int, byStatus: [String: Int], byPlatform: [String: Int], byCategory: [String: Int]
  ) {
    self.total = total
    self.byStatus = byStatus
    self.byPlatform = byPlatform
    self.byCategory = byCategory
  }
}

extension InboxStore {
  public func stats(kind: MessageKind? = .inbound) throws -> InboxStats {
    try pool.read { db in try Self.stats(kind: kind, in: db) }
  }

  public static func stats(kind: MessageKind?, in db: Database) throws -> InboxStats {
    let filter = kind == nil ? "" : "WHERE kind = ?"
    let arguments: StatementArguments = kind.map { [$0.rawValue] } ?? []
    func counts(_ column: String) throws -> [String: Int] {
      let rows = try Row.fetchAll(
        db,
        sql: "SELECT COALESCE(\(column), 'untriaged'), COUNT(*) FROM message \(filter) GROUP BY 1",
        arguments: arguments)
      return Dictionary(uniqueKeysWithValues: rows.map { ($0[0], $0[1]) })
    }
    let total =
      try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM message \(filter)", arguments: arguments)
      ?? 0
    return InboxStats(
      total: total, byStatus: try counts("status"), byPlatform: try counts("platform"),
      byCategory: try counts("category"))
  }
}
