/// The composer's text wrapped to a width: rows of graphemes measured in display columns,
/// broken after spaces where possible and inside a word only when it is longer than a row.
/// Wide characters are never split. Maps the cursor to a row and column and back.
public struct EditorLayout: Sendable {
  public struct Row: Hashable, Sendable {
    /// Graphemes `start..<end` of the text.
    public var start: Int
    public var end: Int
    /// The row ends a line (a line break or the end of the text follows it), so a cursor at
    /// `end` stands on this row rather than at the start of the next.
    public var endsLine: Bool
  }

  public let width: Int
  public let rows: [Row]
  /// Display width of every grapheme.
  let widths: [Int]

  public init(_ characters: [Character], width: Int) {
    self.width = max(1, width)
    widths = characters.map {
      $0 == "\n" ? 0 : TerminalText.width(TerminalText.sanitize(String($0)))
    }
    var rows: [Row] = []
    var lineStart = 0
    for index in 0...characters.count where index == characters.count || characters[index] == "\n" {
      rows += Self.wrap(characters, widths, from: lineStart, to: index, width: self.width)
      lineStart = index + 1
    }
    self.rows = rows
  }

  /// The rows of one line (graphemes `start..<end`, no line break inside).
  private static func wrap(
    _ characters: [Character], _ widths: [Int], from start: Int, to end: Int, width: Int
  ) -> [Row] {
    var rows: [Row] = []
    var rowStart = start
    var used = 0
    // Just after the last space of the row: where to break.
    var breakAt: Int?
    var index = start
    while index < end {
      let cell = widths[index]
      if used + cell > width, index > rowStart {
        if characters[index] == " " {
          // A space at the edge stays on its row (hanging) and the row breaks after it.
          rows.append(Row(start: rowStart, end: index + 1, endsLine: false))
          rowStart = index + 1
          used = 0
          breakAt = nil
          index += 1
          continue
        }
        if let cut = breakAt, cut > rowStart {
          rows.append(Row(start: rowStart, end: cut, endsLine: false))
          rowStart = cut
          used = widths[cut..<index].reduce(0, +)
        } else {
          rows.append(Row(start: rowStart, end: index, endsLine: false))
          rowStart = index
          used = 0
        }
        breakAt = nil
      }
      used += cell
      if characters[index] == " " { breakAt = index + 1 }
      index += 1
    }
    rows.append(Row(start: rowStart, end: end, endsLine: true))
    return rows
  }

  /// The row and display column of the cursor standing before grapheme `index`.
  public func position(of index: Int) -> (row: Int, column: Int) {
    // Binary search for the last row starting at or before the index.
    var low = 0
    var high = rows.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if rows[middle].start <= index { low = middle } else { high = middle - 1 }
    }
    var row = low
    // At the end of a wrapped row, the cursor shows at the start of the next one.
    if index >= rows[row].end, !rows[row].endsLine, row + 1 < rows.count { row += 1 }
    let from = rows[row].start
    let column = widths[from..<max(from, min(index, widths.count))].reduce(0, +)
    return (row, min(column, width))
  }

  /// The grapheme index nearest to a display column on a row.
  public func index(row: Int, column: Int) -> Int {
    let row = rows[min(max(0, row), rows.count - 1)]
    var used = 0
    var index = row.start
    while index < row.end {
      let cell = widths[index]
      if used + cell > column { return index }
      used += cell
      index += 1
    }
    // Past the row's text: its end, or before its last grapheme when the row wraps.
    return row.endsLine ? row.end : max(row.start, row.end - 1)
  }
}
