import Foundation

/// Everything a member of staff can do in Rounds. `ActionTable` says who may do each and,
/// for actions on a message, from which statuses and to which.
public enum WorkflowAction: String, Sendable, Hashable, CaseIterable, Codable {
  // On one message.
  case triage
  case assign
  case tag
  case untag
  case setPriority = "set_priority"
  case saveDraft = "save_draft"
  case submit
  case approve
  case requestChanges = "request_changes"
  case reject
  case markSpam = "mark_spam"
  case markNoReplyNeeded = "mark_no_reply_needed"
  case close
  case reopen
  case markPosted = "mark_posted"
  // On the inbox as a whole.
  case read
  case importFiles = "import"
  case exportReplies = "export"
  case auditReplies = "audit_replies"
  case viewAudit = "view_audit"
  case verifyAudit = "verify_audit"
  case manageStaff = "manage_staff"
  case managePolicy = "manage_policy"
}

/// One row of the action table: the single source of who may do what, read by the library's
/// checks, the CLI's errors, the TUI (to grey out keys and for its help screen) and the docs.
public struct ActionRule: Sendable, Hashable {
  public let action: WorkflowAction
  /// How the CLI spells it, e.g. `review approve`.
  public let command: String
  /// One line for help screens.
  public let summary: String
  /// What it does, for error messages: "approve the reply to {m}", where `{m}` stands for
  /// "message 12".
  public let verb: String
  /// The roles that may do it.
  public let roles: Set<Role>
  /// Statuses of the message it applies from; nil when it is not about one message.
  public let from: Set<Status>?
  /// The status it moves the message to; nil when the status stays. `submit` may go straight
  /// to `approved` when the review policy does not require a review (see `ReviewPolicy`).
  public let to: Status?
  /// Whether it applies to the practice's own imported posts too (only tags do).
  public let appliesToOwnPosts: Bool

  /// The lowest role allowed (roles are nested).
  public var minimumRole: Role { roles.min() ?? .supervisor }

  public func allows(_ role: Role) -> Bool { roles.contains(role) }

  public func applies(from status: Status) -> Bool { from?.contains(status) ?? true }

  /// The verb phrase about one message (or the inbox).
  public func phrase(messageID: Int64? = nil) -> String {
    verb.replacingOccurrences(of: "{m}", with: messageID.map { "message \($0)" } ?? "a message")
  }
}

public enum ActionTable {
  private static let everyone: Set<Role> = [.assistant, .clinician, .supervisor]
  private static let clinicians: Set<Role> = [.clinician, .supervisor]
  private static let supervisors: Set<Role> = [.supervisor]
  private static let open: Set<Status> = Set(Status.allCases.filter { !$0.isFinished })
  /// Where a message can be set aside as spam or needing no reply: anywhere before posting
  /// (setting it aside never publishes anything).
  private static let shelvable: Set<Status> = [
    .new, .triaged, .drafting, .inReview, .changesRequested, .approved, .rejected,
  ]

  /// In the order help screens list them.
  public static let rules: [ActionRule] = [
    rule(
      .triage, "triage", "Set the category and urgency (the classifier never overrides it)",
      "triage {m}", clinicians, from: [.new, .triaged], to: .triaged),
    rule(
      .setPriority, "priority", "Override the priority (urgency 0-3)",
      "change the priority of {m}", clinicians, from: open),
    rule(
      .assign, "assign", "Assign to a clinician or supervisor, or unassign", "assign {m}",
      everyone, from: open),
    rule(
      .tag, "tag", "Add free-form tags", "tag {m}", everyone, from: Set(Status.allCases),
      own: true),
    rule(
      .untag, "tag --remove", "Remove tags", "untag {m}", everyone, from: Set(Status.allCases),
      own: true),
    rule(
      .saveDraft, "draft", "Write or revise the reply (each save is a revision)",
      "save a draft reply to {m}", clinicians,
      from: [.triaged, .drafting, .changesRequested, .rejected, .inReview, .approved],
      to: .drafting),
    rule(
      .submit, "submit", "Submit the draft for review", "submit the reply to {m}", clinicians,
      from: [.drafting], to: .inReview),
    rule(
      .approve, "review approve", "Approve a submitted draft (never your own)",
      "approve the reply to {m}", supervisors, from: [.inReview], to: .approved),
    rule(
      .requestChanges, "review request-changes", "Send a draft back to its author with a note",
      "request changes to the reply to {m}", supervisors, from: [.inReview],
      to: .changesRequested),
    rule(
      .reject, "review reject", "Reject a draft: no reply in this form",
      "reject the reply to {m}", supervisors, from: [.inReview], to: .rejected),
    rule(
      .markPosted, "mark-posted", "Record that the approved reply was posted",
      "mark the reply to {m} as posted", everyone, from: [.approved], to: .posted),
    rule(
      .markSpam, "spam", "Mark as spam", "mark {m} as spam", everyone, from: shelvable,
      to: .spam),
    rule(
      .markNoReplyNeeded, "no-reply", "Mark as needing no reply",
      "mark {m} as needing no reply", everyone, from: shelvable, to: .noReplyNeeded),
    rule(
      .close, "close", "Close the conversation", "close {m}", clinicians,
      from: [.posted, .rejected], to: .closed),
    rule(
      .reopen, "reopen", "Put a closed, spam or no-reply message back in the inbox as new",
      "reopen {m}", everyone, from: [.closed, .spam, .noReplyNeeded], to: .new),
    rule(.read, "list, show, stats", "Read the inbox", "read the inbox", everyone),
    rule(.importFiles, "import", "Import platform export files", "import files", everyone),
    rule(
      .exportReplies, "export", "Export approved replies for posting", "export replies",
      everyone),
    rule(
      .auditReplies, "audit-replies", "Check the practice's past replies for risks",
      "check the practice's past replies", clinicians),
    rule(.viewAudit, "audit", "Read the audit log", "read the audit log", everyone),
    rule(
      .verifyAudit, "audit verify", "Verify the audit log's hash chain", "verify the audit log",
      everyone),
    rule(
      .manageStaff, "staff add, staff remove", "Add, change or remove staff", "manage staff",
      supervisors),
    rule(
      .managePolicy, "policy", "Change the practice's policy", "change the policy", supervisors),
  ]

  private static let byAction: [WorkflowAction: ActionRule] = Dictionary(
    uniqueKeysWithValues: rules.map { ($0.action, $0) })

  public static func rule(for action: WorkflowAction) -> ActionRule {
    byAction[action]!
  }

  /// The message actions a role may take from a status, in table order (for "what next").
  public static func actions(from status: Status, for role: Role? = nil) -> [ActionRule] {
    rules.filter { rule in
      guard let from = rule.from, from.contains(status) else { return false }
      return role.map(rule.allows) ?? true
    }
  }

  private static func rule(
    _ action: WorkflowAction, _ command: String, _ summary: String, _ verb: String,
    _ roles: Set<Role>, from: Set<Status>? = nil, to: Status? = nil, own: Bool = false
  ) -> ActionRule {
    ActionRule(
      action: action, command: command, summary: summary, verb: verb, roles: roles, from: from,
      to: to, appliesToOwnPosts: own)
  }
}
