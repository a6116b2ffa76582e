/// The name of something a person can do in the inbox, as written in keys.conf and shown in
/// help, e.g. `move-down`. The action table lists them all.
public struct ActionID: RawRepresentable, Hashable, Sendable, Comparable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }
  public var description: String { rawValue }
  public static func < (lhs: ActionID, rhs: ActionID) -> Bool { lhs.rawValue < rhs.rawValue }

  // Everywhere
  public static let quit: ActionID = "quit"
  public static let help: ActionID = "help"
  public static let showInbox: ActionID = "show-inbox"
  public static let showDashboard: ActionID = "show-dashboard"
  public static let refresh: ActionID = "refresh"
  public static let close: ActionID = "close"

  // Moving
  public static let moveDown: ActionID = "move-down"
  public static let moveUp: ActionID = "move-up"
  public static let pageDown: ActionID = "page-down"
  public static let pageUp: ActionID = "page-up"
  public static let first: ActionID = "first"
  public static let last: ActionID = "last"

  // The list
  public static let open: ActionID = "open"
  public static let search: ActionID = "search"
  public static let searchNext: ActionID = "search-next"
  public static let searchPrevious: ActionID = "search-previous"
  public static let limitToSearch: ActionID = "limit-to-search"
  public static let toggleSort: ActionID = "toggle-sort"
  public static let filterStatus: ActionID = "filter-status"
  public static let filterPlatform: ActionID = "filter-platform"
  public static let filterCategory: ActionID = "filter-category"
  public static let filterUrgent: ActionID = "filter-urgent"
  public static let filterNeedsReview: ActionID = "filter-needs-review"
  public static let filterMine: ActionID = "filter-mine"
  public static let filterUnassigned: ActionID = "filter-unassigned"
  public static let filterTag: ActionID = "filter-tag"
  public static let clearFilters: ActionID = "clear-filters"
  public static let nextView: ActionID = "next-view"
  public static let previousView: ActionID = "previous-view"
  public static let saveView: ActionID = "save-view"
  public static let deleteView: ActionID = "delete-view"
  public static let mark: ActionID = "mark"
  public static let clearMarks: ActionID = "clear-marks"
  public static let applyToMarked: ActionID = "apply-to-marked"

  // The reader
  public static let nextMessage: ActionID = "next-message"
  public static let previousMessage: ActionID = "previous-message"

  // Workflow actions on the selected (or open, or marked) message
  public static let triage: ActionID = "triage"
  public static let setPriority: ActionID = "set-priority"
  public static let assign: ActionID = "assign"
  public static let tag: ActionID = "tag"
  public static let untag: ActionID = "untag"
  public static let markSpam: ActionID = "mark-spam"
  public static let noReply: ActionID = "no-reply"
  public static let closeConversation: ActionID = "close-conversation"
  public static let reopen: ActionID = "reopen"
  public static let markPosted: ActionID = "mark-posted"
  public static let undo: ActionID = "undo"
  public static let reply: ActionID = "reply"
  public static let replyInEditor: ActionID = "reply-in-editor"
  public static let reviewQueue: ActionID = "review-queue"

  // The review screen
  public static let approve: ActionID = "approve"
  public static let requestChanges: ActionID = "request-changes"
  public static let reject: ActionID = "reject"

  // The composer
  public static let saveDraft: ActionID = "save-draft"
  public static let submit: ActionID = "submit"
  public static let insertTemplate: ActionID = "insert-template"
  public static let openEditor: ActionID = "open-editor"
  public static let undoEdit: ActionID = "undo-edit"
  public static let redoEdit: ActionID = "redo-edit"
  public static let cursorLeft: ActionID = "cursor-left"
  public static let cursorRight: ActionID = "cursor-right"
  public static let wordLeft: ActionID = "word-left"
  public static let wordRight: ActionID = "word-right"
  public static let lineStart: ActionID = "line-start"
  public static let lineEnd: ActionID = "line-end"
  public static let deleteBack: ActionID = "delete-back"
  public static let deleteForward: ActionID = "delete-forward"
  public static let deleteWordBack: ActionID = "delete-word-back"
  public static let deleteWordForward: ActionID = "delete-word-forward"
  public static let cutToLineEnd: ActionID = "cut-to-line-end"
  public static let cutToLineStart: ActionID = "cut-to-line-start"
  public static let pasteCut: ActionID = "paste-cut"
  public static let newline: ActionID = "newline"

  /// `view-1` ... `view-9`: jump to the view with that number in the sidebar.
  public static func view(_ number: Int) -> ActionID { ActionID(rawValue: "view-\(number)") }

  /// The view number of a `view-N` action.
  public var viewNumber: Int? {
    guard rawValue.hasPrefix("view-"), let number = Int(rawValue.dropFirst(5)),
      (1...9).contains(number)
    else { return nil }
    return number
  }
}
