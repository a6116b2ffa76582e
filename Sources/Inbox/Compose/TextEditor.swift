/// The composer's text and cursor, edited grapheme by grapheme: a cursor never stands inside
/// a grapheme (an emoji sequence, a letter with its accents), and typing a combining mark
/// joins the character before it. Pure: every edit is a value change, undoable.
public struct TextEditor: Sendable, Hashable {
  /// The text as graphemes.
  public private(set) var characters: [Character]
  /// Index in `characters` the cursor stands before (`count` at the end).
  public private(set) var cursor: Int
  /// Bumped by every change of the text: checks and autosaves say which text they are about.
  public private(set) var revision = 0
  /// The display column up and down moves aim for, kept across rows of different lengths.
  var goalColumn: Int?
  /// What was cut last (C-k, C-u, C-w), for paste.
  public private(set) var clipboard = ""

  struct Snapshot: Sendable, Hashable {
    var text: String
    var cursor: Int
  }

  /// The kind of the last edit, so a run of typing (or deleting) undoes as one step.
  public enum EditKind: Hashable, Sendable {
    case typing, deleting, other
  }

  private var undoStack: [Snapshot] = []
  private var redoStack: [Snapshot] = []
  private var lastEdit: EditKind?
  static let undoDepth = 200

  /// Starts with `text`, cleaned as typing would be (see `clean`).
  public init(_ text: String = "", cursor: Int? = nil) {
    characters = Array(Self.clean(text))
    self.cursor = min(max(0, cursor ?? characters.count), characters.count)
  }

  public var text: String { String(characters) }
  public var isEmpty: Bool { characters.isEmpty }
  public var canUndo: Bool { !undoStack.isEmpty }
  public var canRedo: Bool { !redoStack.isEmpty }

  // MARK: - Editing

  /// Types or pastes text at the cursor. Line breaks of any kind become "\n"; other control
  /// characters are dropped (they would never be posted as the person sees them).
  public mutating func insert(_ text: String, kind: EditKind? = nil) {
    let clean = Self.clean(text)
    guard !clean.isEmpty else { return }
    let kind = kind ?? (clean.count == 1 && clean != "\n" ? .typing : .other)
    record(kind)
    // Re-segment around the insertion so combining marks join the character before them.
    let start = max(0, cursor - 1)
    let end = min(characters.count, cursor + 1)
    let before = cursor > 0 ? String(characters[cursor - 1]) : ""
    let head = Array(before + clean)
    let merged = Array(
      String(characters[start..<cursor]) + clean + String(characters[cursor..<end]))
    characters.replaceSubrange(start..<end, with: merged)
    cursor = min(start + head.count, start + merged.count)
    changed()
  }

  /// Replaces the whole text (a template into an empty reply, the external editor's result).
  public mutating func replaceAll(with text: String) {
    record(.other)
    characters = Array(Self.clean(text))
    cursor = characters.count
    changed()
  }

  public mutating func deleteBackward() {
    guard cursor > 0 else { return }
    record(.deleting)
    characters.remove(at: cursor - 1)
    cursor -= 1
    changed()
  }

  public mutating func deleteForward() {
    guard cursor < characters.count else { return }
    record(.deleting)
    characters.remove(at: cursor)
    changed()
  }

  /// Cuts from the cursor to `target` (either side), keeping the cut text for paste.
  mutating func cut(to target: Int) {
    let range = min(cursor, target)..<max(cursor, target)
    guard !range.isEmpty else { return }
    record(.other)
    clipboard = String(characters[range])
    characters.removeSubrange(range)
    cursor = range.lowerBound
    changed()
  }

  public mutating func cutWordBackward() { cut(to: wordStart(before: cursor)) }
  public mutating func cutWordForward() { cut(to: wordEnd(after: cursor)) }

  /// Cuts to the end of the line; at the end of a line, joins the next one.
  public mutating func cutToLineEnd() {
    let end = lineEnd(from: cursor)
    cut(to: end == cursor && end < characters.count ? end + 1 : end)
  }

  public mutating func cutToLineStart() { cut(to: lineStart(from: cursor)) }

  public mutating func paste() {
    guard !clipboard.isEmpty else { return }
    insert(clipboard, kind: .other)
  }

  // MARK: - Undo

  public mutating func undo() {
    guard let snapshot = undoStack.popLast() else { return }
    redoStack.append(Snapshot(text: text, cursor: cursor))
    restore(snapshot)
  }

