import Foundation
import GRDB

extension InboxStore {
  /// Records the detectors' conclusions about a message. A category set by a person
  /// (`triaged_by` not NULL) is kept; the counts are always refreshed.
  public func applyAnalysis(_ analysis: MessageAnalysis, toMessage id: Int64) throws {
    try pool.write { db in try Self.applyAnalysis(analysis, toMessage: id, in: db) }
  }

  public static func applyAnalysis(
    _ analysis: MessageAnalysis, toMessage id: Int64, in db: Database
  ) throws {
    let statement = try db.cachedStatement(
      sql: """
        UPDATE message SET
          category = CASE WHEN triaged_by IS NULL THEN ? ELSE category END,
          urgency = CASE WHEN triaged_by IS NULL THEN ? ELSE urgency END,
          phi_count = ?, flag_count = ?, analyzed_at = ?
        WHERE id = ?
        """)
    try statement.execute(arguments: [
      analysis.category.rawValue, analysis.urgency, analysis.phiCount, analysis.flagCount,
      Timestamps.milliseconds(Date()), id,
    ])
  }
}
