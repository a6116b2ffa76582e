import Foundation
import GRDB

/// Writing and submitting the reply.
extension Workflow {
  /// The longest reply accepted, in characters: far above any platform's limit, low enough
  /// that a pasted document is caught.
  public static let maximumReplyLength = 20_000

  /// Saves the reply as a new revision and moves the message to `drafting` (from `triaged`,
  /// `changes_requested`, `rejected`, and from `in_review` or `approved`, which withdraws it
  /// from review: an edited reply must be approved again). Saving the text the latest
  /// revision already holds adds no revision.
  @discardableResult
  public func saveDraft(_ id: Int64, text: String, expecting: Int64? = nil) throws -> WorkItem {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else {
      throw RoundsError(.usage, "the reply to message \(id) is empty", fix: "write the reply")
    }
    guard text.count <= Self.maximumReplyLength else {
      throw RoundsError(
        .usage, "the reply to message \(id) is \(text.count) characters long",
        fix: "keep replies under \(Self.maximumReplyLength) characters")
    }
    return try perform(.saveDraft, on: id, expecting: expecting) { db, context in
      let existing = context.item.draft
      if let existing, existing.text == text {
        if context.item.status == .drafting { return Outcome(audit: .draftSave, unchanged: true) }
        return Outcome(
          audit: .draftSave,
          detail: ["revision": AuditValue(existing.revision), "unchanged": true],
          status: .drafting)
      }
      let revision = (existing?.revision ?? 0) + 1
      let draftID: Int64
      if let existing, let existingID = existing.id {
        draftID = existingID
        try db.cachedStatement(
          sql: "UPDATE draft SET text = ?, revision = ?, updated_at = ? WHERE id = ?"
        ).execute(arguments: [text, revision, context.nowMS, draftID])
      } else {
        try db.cachedStatement(
          sql: """
            INSERT INTO draft (message_id, author, text, revision, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """
        ).execute(arguments: [id, context.actor.user, text, revision, context.nowMS, context.nowMS])
        draftID = db.lastInsertedRowID
      }
      try db.cachedStatement(
        sql: """
          INSERT INTO draft_revision (draft_id, number, author, text, saved_at)
          VALUES (?, ?, ?, ?, ?)
          """
      ).execute(arguments: [draftID, revision, context.actor.user, text, context.nowMS])
      return Outcome(
        audit: .draftSave,
        detail: [
          "revision": AuditValue(revision), "text_sha256": .text(SHA256.hex(text)),
          "characters": AuditValue(text.count),
        ],
        status: .drafting)
    }
  }

  /// What submitting decided.
  public struct Submission: Sendable, Hashable {
    public var item: WorkItem
    /// What the checker found in the submitted revision; nil when no checker is available
    /// (allowed only while every draft is reviewed anyway).
    public var risks: [Finding]?
    /// False when the policy let the draft through without a review (it is `approved`).
    public var reviewRequired: Bool
  }

  /// Submits the latest revision for review. Under the default policy every draft goes to
  /// `in_review`; under a threshold policy, a draft with no risk at or above the threshold is
  /// approved by the policy itself.
  public func submit(_ id: Int64, expecting: Int64? = nil) throws -> Submission {
    var risks: [Finding]?
    var required = true
    let item = try perform(.submit, on: id, expecting: expecting) { db, context in
      guard let draft = context.item.draft else {
        throw RoundsError(
          .rule, "message \(id) has no draft to submit",
          fix: "write one with `rounds draft \(id)`")
      }
      if policy.needsChecker { _ = try requireChecker("decide whether a draft needs review") }
      let found = checker?.risks(in: draft.text, answering: context.item.message)
      risks = found
      required = policy.requiresReview(found ?? [])
      try db.cachedStatement(sql: "UPDATE draft SET submitted_revision = ? WHERE id = ?")
        .execute(arguments: [draft.revision, draft.id])
      var detail = Self.riskDetail(found)
      detail["revision"] = AuditValue(draft.revision)
      detail["review_required"] = .flag(required)
      detail["threshold"] = .text(policy.threshold.rawValue)
      if !required {
        try Self.recordFirstApproval(id, at: context.nowMS, in: db)
      }
      return Outcome(
        audit: .draftSubmit, detail: detail, status: required ? .inReview : .approved)
    }
    return Submission(item: item, risks: risks, reviewRequired: required)
  }

  static func recordFirstApproval(_ id: Int64, at milliseconds: Int64, in db: Database) throws {
    try db.cachedStatement(
      sql: "UPDATE message SET first_approved_at = COALESCE(first_approved_at, ?) WHERE id = ?"
    ).execute(arguments: [milliseconds, id])
  }

  /// The risks as the audit log keeps them: counts and rule ids, never the matched text.
  static func riskDetail(_ risks: [Finding]?) -> [String: AuditValue] {
    guard let risks else { return ["checked": false] }
    var detail: [String: AuditValue] = ["checked": true]
    for severity in Severity.allCases {
      detail["risks_\(severity.rawValue)"] = AuditValue(
        risks.filter { $0.severity == severity }.count)
    }
    let blocking = Set(risks.filter { $0.severity == .block }.map(\.rule)).sorted()
    if !blocking.isEmpty { detail["block_rules"] = .list(blocking) }
    return detail
  }
}
