import Foundation
import GRDB

/// The rules of the house, for one member of staff acting on one inbox. The CLI and the TUI
/// both go through this type, so they cannot differ: each action checks the actor's role (as
/// stored now, not when the workflow was opened), the message's status and version, applies
/// the change, bumps the version and appends to the audit log, all in one transaction.
///
/// Every action on a message takes `expecting`, the version the caller last read: when
/// someone else changed the message since, the action fails with a `.conflict` error instead
/// of overwriting their change. Pass nil to act on whatever the message is now.
public struct Workflow: Sendable {
  public let store: InboxStore
  /// The member of staff acting, as they were when the workflow was opened.
  public let actor: Staff
  /// Checks replies for risk; nil in a build without a reply checker, where submitting
  /// (under a threshold policy), approving and `auditOwnReplies` fail with a clear error.
  public let checker: (any ReplyChecking)?
  public let policy: ReviewPolicy
  let clock: @Sendable () -> Date

  /// Opens the inbox for the member of staff with this OS user name; refuses anyone who is
  /// not on the staff list, pointing to `rounds staff add`.
  public init(
    store: InboxStore, user: String, checker: (any ReplyChecking)?,
    policy: ReviewPolicy = .default, clock: @escaping @Sendable () -> Date = { Date() }
  ) throws {
    self.store = store
    self.checker = checker
    self.policy = policy
    self.clock = clock
    actor = try store.pool.read { db in try Self.staff(user, store: store, in: db) }
  }

  /// Opens the inbox as the OS user of the process's real uid.
  public static func forCurrentUser(
    store: InboxStore, checker: (any ReplyChecking)?, policy: ReviewPolicy = .default
  ) throws -> Workflow {
    try Workflow(store: store, user: OSUser.current().name, checker: checker, policy: policy)
  }

  public var user: String { actor.user }

  // MARK: - Reading

  /// A message with its workflow state.
  public func item(_ id: Int64) throws -> WorkItem {
    guard let item = try store.workItem(id: id) else { throw Self.notFound(id) }
    return item
  }

  /// Whether the actor's role allows an action at all (ignoring any message's state).
  public func may(_ action: WorkflowAction) -> Bool {
    ActionTable.rule(for: action).allows(actor.role)
  }

  /// Nil when the actor may take the action on the item now; else the error the action
  /// would fail with. For greying out keys and explaining why.
  public func refusal(_ action: WorkflowAction, on item: WorkItem) -> RoundsError? {
    WorkflowRules.refusal(action, by: actor, on: item)
  }

  /// The message actions the actor may take on the item now.
  public func availableActions(on item: WorkItem) -> [ActionRule] {
    WorkflowRules.available(to: actor, on: item)
  }

  /// The audit entries about one message, oldest first.
  public func history(_ id: Int64) throws -> [AuditEntry] {
    try AuditLog.entries(AuditLog.Filter(messageID: id), in: store)
  }

  /// Risks the reply checker finds in a reply to the message (the composer's live check).
  public func risks(in reply: String, answering message: Message?) throws -> [Finding] {
    try requireChecker("check a reply").risks(in: reply, answering: message)
  }

  // MARK: - The shape of every change

  /// What an action changed, for the version bump and the audit entry.
  struct Outcome {
    var audit: AuditAction
    var detail: [String: AuditValue] = [:]
    /// The new status, when the action sets one.
    var status: Status?
    /// Nothing changed: no version bump, no audit entry.
    var unchanged = false
  }

  struct Context {
    var actor: Staff
    var item: WorkItem
    var now: Date
    var nowMS: Int64 { Timestamps.milliseconds(now) }
  }

  /// Runs one action on one message in one write transaction (IMMEDIATE: concurrent
  /// processes queue here), with every check before the change and the audit entry after it.
  func perform(
    _ action: WorkflowAction, on id: Int64, expecting: Int64?,
    _ body: (Database, Context) throws -> Outcome
  ) throws -> WorkItem {
    try store.pool.write { db in
      let actor = try Self.staff(user, store: store, in: db)
      try WorkflowRules.checkRole(action, by: actor, messageID: id)
      guard let item = try InboxStore.workItem(id: id, in: db) else { throw Self.notFound(id) }
      if let expecting, expecting != item.version {
        throw try Self.conflict(id, expected: expecting, actual: item.version, in: db)
      }
      try WorkflowRules.check(action, by: actor, on: item)
      let context = Context(actor: actor, item: item, now: clock())
      var outcome = try body(db, context)
      if outcome.unchanged { return item }
      let status = outcome.status ?? item.status
      try db.cachedStatement(
        sql: """
          UPDATE message SET status = ?, version = version + 1, updated_at = ?
          WHERE id = ? AND version = ?
          """
      ).execute(arguments: [status.rawValue, context.nowMS, id, item.version])
      guard db.changesCount == 1 else {
        throw try Self.conflict(id, expected: item.version, actual: item.version + 1, in: db)
      }
      if status != item.status {
        outcome.detail["from"] = .text(item.status.rawValue)
        outcome.detail["to"] = .text(status.rawValue)
      }
      outcome.detail["version"] = .number(item.version + 1)
      try AuditLog.append(
        outcome.audit, actor: actor.user, messageID: id, detail: outcome.detail,
        at: context.now, in: db)
      guard let updated = try InboxStore.workItem(id: id, in: db) else { throw Self.notFound(id) }
      return updated
    }
  }

  /// Throws unless the actor's role, as stored now, allows an inbox-wide action (import,
  /// export, audit, staff).
  public func authorize(_ action: WorkflowAction) throws {
    _ = try store.pool.read { db in try authorize(action, in: db) }
  }

  /// Checks the actor may take an inbox-wide action (export, audit, staff), as stored now.
  func authorize(_ action: WorkflowAction, in db: Database) throws -> Staff {
    let actor = try Self.staff(user, store: store, in: db)
    try WorkflowRules.checkRole(action, by: actor)
    return actor
  }

  func requireChecker(_ purpose: String) throws -> any ReplyChecking {
    guard let checker else {
      throw RoundsError(
        .failure, "this build of Rounds has no reply checker, which is needed to \(purpose)",
        fix: "use a build with the reply checker wired in")
    }
    return checker
  }

  // MARK: - Errors

  static func staff(_ user: String, store: InboxStore, in db: Database) throws -> Staff {
    guard let staff = try InboxStore.staffMember(user, in: db) else {
      throw RoundsError(
        .permission, "\(user) is not on the staff of the inbox at \(store.path)",
        fix:
          "ask a supervisor to run `rounds staff add \(user) --role clinician` (or assistant, supervisor)"
      )
    }
    return staff
  }

  static func notFound(_ id: Int64) -> RoundsError {
    RoundsError(.notFound, "there is no message \(id)", fix: "see `rounds list`")
  }

  static func conflict(_ id: Int64, expected: Int64, actual: Int64, in db: Database) throws
    -> RoundsError
  {
    let last = try AuditLog.lastEntry(forMessage: id, in: db)
    let by = last.map { " (last by \($0.actor): \($0.action.rawValue))" } ?? ""
    return RoundsError(
      .conflict,
      "message \(id) changed since you read it: you had version \(expected), it is now version \(actual)\(by)",
      fix: "look at it again (`rounds show \(id)`) and redo your change if it still applies")
  }
}
