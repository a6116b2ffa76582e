import Foundation
import Triage

/// Who is at the keyboard and what this build and database can do.
public struct Session: Hashable, Sendable {
  /// OS user name.
  public var user: String
  /// nil when the user is not on the staff list: they may read, not act.
  public var role: Role?
  public var capabilities: Capabilities
  /// Shown in the title bar (the database's file name).
  public var inboxName: String
  /// The keys.conf in force, shown on the help screen; nil when there is none.
  public var keysFile: String?

  public init(
    user: String, role: Role?, capabilities: Capabilities = [], inboxName: String,
    keysFile: String? = nil
  ) {
    self.user = user
    self.role = role
    self.capabilities = capabilities
    self.inboxName = inboxName
    self.keysFile = keysFile
  }
}

public enum Screen: Hashable, Sendable {
  case list, reader, composer, review, dashboard, help

  public var keyContext: KeyContext {
    switch self {
    case .list: .list
    case .reader: .reader
    case .composer: .composer
    case .review: .review
    case .dashboard: .dashboard
    case .help: .help
    }
  }
}

/// The reader's message and scroll position.
public struct ReaderState: Hashable, Sendable {
  public var messageID: Int64
  /// nil while loading.
  public var data: ReaderData?
  public var scroll = 0

  /// The message with its workflow state, as the workflow's checks need it.
  public var item: WorkItem? { data.map { $0.item ?? WorkItem(message: $0.message) } }

  public init(messageID: Int64) {
    self.messageID = messageID
  }
}

/// A line for the status bar until the next key.
public struct Notice: Hashable, Sendable {
  public var text: String
  public var isError: Bool

  public init(_ text: String, isError: Bool = false) {
    self.text = text
    self.isError = isError
  }
}

/// The whole state of the inbox front end. `Update` changes it; `Render` draws it.
public struct InboxState: Sendable {
  public var size: Size
  public var now: Date
  public var session: Session
  public var keyMap: KeyMap

  /// The screens open, the one shown last; the list is always at the bottom.
  public var screens: [Screen] = [.list]
  public var views: [InboxView] = InboxView.builtIn
  public var viewIndex = 0
  /// The current filters: the view's own, changed by quick filters.
  public var filter: ViewFilter
  /// Totals per filter, filled in the background.
  public var counts: [ViewFilter: Int] = [:]
  public var platforms: [Platform] = []
  public var list = ListWindow()
  /// Bumped whenever the list changes meaning, so late pages for an old list are dropped.
  public var generation = 0
  /// The text of the last `/` search (`n`/`N` repeat it).
  public var search: String?
  /// Marked message ids, for bulk actions (tags are labels; marks are a selection).
  public var marked: Set<Int64> = []
  public var reader: ReaderState?
  public var dashboard: DashboardData?
  public var dashboardScroll = 0
  public var helpScroll = 0
  public var overlay: Overlay?
  public var notice: Notice?
  public var isQuitting = false
  /// The staff list (for assigning), loaded at start.
  public var staff: [Staff] = []
  public var composer: ComposerState?
  public var review: ReviewState?
  /// How to take back the last triage action.
  public var undo: UndoRecord?
  /// `;` was pressed: the next action applies to every marked message.
  public var bulkPending = false
  /// The messages an open picker or prompt will act on.
  public var pendingTargets: [WorkTarget] = []

  public init(size: Size, now: Date, session: Session, keyMap: KeyMap = KeyMap()) {
    self.size = size
    self.now = now
    self.session = session
    self.keyMap = keyMap
    filter = InboxView.builtIn[0].filter
  }

  public var screen: Screen { screens.last ?? .list }
  public var currentView: InboxView { views[min(viewIndex, views.count - 1)] }
  /// Quick filters changed the view's own filters.
  public var isFiltered: Bool { filter != currentView.filter }
  public var layout: Layout { Layout(size: size) }

  /// The person at the keyboard as the workflow's rules see them; nil off the staff list.
  public var actor: Staff? {
    session.role.map {
      Staff(
        user: session.user, displayName: session.user, role: $0, addedAt: .distantPast,
        addedBy: nil)
    }
  }
}