  public mutating func redo() {
    guard let snapshot = redoStack.popLast() else { return }
    undoStack.append(Snapshot(text: text, cursor: cursor))
    restore(snapshot)
  }

  private mutating func restore(_ snapshot: Snapshot) {
    characters = Array(snapshot.text)
    cursor = min(snapshot.cursor, characters.count)
    lastEdit = nil
    changed()
  }

  /// Remembers the text before an edit, unless it continues a run of the same kind.
  private mutating func record(_ kind: EditKind) {
    if kind != .other, lastEdit == kind { return }
    undoStack.append(Snapshot(text: text, cursor: cursor))
    if undoStack.count > Self.undoDepth { undoStack.removeFirst() }
    redoStack = []
    lastEdit = kind
  }

  private mutating func changed() {
    revision += 1
    goalColumn = nil
  }

  // MARK: - Moving

  /// Moves the cursor; any move ends a run of typing (the next one undoes separately).
  public mutating func move(to index: Int, keepGoal: Bool = false) {
    cursor = min(max(0, index), characters.count)
    lastEdit = nil
    if !keepGoal { goalColumn = nil }
  }

  public mutating func moveLeft() { move(to: cursor - 1) }
  public mutating func moveRight() { move(to: cursor + 1) }
  public mutating func moveWordLeft() { move(to: wordStart(before: cursor)) }
  public mutating func moveWordRight() { move(to: nextWordStart(after: cursor)) }
  public mutating func moveToStart() { move(to: 0) }
  public mutating func moveToEnd() { move(to: characters.count) }

  /// Up or down `rows` rows of the wrapped text, aiming for the same display column.
  public mutating func moveVertically(by rows: Int, layout: EditorLayout) {
    let (row, column) = layout.position(of: cursor)
    let goal = goalColumn ?? column
    let target = min(max(0, row + rows), layout.rows.count - 1)
    if target == row {
      // Past the first or last row: to the start or end of the text.
      move(to: rows < 0 ? 0 : characters.count)
      return
    }
    move(to: layout.index(row: target, column: goal), keepGoal: true)
    goalColumn = goal
  }

  /// To the start or end of the wrapped row the cursor is on.
  public mutating func moveToRowStart(layout: EditorLayout) {
    move(to: layout.rows[layout.position(of: cursor).row].start)
  }

  public mutating func moveToRowEnd(layout: EditorLayout) {
    let row = layout.rows[layout.position(of: cursor).row]
    move(to: row.endsLine ? row.end : max(row.start, row.end - 1))
  }

  // MARK: - Words and lines

  static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "'" || character == "’"
  }

  /// The start of the word before `index` (skipping spaces and punctuation first).
  func wordStart(before index: Int) -> Int {
    var position = index
    while position > 0, !Self.isWordCharacter(characters[position - 1]) { position -= 1 }
    while position > 0, Self.isWordCharacter(characters[position - 1]) { position -= 1 }
    return position
  }

  /// The end of the word after `index` (skipping spaces and punctuation first).
  func wordEnd(after index: Int) -> Int {
    var position = index
    while position < characters.count, !Self.isWordCharacter(characters[position]) {
      position += 1
    }
    while position < characters.count, Self.isWordCharacter(characters[position]) {
      position += 1
    }
    return position
  }

  /// The start of the next word: past the rest of this one and what separates them.
  func nextWordStart(after index: Int) -> Int {
    var position = index
    while position < characters.count, Self.isWordCharacter(characters[position]) {
      position += 1
    }
    while position < characters.count, !Self.isWordCharacter(characters[position]) {
      position += 1
    }
    return position
  }

  func lineStart(from index: Int) -> Int {
    var position = index
    while position > 0, characters[position - 1] != "\n" { position -= 1 }
    return position
  }

  func lineEnd(from index: Int) -> Int {
    var position = index
    while position < characters.count, characters[position] != "\n" { position += 1 }
    return position
  }

  /// Line breaks as "\n", tabs as a space, other control characters dropped.
  public static func clean(_ text: String) -> String {
    var result = ""
    for character in text {
      // "\r\n" is one grapheme; a lone "\r" is what a terminal sends for Enter.
      if character.isNewline {
        result.append("\n")
        continue
      }
      if character == "\t" {
        result.append(" ")
        continue
      }
      if character.unicodeScalars.contains(where: { TerminalText.isUnsafe($0) }) { continue }
      result.append(character)
    }
    return result
  }
}
