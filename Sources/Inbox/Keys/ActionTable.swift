import Triage

/// Where a key binding applies. `generic` bindings apply on every screen unless the screen's
/// own context binds the same key.
public enum KeyContext: String, CaseIterable, Sendable, Comparable {
  case generic, list, reader, dashboard, help

  public static func < (lhs: KeyContext, rhs: KeyContext) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }

  public var title: String {
    switch self {
    case .generic: "Everywhere"
    case .list: "Inbox list"
    case .reader: "Reader"
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
  /// Workflow actions (triage, assign, spam, ...) run from the inbox itself, one message or
  /// all the marked ones.
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
  /// Asks for confirmation before it runs.
  public var destructive: Bool

  public init(
    _ id: ActionID, _ summary: String, hint: String? = nil, keys: [KeyContext: [Key]],
    minimumRole: Role? = nil, needs: Capabilities = [], destructive: Bool = false
  ) {
    self.id = id
    self.summary = summary
    self.hint = hint
    self.keys = keys
    self.minimumRole = minimumRole
    self.needs = needs
    self.destructive = destructive
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
        : "not in the inbox yet: use the command line (rounds assign, tag, spam, ...)"
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

extension ActionTable {
  /// The inbox's actions and their default keys (vim keys plus arrows and the usual keys).
  public static let standard = ActionTable(
    [
      ActionSpec(
        .help, "Show the keys (this screen); again to close it", hint: "help",
        keys: [.generic: [.char("?"), .function(1)]]),
      ActionSpec(
        .quit, "Quit Rounds", hint: "quit",
        keys: [.list: [.char("q")], .generic: [.char("Q"), .ctrl("c")]]),
      ActionSpec(
        .close, "Close this screen and go back", hint: "back",
        keys: [
          .reader: [.char("q"), .escape, .left, .char("h")],
          .dashboard: [.char("q"), .escape], .help: [.char("q"), .escape],
        ]),
      ActionSpec(.showInbox, "Show the inbox list", keys: [.generic: [.char("i")]]),
      ActionSpec(
        .showDashboard, "Show the dashboard: counts, messages per day", hint: "dashboard",
        keys: [.list: [.char("d")], .reader: [.char("d")], .help: [.char("d")]]),
      ActionSpec(
        .refresh, "Reload from the database (other staff's changes)",
        keys: [.generic: [.ctrl("l"), .char("R")]]),

      ActionSpec(
        .moveDown, "Next message, or scroll down a line",
        keys: [
          .list: [.char("j"), .down, .ctrl("n")], .reader: [.char("j"), .down],
          .dashboard: [.char("j"), .down], .help: [.char("j"), .down],
        ]),
      ActionSpec(
        .moveUp, "Previous message, or scroll up a line",
        keys: [
          .list: [.char("k"), .up, .ctrl("p")], .reader: [.char("k"), .up],
          .dashboard: [.char("k"), .up], .help: [.char("k"), .up],
        ]),
      ActionSpec(
        .pageDown, "Down a screen",
        keys: [
          .list: [.pageDown, .ctrl("f")], .reader: [.pageDown, .char(" "), .ctrl("f")],
          .dashboard: [.pageDown], .help: [.pageDown, .char(" ")],
        ]),
      ActionSpec(
        .pageUp, "Up a screen",
        keys: [
          .list: [.pageUp, .ctrl("b")], .reader: [.pageUp, .char("b"), .ctrl("b")],
          .dashboard: [.pageUp], .help: [.pageUp],
        ]),
      ActionSpec(
        .first, "To the top",
        keys: [
          .list: [.char("g"), .home], .reader: [.char("g"), .home], .help: [.char("g"), .home],
        ]),
      ActionSpec(
        .last, "To the bottom",
        keys: [
          .list: [.char("G"), .end], .reader: [.char("G"), .end], .help: [.char("G"), .end],
        ]
      ),

      ActionSpec(
        .open, "Read the selected message", hint: "open",
        keys: [.list: [.enter, .right, .char("l")]]),
      ActionSpec(
        .nextMessage, "Read the next message in the list", keys: [.reader: [.char("J")]]),
      ActionSpec(
        .previousMessage, "Read the previous message in the list", keys: [.reader: [.char("K")]]),
      ActionSpec(
        .search, "Search text and authors; jumps to the next match", hint: "search",
        keys: [.list: [.char("/")]]),
      ActionSpec(
        .searchNext, "Next match of the search", keys: [.list: [.char("n")]]
      ),
      ActionSpec(
        .searchPrevious, "Previous match of the search",
        keys: [.list: [.char("N")]]),
      ActionSpec(
        .limitToSearch, "Show only the search's matches (again to show all)",
        keys: [.list: [.char("L")]]),
      ActionSpec(
        .toggleSort, "Sort by urgency or by age", hint: "sort", keys: [.list: [.char("o")]]),
      ActionSpec(
        .filterStatus, "Filter by status", hint: "status", keys: [.list: [.char("s")]]),
      ActionSpec(.filterPlatform, "Filter by platform", keys: [.list: [.char("p")]]),
      ActionSpec(.filterCategory, "Filter by triage category", keys: [.list: [.char("c")]]),
      ActionSpec(
        .filterUrgent, "Only urgent messages (urgency 2 or more); again to undo", hint: "urgent",
        keys: [.list: [.char("u")]]),
      ActionSpec(
        .filterNeedsReview, "Only replies waiting for review; again to undo",
        keys: [.list: [.char("r")]]),
      ActionSpec(
        .filterMine, "Only messages assigned to me", keys: [.list: [.char("m")]],
        minimumRole: .assistant, needs: .workflow),
      ActionSpec(
        .filterUnassigned, "Only unassigned messages", keys: [.list: [.char("U")]],
        minimumRole: .assistant, needs: .workflow),
      ActionSpec(
        .filterTag, "Only messages with a tag", keys: [.list: [.char("#")]], needs: .workflow),
      ActionSpec(
        .clearFilters, "Back to the view's own filters", keys: [.list: [.char("x")]]),
      ActionSpec(
        .nextView, "Next view in the sidebar", keys: [.list: [.tab, .char("]")]]),
      ActionSpec(
        .previousView, "Previous view in the sidebar", keys: [.list: [.backTab, .char("[")]]),
      ActionSpec(
        .saveView, "Save the filters as a view of your own", keys: [.list: [.char("S")]]),
      ActionSpec(
        .deleteView, "Delete the current saved view", keys: [.list: [.char("X")]],
        destructive: true),
      ActionSpec(
        .mark, "Mark or unmark the message for a bulk action", hint: "mark",
        keys: [.list: [.char("t")], .reader: [.char("t")]]),
      ActionSpec(
        .clearMarks, "Unmark every message", keys: [.list: [.char("T")]], destructive: true),
      ActionSpec(
        .applyToMarked, "Apply the next action to every marked message",
        keys: [.list: [.char(";")]], minimumRole: .assistant, needs: [.workflow, .inboxActions]),
    ]
      + (1...9).map { number in
        ActionSpec(
          .view(number), "Show view \(number) of the sidebar",
          keys: [.list: [.char(Character(String(number)))]])
      })
}
