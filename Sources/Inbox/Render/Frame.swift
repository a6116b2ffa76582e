/// A terminal size in columns and rows.
public struct Size: Hashable, Sendable {
  public var width: Int
  public var height: Int

  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }
}

/// A position on the screen: column `x`, row `y`, from the top left.
public struct Point: Hashable, Sendable {
  public var x: Int
  public var y: Int

  public init(x: Int, y: Int) {
    self.x = x
    self.y = y
  }
}

/// One screen cell: a grapheme, the columns it takes and its style. The right half of a wide
/// character is a continuation cell (empty grapheme, width 0) that the driver skips.
public struct Cell: Hashable, Sendable {
  public var grapheme: String
  public var width: Int
  public var style: Style

  public init(_ grapheme: String, width: Int = 1, style: Style = .plain) {
    self.grapheme = grapheme
    self.width = width
    self.style = style
  }

  public static let blank = Cell(" ")
  public var isContinuation: Bool { width == 0 }
}

/// A finished screen: every cell styled, ready for the driver to draw in one go, and what
/// tests compare (golden frames). Text written here must already be sanitized.
public struct Frame: Hashable, Sendable {
  public let size: Size
  public private(set) var cells: [Cell]
  /// Where the terminal cursor should sit (in a prompt); nil hides it.
  public var cursor: Point?

  public init(size: Size) {
    self.size = Size(width: max(0, size.width), height: max(0, size.height))
    cells = Array(repeating: .blank, count: self.size.width * self.size.height)
  }

  public subscript(x: Int, y: Int) -> Cell {
    cells[y * size.width + x]
  }

  /// Sets one cell, keeping wide characters whole: overwriting either half of a wide
  /// character blanks its other half.
  mutating func set(x: Int, y: Int, _ cell: Cell) {
    guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
    let index = y * size.width + x
    if cells[index].isContinuation, x > 0 {
      cells[index - 1] = Cell(" ", style: cells[index - 1].style)
    }
    if cells[index].width == 2, x + 1 < size.width {
      cells[index + 1] = Cell(" ", style: cells[index].style)
    }
    cells[index] = cell
    if cell.width == 2, x + 1 < size.width {
      let next = index + 1
      if cells[next].width == 2, x + 2 < size.width {
        cells[next + 1] = Cell(" ", style: cells[next].style)
      }
      cells[next] = Cell("", width: 0, style: cell.style)
    }
  }

  /// Writes sanitized text from (x, y), at most `limit` columns; a wide character that would
  /// cross the limit is replaced by a space, never split. Zero-width graphemes are dropped.
  /// Returns the columns used.
  @discardableResult
  public mutating func put(
    _ text: String, x: Int, y: Int, limit: Int? = nil, style: Style = .plain
  ) -> Int {
    let end = min(size.width, x + (limit ?? size.width))
    var column = x
    for character in text {
      guard column < end else { break }
      let width = TerminalText.width(character)
      if width == 0 { continue }
      if column + width > end {
        set(x: column, y: y, Cell(" ", style: style))
        column += 1
        break
      }
      set(x: column, y: y, Cell(String(character), width: width, style: style))
      column += width
    }
    return column - x
  }

  /// Writes styled graphemes from (x, y), at most `limit` columns.
  @discardableResult
  public mutating func put(_ line: StyledLine, x: Int, y: Int, limit: Int? = nil) -> Int {
    let end = min(size.width, x + (limit ?? size.width))
    var column = x
    for glyph in line.glyphs {
      guard column < end else { break }
      if glyph.width == 0 { continue }
      if column + glyph.width > end {
        set(x: column, y: y, Cell(" ", style: glyph.style))
        column += 1
        break
      }
      set(x: column, y: y, Cell(String(glyph.character), width: glyph.width, style: glyph.style))
      column += glyph.width
    }
    return column - x
  }

  /// Fills a rectangle with blanks of one style (clipped to the frame).
  public mutating func fill(x: Int, y: Int, width: Int, height: Int, style: Style = .plain) {
    let blank = Cell(" ", style: style)
    for row in max(0, y)..<min(size.height, y + height) {
      for column in max(0, x)..<min(size.width, x + width) {
        set(x: column, y: row, blank)
      }
    }
  }

  /// Adds attributes to the cells of a rectangle, keeping their text (selection bars).
  public mutating func restyle(x: Int, y: Int, width: Int, _ change: (Style) -> Style) {
    guard y >= 0, y < size.height else { return }
    for column in max(0, x)..<min(size.width, x + width) {
      let index = y * size.width + column
      cells[index].style = change(cells[index].style)
    }
  }

  /// The text of one row as a terminal would show it, trailing blanks removed.
  public func text(row y: Int) -> String {
    var line = ""
    for x in 0..<size.width {
      let cell = self[x, y]
      if !cell.isContinuation { line += cell.grapheme }
    }
    while line.hasSuffix(" ") { line.removeLast() }
    return line
  }

  /// Every row's text: what golden-frame tests compare.
  public var lines: [String] { (0..<size.height).map(text(row:)) }

  /// The style of every column of a row, one letter per cell (see `Style.code`), for tests
  /// that check highlighting.
  public func styleCodes(row y: Int) -> String {
    String((0..<size.width).map { self[$0, y].style.code })
  }
}

extension Style {
  /// A one-letter summary for style golden tests: the role's letter, upper case when bold,
  /// `_` for underlined plain text, `#` reverse.
  public var code: Character {
    if attributes.contains(.reverse) { return "#" }
    let letter: Character =
      switch role {
      case .plain: attributes.contains(.underline) ? "_" : "."
      case .chrome: "c"
      case .selection: "s"
      case .muted: "m"
      case .urgent: "u"
      case .warning: "w"
      case .phi: "p"
      case .reason: "r"
      case .match: "f"
      case .marked: "t"
      case .accent: "a"
      case .chart: "b"
      case .error: "e"
      }
    return attributes.contains(.bold) ? Character(letter.uppercased()) : letter
  }
}
