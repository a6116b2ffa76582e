import Foundation
import GRDB

/// How many messages arrived on one UTC day.
public struct DailyCount: Sendable, Hashable, Codable {
  /// Midnight UTC starting the day.
  public var day: Date
  public var count: Int

  public init(day: Date, count: Int) {
    self.day = day
    self.count = count
  }
}

extension InboxStore {
  static let millisecondsPerDay: Int64 = 86_400_000

  /// Messages per UTC day for the `days` days ending with the day of `now`, oldest first;
  /// days without messages are included with a count of zero.
  public func dailyCounts(days: Int, endingAt now: Date, kind: MessageKind? = .inbound) throws
    -> [DailyCount]
  {
    try pool.read { db in try Self.dailyCounts(days: days, endingAt: now, kind: kind, in: db) }
  }

  public static func dailyCounts(
    days: Int, endingAt now: Date, kind: MessageKind?, in db: Database
  ) throws -> [DailyCount] {
    guard days > 0 else { return [] }
    let today = Timestamps.milliseconds(now) / millisecondsPerDay
    let first = today - Int64(days - 1)
    var filters = ["created_at >= ?", "created_at < ?"]
    let arguments: StatementArguments = [
      first * millisecondsPerDay, (today + 1) * millisecondsPerDay,
    ]
    // Written out, so the kind's partial time index serves the range.
    switch kind {
    case .inbound?: filters.insert(ImportSpeedSchema.inbound, at: 0)
    case .own?: filters.insert(ImportSpeedSchema.own, at: 0)
    case nil: break
    }
    let statement = try db.cachedStatement(
      sql: """
        SELECT created_at / \(millisecondsPerDay), COUNT(*) FROM message
        WHERE \(filters.joined(separator: " AND ")) GROUP BY 1
        """)
    var counts: [Int64: Int] = [:]
    for row in try Row.fetchAll(statement, arguments: arguments) {
      counts[row[0]] = row[1]
    }
    return (first...today).map { day in
      DailyCount(day: Timestamps.date(day * millisecondsPerDay), count: counts[day] ?? 0)
    }
  }
}
