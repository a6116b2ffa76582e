import Triage

/// Where a key binding applies. `generic` bindings apply on every screen unless the screen's
/// own context binds the same key.
public enum KeyContext: String, CaseIterable, Sendable, Comparable {
  case generic, list, reader, composer, review, dashboard, help

  public static func < (lhs: KeyContext, rhs: KeyContext) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }

  public var title: String {
    switch self {
    case .generic: "Everywhere"
    case .list: "Inbox list"
    case .reader: "Reader"
    case .composer: "Composer"
    case .review: "Review"
    case .dashboard: "Dashboard"
    case .help: "Help"
    }
  }
}

/// Subsystems an action may need that are not always present in this build or database.
public struct Capabilities: OptionSet, Hashable, Sendable {
  public let rawValue: Int
  public init(rawValue: Int) { self.rawValue = rawValue }

  /// Assignment, tags and the review workflow (`Triage/Workflow`) in the database.
  public static let workflow = Capabilities(rawValue: 1 << 0)
  /// Workflow actions (triage, assign, spam, compose, review, ...) run from the inbox itself:
  /// the inbox was opened with a `Workflow` for the person at the keyboard.
  public static let inboxActions = Capabilities(rawValue: 1 << 1)
}

/// One row of the action table: what an action is called, what it does, its default keys in
/// each context, and who may use it. The same table drives key handling and the help screen.
public struct ActionSpec: Sendable {
  public var id: ActionID
  /// One line for the help screen.
  public var summary: String
  /// A word or two for the status bar's hints; nil keeps it out of the hints.
  public var hint: String?
  public var keys: [KeyContext: [Key]]
  /// nil: anyone who may open the inbox, even when not on the staff list.
  public var minimumRole: Role?
  public var needs: Capabilities
  /// Asks for confirmation before it runs (on marked messages, for workflow actions).
  public var destructive: Bool
  /// The library action it performs, whose rules (role, status, four eyes) decide whether it
  /// is available on a message: `Workflow.refusal(_:on:)`.
  public var workflow: WorkflowAction?
  /// It can run on every marked message at once (`;` then its key).
  public var bulk: Bool

  public init(
    _ id: ActionID, _ summary: String, hint: String? = nil, keys: [KeyContext: [Key]],
    minimumRole: Role? = nil, needs: Capabilities = [], destructive: Bool = false,
    workflow: WorkflowAction? = nil, bulk: Bool = false
  ) {
    self.id = id
    self.summary = summary
    self.hint = hint
    self.keys = keys
    // The library's table says who may run a workflow action; the front end never differs.
    self.minimumRole = workflow.map { Triage.ActionTable.rule(for: $0).minimumRole } ?? minimumRole
    self.needs = workflow == nil ? needs : needs.union(.inboxActions)
    self.destructive = destructive
    self.workflow = workflow
    self.bulk = bulk
  }
}

/// Whether the person at the keyboard may run an action now.
public enum Availability: Hashable, Sendable {
  case available
  /// Their role is below the action's (or they are not on the staff list).
  case needsRole(Role)
  /// A subsystem the action relies on is not present yet.
  case needs(Capabilities)

  /// Why not, in a few words, for help and the status line.
  public var reason: String? {
    switch self {
    case .available: nil
    case .needsRole(let role): "needs the \(role.rawValue) role"
    case .needs(let missing):
      missing.contains(.workflow)
        ? "needs the workflow (assignment and tags)"
        : "the inbox was opened read-only: use the command line (rounds triage, draft, ...)"
    }
  }
}

/// The table of every action, in the order help lists them.
public struct ActionTable: Sendable {
  public var specs: [ActionSpec]

  public init(_ specs: [ActionSpec]) {
    self.specs = specs
  }

  public func spec(_ id: ActionID) -> ActionSpec? {
    specs.first { $0.id == id }
  }

  /// The role gate: whether `role` (nil when the person is not on the staff list), with the
  /// subsystems present, may run the action.
  public func availability(of id: ActionID, role: Role?, capabilities: Capabilities)
    -> Availability
  {
    guard let spec = spec(id) else { return .available }
    if let minimum = spec.minimumRole {
      guard let role, role >= minimum else { return .needsRole(minimum) }
    }
    let missing = spec.needs.subtracting(capabilities)
    if !missing.isEmpty { return .needs(missing) }
    return .available
  }
}
