import Foundation
import GRDB

/// Reading the workflow's state of a message: tags, draft and revisions, reviews.
extension InboxStore {
  /// A message with its workflow state, or nil.
  public func workItem(id: Int64) throws -> WorkItem? {
    try pool.read { db in try Self.workItem(id: id, in: db) }
  }

  public static func workItem(id: Int64, in db: Database) throws -> WorkItem? {
    guard let message = try message(id: id, in: db) else { return nil }
    let row = try Row.fetchOne(
      db.cachedStatement(
        sql: """
          SELECT triaged_by, first_approved_at, posted_at, posted_by, posted_url
          FROM message WHERE id = ?
          """), arguments: [id])
    let draft = try draft(forMessage: id, in: db)
    return WorkItem(
      message: message,
      tags: try tags(ofMessage: id, in: db),
      triagedBy: row?[0],
      draft: draft,
      reviews: try draft.flatMap(\.id).map { try reviews(ofDraft: $0, in: db) } ?? [],
      firstApprovedAt: (row?[1] as Int64?).map(Timestamps.date),
      postedAt: (row?[2] as Int64?).map(Timestamps.date),
      postedBy: row?[3],
      postedURL: row?[4])
  }

  public static func tags(ofMessage id: Int64, in db: Database) throws -> [String] {
    try String.fetchAll(
      db.cachedStatement(sql: "SELECT tag FROM message_tag WHERE message_id = ? ORDER BY tag"),
      arguments: [id])
  }

  /// Every tag in use, with how many messages carry it, most used first.
  public func tagCounts() throws -> [(tag: String, count: Int)] {
    try pool.read { db in
      try Row.fetchAll(
        db,
        sql: "SELECT tag, COUNT(*) FROM message_tag GROUP BY tag ORDER BY COUNT(*) DESC, tag"
      ).map { ($0[0], $0[1]) }
    }
  }

  /// The reply to a message with every revision, or nil when nobody has drafted one.
  public static func draft(forMessage id: Int64, in db: Database) throws -> Draft? {
    guard
      let row = try Row.fetchOne(
        db.cachedStatement(
          sql: """
            SELECT id, message_id, author, text, created_at, updated_at, revision,
              submitted_revision
            FROM draft WHERE message_id = ?
            """), arguments: [id])
    else { return nil }
    let draftID: Int64 = row[0]
    let revisions = try Row.fetchAll(
      db.cachedStatement(
        sql: """
          SELECT number, author, text, saved_at FROM draft_revision
          WHERE draft_id = ? ORDER BY number
          """), arguments: [draftID]
    ).map {
      DraftRevision(number: $0[0], author: $0[1], text: $0[2], savedAt: Timestamps.date($0[3]))
    }
    return Draft(
      id: draftID, messageID: row[1], author: row[2], text: row[3],
      createdAt: Timestamps.date(row[4]), updatedAt: Timestamps.date(row[5]),
      revisions: revisions, revision: row[6], submittedRevision: row[7])
  }

  public static func reviews(ofDraft id: Int64, in db: Database) throws -> [Review] {
    try Row.fetchAll(
      db.cachedStatement(
        sql: """
          SELECT id, draft_id, revision, reviewer, decision, note, override_reason, decided_at,
            highest_risk
          FROM review WHERE draft_id = ? ORDER BY id
          """), arguments: [id]
    ).map { row in
      Review(
        id: row[0], draftID: row[1], revision: row[2], reviewer: row[3],
        decision: Review.Decision(rawValue: row[4]) ?? .reject, note: row[5],
        overrideReason: row[6], decidedAt: Timestamps.date(row[7]),
        highestRisk: (row[8] as String?).flatMap(Severity.init(rawValue:)))
    }
  }
}
