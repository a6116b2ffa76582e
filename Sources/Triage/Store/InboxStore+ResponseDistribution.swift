import Foundation
import GRDB

/// How many messages got their first approved reply within each span of time: the dashboard's
/// histogram and `rounds stats`, over the same messages as `responseTimes()`.
public struct ResponseTimeBucket: Sendable, Equatable, Codable {
  /// "< 1h", "1-4h", ..., "> 7d".
  public var label: String
  /// The bucket holds times from the previous bucket's bound up to this one (seconds,
  /// exclusive); nil for the last, open-ended bucket.
  public var upTo: Double?
  public var count: Int

  enum CodingKeys: String, CodingKey {
    case label
    case upTo = "up_to_seconds"
    case count
  }

  public init(label: String, upTo: Double?, count: Int) {
    self.label = label
    self.upTo = upTo
    self.count = count
  }
}

extension InboxStore {
  /// The bounds of the buckets, in seconds, with their labels; the last is open-ended.
  public static let responseBuckets: [(label: String, upTo: Double?)] = [
    ("< 1h", 3600), ("1-4h", 4 * 3600), ("4-12h", 12 * 3600), ("12-24h", 24 * 3600),
    ("1-2d", 2 * 86_400), ("2-7d", 7 * 86_400), ("> 7d", nil),
  ]

  public func responseTimeDistribution() throws -> [ResponseTimeBucket] {
    try pool.read { db in try Self.responseTimeDistribution(in: db) }
  }

  /// Every bucket, empty ones included, in order.
  public static func responseTimeDistribution(in db: Database) throws -> [ResponseTimeBucket] {
    // The same messages and the same measure as `responseTimes(in:)`, counted per bucket.
    var cases = ""
    for (index, bucket) in responseBuckets.enumerated() {
      guard let bound = bucket.upTo else { continue }
      cases += " WHEN seconds < \(bound) THEN \(index)"
    }
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT CASE\(cases) ELSE \(responseBuckets.count - 1) END AS bucket, COUNT(*)
        FROM (
          SELECT MAX(0, first_approved_at - created_at) / 1000.0 AS seconds
          FROM message WHERE kind = 'inbound' AND first_approved_at IS NOT NULL
        )
        GROUP BY bucket
        """)
    var counts = [Int](repeating: 0, count: responseBuckets.count)
    for row in rows {
      let index: Int = row[0]
      counts[index] = row[1]
    }
    return responseBuckets.enumerated().map { index, bucket in
      ResponseTimeBucket(label: bucket.label, upTo: bucket.upTo, count: counts[index])
    }
  }
}
