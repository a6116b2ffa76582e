import Foundation
import GRDB

/// How long messages waited for their first approved reply: from being published to the
/// first approval of a reply to them.
public struct ResponseTimes: Sendable, Equatable, Codable {
  public struct Summary: Sendable, Equatable, Codable {
    /// Messages with an approved reply.
    public var count: Int
    /// In seconds; the mean of the two middle values when the count is even.
    public var median: Double
    /// In seconds; nearest rank (the smallest value at least 90% of values do not exceed).
    public var p90: Double

    public init(count: Int, median: Double, p90: Double) {
      self.count = count
      self.median = median
      self.p90 = p90
    }

    /// nil for no values.
    public init?(seconds: [Double]) {
      guard !seconds.isEmpty else { return nil }
      let sorted = seconds.sorted()
      let n = sorted.count
      count = n
      median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
      let rank = Int((0.9 * Double(n)).rounded(.up))
      p90 = sorted[max(0, rank - 1)]
    }
  }

  public var overall: Summary?
  public var byPlatform: [String: Summary]
  /// Untriaged messages are counted under "untriaged".
  public var byCategory: [String: Summary]
}

extension InboxStore {
  public func responseTimes() throws -> ResponseTimes {
    try pool.read { db in try Self.responseTimes(in: db) }
  }

  public static func responseTimes(in db: Database) throws -> ResponseTimes {
    var all: [Double] = []
    var platforms: [String: [Double]] = [:]
    var categories: [String: [Double]] = [:]
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT platform, COALESCE(category, 'untriaged'),
          MAX(0, first_approved_at - created_at) / 1000.0
        FROM message WHERE kind = 'inbound' AND first_approved_at IS NOT NULL
        """)
    while let row = try rows.next() {
      let seconds: Double = row[2]
      all.append(seconds)
      platforms[row[0], default: []].append(seconds)
      categories[row[1], default: []].append(seconds)
    }
    return ResponseTimes(
      overall: ResponseTimes.Summary(seconds: all),
      byPlatform: platforms.compactMapValues(ResponseTimes.Summary.init(seconds:)),
      byCategory: categories.compactMapValues(ResponseTimes.Summary.init(seconds:)))
  }
}
