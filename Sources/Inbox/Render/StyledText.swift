/// One grapheme with its display width and style.
public struct Glyph: Hashable, Sendable {
  public var character: Character
  public var width: Int
  public var style: Style

  public init(_ character: Character, style: Style = .plain) {
    self.character = character
    self.width = TerminalText.width(character)
    self.style = style
  }
}

/// A line of styled glyphs: built up in pieces, then written into a frame.
public struct StyledLine: Hashable, Sendable {
  public var glyphs: [Glyph] = []

  public init() {}

  /// A line of untrusted text, sanitized, in one style.
  public init(_ text: String, style: Style = .plain) {
    append(text, style: style)
  }

  /// Appends untrusted text, sanitized (newlines shown as ⏎), in one style.
  public mutating func append(_ text: String, style: Style = .plain) {
    for character in TerminalText.sanitize(text) {
      glyphs.append(Glyph(character, style: style))
    }
  }

  public mutating func append(_ other: StyledLine) {
    glyphs += other.glyphs
  }

  public var width: Int { glyphs.reduce(0) { $0 + $1.width } }
  public var text: String { String(glyphs.map(\.character)) }
  public var isEmpty: Bool { glyphs.isEmpty }
}

/// A span of a message to highlight, in Unicode-scalar offsets (as `Finding` reports them).
public struct Highlight: Hashable, Sendable {
  public var range: Range<Int>
  public var style: Style

  public init(_ range: Range<Int>, style: Style) {
    self.range = range
    self.style = style
  }
}

public enum StyledText {
  /// Turns untrusted text into styled paragraphs: each grapheme is sanitized on its own so the
  /// scalar offsets of `highlights` stay exact, and a grapheme takes the style of the first
  /// highlight (in the order given) that overlaps it. Line breaks split paragraphs.
  public static func paragraphs(
    _ text: String, highlights: [Highlight] = [], base: Style = .plain
  ) -> [StyledLine] {
    var paragraphs: [StyledLine] = []
    var current = StyledLine()
    var offset = 0
    for character in text {
      let count = character.unicodeScalars.count
      let span = offset..<(offset + count)
      offset += count
      if character.isNewline {
        paragraphs.append(current)
        current = StyledLine()
        continue
      }
      let style = highlights.first { $0.range.overlaps(span) }?.style ?? base
      for safe in TerminalText.sanitize(String(character)) {
        current.glyphs.append(Glyph(safe, style: style))
      }
    }
    paragraphs.append(current)
    return paragraphs
  }

  /// Wraps a line to `width` columns, breaking after spaces where it can and inside a word
  /// only when a word is longer than a line. Wide characters are never split.
  public static func wrap(_ line: StyledLine, width: Int) -> [StyledLine] {
    guard width > 0 else { return [] }
    if line.width <= width { return [line] }
    var lines: [StyledLine] = []
    var current: [Glyph] = []
    var used = 0
    // Index in `current` just after the last space: where to break.
    var breakAt: Int?
    for glyph in line.glyphs {
      if glyph.character == " ", used + glyph.width > width {
        // A space at the edge ends the line; it is not carried to the next one.
        lines.append(StyledLine(glyphs: current))
        current = []
        used = 0
        breakAt = nil
        continue
      }
      if used + glyph.width > width {
        if let cut = breakAt, cut > 0, cut < current.count {
          var head = Array(current[..<cut])
          while head.last?.character == " " { head.removeLast() }
          lines.append(StyledLine(glyphs: head))
          current = Array(current[cut...])
        } else {
          lines.append(StyledLine(glyphs: current))
          current = []
        }
        used = current.reduce(0) { $0 + $1.width }
        breakAt = nil
      }
      if glyph.character == " " && current.isEmpty && !lines.isEmpty { continue }
      current.append(glyph)
      used += glyph.width
      if glyph.character == " " { breakAt = current.count }
    }
    lines.append(StyledLine(glyphs: current))
    return lines
  }
}

extension StyledLine {
  init(glyphs: [Glyph]) {
    self.glyphs = glyphs
  }
}
