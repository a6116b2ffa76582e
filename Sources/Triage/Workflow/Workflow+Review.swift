import Foundation
import GRDB

/// A supervisor's review: approve, request changes, reject. The draft's authors never review
/// it (four eyes, supervisors included), every decision carries a note, and approving a draft
/// that still has a `block` risk takes an override reason, which is recorded.
extension Workflow {
  /// Everything a reviewer needs to decide: the message, the draft, what changed since the
  /// last review, and the risks the checker finds now.
  public struct ReviewPacket: Sendable, Equatable {
    public var item: WorkItem
    public var draft: Draft
    /// The revision the last decision was about, when there was one.
    public var lastReviewedRevision: DraftRevision?
    /// Word changes from the last reviewed revision to the current one (from nothing at the
    /// first review).
    public var changes: [TextDiff.Change]
    /// nil when no reply checker is available.
    public var risks: [Finding]?
    /// Why the actor may not approve it now, if they may not.
    public var approvalRefusal: RoundsError?

    /// Whether approving needs an override reason.
    public var hasBlockingRisk: Bool { risks?.contains { $0.severity == .block } ?? false }
  }

  public func reviewPacket(_ id: Int64) throws -> ReviewPacket {
    let item = try item(id)
    guard let draft = item.draft else {
      throw RoundsError(
        .notFound, "message \(id) has no draft", fix: "write one with `rounds draft \(id)`")
    }
    let lastReviewed = item.lastReview.flatMap { review in
      draft.revisions.first { $0.number == review.revision }
    }
    let changes = TextDiff.changes(
      from: lastReviewed?.text ?? "", to: draft.text, by: .words)
    let risks = checker?.risks(in: draft.text, answering: item.message)
    return ReviewPacket(
      item: item, draft: draft, lastReviewedRevision: lastReviewed, changes: changes,
      risks: risks, approvalRefusal: refusal(.approve, on: item))
  }

  /// Approves the submitted draft. `overrideReason` is required when the checker still finds
  /// a `block` risk, and refused when it finds none (there is nothing to override).
  @discardableResult
  public func approve(
    _ id: Int64, note: String, overrideReason: String? = nil, expecting: Int64? = nil
  ) throws -> WorkItem {
    let note = try Self.requiredNote(note, for: .approve)
    let reason = overrideReason?.trimmingCharacters(in: .whitespacesAndNewlines)
    return try decide(.approve, id, note: note, expecting: expecting) { draft, item, risks in
      let blocking = (risks ?? []).filter { $0.severity == .block }
      if !blocking.isEmpty, reason?.isEmpty ?? true {
        let rules = Set(blocking.map(\.rule)).sorted().joined(separator: ", ")
        throw RoundsError(
          .rule,
          "revision \(draft.revision) of the reply to message \(item.id) still has \(blocking.count) block risk\(blocking.count == 1 ? "" : "s") (\(rules))",
          fix: "request changes, or approve with an override reason if it is safe to post")
      }
      if blocking.isEmpty, let reason, !reason.isEmpty {
        throw RoundsError(
          .usage, "the reply to message \(item.id) has no block risk to override",
          fix: "approve it without an override reason")
      }
      return reason
    }
  }

  @discardableResult
  public func requestChanges(_ id: Int64, note: String, expecting: Int64? = nil) throws
    -> WorkItem
  {
    let note = try Self.requiredNote(note, for: .requestChanges)
    return try decide(.requestChanges, id, note: note, expecting: expecting) { _, _, _ in nil }
  }

  @discardableResult
  public func reject(_ id: Int64, note: String, expecting: Int64? = nil) throws -> WorkItem {
    let note = try Self.requiredNote(note, for: .reject)
    return try decide(.reject, id, note: note, expecting: expecting) { _, _, _ in nil }
  }

  /// The common part of the three decisions. `validate` sees the risks (nil without a
  /// checker) and returns the override reason to record.
  private func decide(
    _ action: WorkflowAction, _ id: Int64, note: String, expecting: Int64?,
    validate: (Draft, WorkItem, [Finding]?) throws -> String?
  ) throws -> WorkItem {
    let decision: Review.Decision =
      switch action {
      case .approve: .approve
      case .requestChanges: .requestChanges
      default: .reject
      }
    return try perform(action, on: id, expecting: expecting) { db, context in
      // The rules (role, status, four eyes) have passed; only now is the checker needed.
      guard let draft = context.item.draft, let draftID = draft.id else {
        throw RoundsError(.rule, "message \(id) has no draft")
      }
      let risks =
        action == .approve
        ? try requireChecker("approve a reply").risks(
          in: draft.text, answering: context.item.message)
        : checker?.risks(in: draft.text, answering: context.item.message)
      let reason = try validate(draft, context.item, risks)
      let highest = risks?.map(\.severity).max()
      try db.cachedStatement(
        sql: """
          INSERT INTO review (draft_id, revision, reviewer, decision, note, override_reason,
            highest_risk, decided_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          """
      ).execute(arguments: [
        draftID, draft.revision, context.actor.user, decision.rawValue, note, reason,
        highest?.rawValue, context.nowMS,
      ])
      if action == .approve {
        try Self.recordFirstApproval(id, at: context.nowMS, in: db)
      }
      var detail = Self.riskDetail(risks)
      detail["decision"] = .text(decision.rawValue)
      detail["revision"] = AuditValue(draft.revision)
      detail["note"] = .text(note)
      if let reason { detail["override_reason"] = .text(reason) }
      return Outcome(audit: .review, detail: detail, status: ActionTable.rule(for: action).to)
    }
  }

  static func requiredNote(_ note: String, for action: WorkflowAction) throws -> String {
    let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else {
      throw RoundsError(
        .usage, "a review decision needs a note",
        fix: "say why in a few words, e.g. --note \"clear, no PHI\"")
    }
    return trimmed
  }
}
