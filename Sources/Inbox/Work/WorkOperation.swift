import Triage

/// A message and the version the person saw; the workflow refuses the action (a conflict)
/// when the message changed since, so nobody's change is overwritten.
public struct WorkTarget: Hashable, Sendable {
  public var id: Int64
  /// nil: the version read just before acting (marked messages not on screen).
  public var expecting: Int64?

  public init(id: Int64, expecting: Int64?) {
    self.id = id
    self.expecting = expecting
  }

  public init(_ message: Message) {
    self.init(id: message.id ?? 0, expecting: message.version)
  }
}

/// A triage action the inbox runs through `Workflow`: the same calls as the command line.
public enum WorkOperation: Hashable, Sendable {
  case triage(Triage.Category, urgency: Int)
  case priority(Int)
  case assign(String?)
  case tag([String])
  case untag([String])
  case spam
  case noReply
  case close
  case reopen
  case markPosted(url: String?)

  /// The library's action, whose rules decide whether it is allowed.
  public var workflowAction: WorkflowAction {
    switch self {
    case .triage: .triage
    case .priority: .setPriority
    case .assign: .assign
    case .tag: .tag
    case .untag: .untag
    case .spam: .markSpam
    case .noReply: .markNoReplyNeeded
    case .close: .close
    case .reopen: .reopen
    case .markPosted: .markPosted
    }
  }

  /// What it did, for the status bar: "triaged as admin, urgency 1".
  public var pastTense: String {
    switch self {
    case .triage(let category, let urgency):
      "triaged as \(ListColumns.categoryLabel(category)), urgency \(urgency)"
    case .priority(let urgency): "set to priority \(urgency)"
    case .assign(let user): user.map { "assigned to \($0)" } ?? "unassigned"
    case .tag(let tags): "tagged " + tags.joined(separator: ", ")
    case .untag(let tags): "untagged " + tags.joined(separator: ", ")
    case .spam: "marked as spam"
    case .noReply: "marked as needing no reply"
    case .close: "closed"
    case .reopen: "reopened"
    case .markPosted: "marked as posted"
    }
  }

  /// The operation that puts the message back as it was before this one changed it, or why
  /// there is none. Status changes the workflow cannot reverse exactly are reversed as far
  /// as it allows: spam, no-reply and close come back through `reopen` (as `new`).
  public func inverse(before: WorkItem, after: WorkItem) -> Result<WorkOperation, UndoRefusal> {
    switch self {
    case .triage:
      guard let category = before.message.category else {
        return .failure(UndoRefusal("it had no category before"))
      }
      return .success(.triage(category, urgency: before.message.urgency))
    case .priority:
      return .success(.priority(before.message.urgency))
    case .assign:
      return .success(.assign(before.message.assignee))
    case .tag:
      let added = after.tags.filter { !before.tags.contains($0) }
      return added.isEmpty ? .failure(UndoRefusal("no tag was added")) : .success(.untag(added))
    case .untag:
      let removed = before.tags.filter { !after.tags.contains($0) }
      return removed.isEmpty ? .failure(UndoRefusal("no tag was removed")) : .success(.tag(removed))
    case .spam, .noReply, .close:
      return .success(.reopen)
    case .reopen:
      switch before.status {
      case .spam: return .success(.spam)
      case .noReplyNeeded: return .success(.noReply)
      default:
        return .failure(
          UndoRefusal("a reopened conversation cannot be closed again until it is answered"))
      }
    case .markPosted:
      return .failure(UndoRefusal("the reply was posted outside Rounds"))
    }
  }
}

/// Why an action has no inverse.
public struct UndoRefusal: Error, Hashable, Sendable {
  public var reason: String
  public init(_ reason: String) { self.reason = reason }
}

/// One operation on one message.
public struct WorkStep: Hashable, Sendable {
  public var target: WorkTarget
  public var operation: WorkOperation

  public init(_ target: WorkTarget, _ operation: WorkOperation) {
    self.target = target
    self.operation = operation
  }
}

/// What the person asked for: one operation on one message, the same on every marked
/// message, or the inverse steps of an undo.
public struct WorkRequest: Hashable, Sendable {
  public var steps: [WorkStep]
  /// Undoing: no undo record is kept for it.
  public var isUndo: Bool

  public init(steps: [WorkStep], isUndo: Bool = false) {
    self.steps = steps
    self.isUndo = isUndo
  }

  public init(_ operation: WorkOperation, on targets: [WorkTarget]) {
    self.init(steps: targets.map { WorkStep($0, operation) })
  }
}

/// How to take back the last triage action: the inverse steps, each expecting the version the
/// action left, so a change someone made in between is never overwritten.
public struct UndoRecord: Hashable, Sendable {
  /// "marked 3 messages as spam".
  public var summary: String
  public var steps: [WorkStep]
  /// Messages whose change cannot be undone, and why.
  public var refusals: [Int64: String]

  public init(summary: String, steps: [WorkStep], refusals: [Int64: String] = [:]) {
    self.summary = summary
    self.steps = steps
    self.refusals = refusals
  }
}

/// What running a request did.
public struct WorkReport: Hashable, Sendable {
  public struct Failure: Hashable, Sendable {
    public var id: Int64
    public var kind: RoundsError.Kind
    /// The library's message: what failed, and what to do.
    public var message: String

    public init(id: Int64, _ problem: Problem) {
      self.id = id
      kind = problem.kind
      message = problem.message
    }
  }

  public var request: WorkRequest
  /// Every message acted on, as it is now.
  public var items: [WorkItem]
  /// Messages the action did not change (already so).
  public var unchanged: [Int64]
  public var failures: [Failure]
  /// nil for an undo, or when nothing changed.
  public var undo: UndoRecord?

  public init(
    request: WorkRequest, items: [WorkItem] = [], unchanged: [Int64] = [],
    failures: [Failure] = [], undo: UndoRecord? = nil
  ) {
    self.request = request
    self.items = items
    self.unchanged = unchanged
    self.failures = failures
    self.undo = undo
  }

  public var hasConflict: Bool { failures.contains { $0.kind == .conflict } }
}
