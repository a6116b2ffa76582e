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
    let kindFilter: String? =
      switch kind {
      case .inbound?: ImportSpeedSchema.inbound
      case .own?: ImportSpeedSchema.own
      case nil: nil
      }
    func counts(_ column: String, _ conditions: [String]) throws -> [String: Int] {
      let all = [kindFilter].compactMap { $0 } + conditions
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT COALESCE(\(column), 'untriaged'), COUNT(*) FROM message
          \(all.isEmpty ? "" : "WHERE " + all.joined(separator: " AND ")) GROUP BY 1
          """)
      return Dictionary(uniqueKeysWithValues: rows.map { ($0[0], $0[1]) })
    }
    let total =
      try Int.fetchOne(
        db, sql: "SELECT COUNT(*) FROM message" + (kindFilter.map { " WHERE " + $0 } ?? ""))
      ?? 0
    guard kind == .inbound else {
      return InboxStats(
        total: total, byStatus: try counts("status", []), byPlatform: try counts("platform", []),
        byCategory: try counts("category", []))
    }
    // Inbound messages are counted along their partial indexes: finished statuses from the
    // status index, open ones from the open index (few rows), categories from the category
    // index, which leaves the untriaged out: they are what remains.
    let byStatus = try counts("status", [StatusConditionSchema.finished]).merging(
      try counts("status", [StatusConditionSchema.open]), uniquingKeysWith: +)
    var byCategory = try counts("category", ["category IS NOT NULL"])
    let untriaged = total - byCategory.values.reduce(0, +)
    if untriaged > 0 { byCategory["untriaged"] = untriaged }
    return InboxStats(
      total: total, byStatus: byStatus, byPlatform: try counts("platform", []),
      byCategory: byCategory)
  }
}
