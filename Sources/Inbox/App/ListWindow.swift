import Triage

/// The part of a (possibly huge) list that is in memory: a contiguous stretch of rows in the
/// view's order, loaded a keyset page at a time and trimmed to `capacity`, so a list of a
/// million messages costs what a list of a thousand does.
public struct ListWindow: Sendable, Hashable {
  public static let capacity = 600
  public static let pageSize = 150

  public private(set) var rows: [Message] = []
  /// Index in `rows` of the selected message.
  public var selected = 0
  /// Index in `rows` of the first row on screen.
  public var top = 0
  /// No row comes before `rows[0]` / after `rows.last`.
  public private(set) var atStart = false
  public private(set) var atEnd = false
  /// Position of `rows[0]` in the whole list, when known (counted from an end).
  public private(set) var startIndex: Int?
  /// A page in flight, so the same page is not asked for twice.
  public var loadingForward = false
  public var loadingBackward = false
  /// Rows still to move once the next page arrives (a move past the loaded rows).
  public var pendingMove = 0
  /// Nothing loaded yet for this list.
  public var isLoading = true

  public init() {}

  public var selectedMessage: Message? { rows.indices.contains(selected) ? rows[selected] : nil }
  public var firstCursor: MessageCursor? { rows.first.map(MessageCursor.init) }
  public var lastCursor: MessageCursor? { rows.last.map(MessageCursor.init) }
  public var isEmpty: Bool { rows.isEmpty }

  /// Replaces the rows; `fromEnd` places the window at the end of the list.
  public mutating func replace(
    with messages: [Message], atStart: Bool, atEnd: Bool, selected: Int, startIndex: Int?
  ) {
    rows = messages
    self.atStart = atStart
    self.atEnd = atEnd
    self.selected = messages.isEmpty ? 0 : min(max(0, selected), messages.count - 1)
    self.startIndex = atStart ? 0 : startIndex
    top = min(top, max(0, rows.count - 1))
    loadingForward = false
    loadingBackward = false
    pendingMove = 0
    isLoading = false
  }

  /// Adds the rows that follow, dropping rows from the front beyond `capacity`.
  public mutating func append(_ messages: [Message], atEnd: Bool) {
    rows += messages
    self.atEnd = atEnd
    loadingForward = false
    let excess = rows.count - Self.capacity
    if excess > 0 {
      let drop = min(excess, selected, top)
      if drop > 0 {
        rows.removeFirst(drop)
        selected -= drop
        top -= drop
        atStart = false
        startIndex = startIndex.map { $0 + drop }
      }
    }
  }

  /// Adds the rows that come before, dropping rows from the back beyond `capacity`.
  public mutating func prepend(_ messages: [Message], atStart: Bool) {
    rows.insert(contentsOf: messages, at: 0)
    selected += messages.count
    top += messages.count
    self.atStart = atStart
    startIndex = atStart ? 0 : startIndex.map { $0 - messages.count }
    loadingBackward = false
    let excess = rows.count - Self.capacity
    if excess > 0 {
      let keep = max(Self.capacity, selected + 1)
      if rows.count > keep {
        rows.removeLast(rows.count - keep)
        atEnd = false
      }
    }
  }

  /// Learns where the window sits once the list's total is known and the window touches
  /// the end.
  public mutating func learnPosition(total: Int) {
    if startIndex == nil, atEnd { startIndex = max(0, total - rows.count) }
  }

  /// Replaces one row in place (after it changed in the database).
  public mutating func update(_ message: Message) {
    guard let index = rows.firstIndex(where: { $0.id == message.id }) else { return }
    rows[index] = message
  }

  /// Keeps the selection on screen for a list `height` rows tall.
  public mutating func scrollToSelection(height: Int) {
    guard height > 0 else { return }
    if selected < top { top = selected }
    if selected >= top + height { top = selected - height + 1 }
    top = max(0, min(top, max(0, rows.count - height)))
    if selected < top { top = selected }
  }
}
