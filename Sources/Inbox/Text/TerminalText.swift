/// Makes untrusted text safe and measurable for a terminal: control characters and escape
/// sequences become visible symbols (they are never sent raw), and widths are counted in
/// terminal columns per grapheme, not bytes or scalars.
public enum TerminalText {
  /// Replaces every control character with a visible stand-in: C0 controls with their
  /// Unicode "control picture" (ESC shows as ␛), DEL as ␡, C1 controls and bidirectional
  /// overrides as �. Newlines are kept when `keepNewlines`, otherwise shown as ⏎; tabs become
  /// a space.
  public static func sanitize(_ text: String, keepNewlines: Bool = false) -> String {
    var needsWork = false
    for scalar in text.unicodeScalars where isUnsafe(scalar) {
      needsWork = true
      break
    }
    guard needsWork else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A:
        result.append(keepNewlines ? scalar : "\u{23CE}")
      case 0x0D:
        continue  // CR of CRLF; a lone CR would move the cursor
      case 0x09:
        result.append(" ")
      case 0x00...0x1F:
        result.append(Unicode.Scalar(0x2400 + scalar.value)!)
      case 0x7F:
        result.append("\u{2421}")
      default:
        result.append(isUnsafe(scalar) ? "\u{FFFD}" : scalar)
      }
    }
    return String(result)
  }

  /// Scalars that must never reach the terminal as they are.
  @inline(__always)
  static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x20 || value == 0x7F { return true }
    if value < 0x80 { return false }
    return (0x80...0x9F).contains(value)  // C1 controls, including CSI (0x9B)
      || (0x202A...0x202E).contains(value)  // bidi embeddings and overrides
      || (0x2066...0x2069).contains(value)  // bidi isolates
  }

  /// Columns the text takes on a terminal (after sanitizing, which this assumes).
  public static func width(_ text: String) -> Int {
    var total = 0
    for character in text { total += width(character) }
    return total
  }

  /// Columns one grapheme takes: 0, 1 or 2.
  public static func width(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if first.value < 0x7F { return first.value >= 0x20 ? 1 : 0 }
    // Emoji shown as pictures (emoji presentation, VS16, flags, keycaps) take two columns.
    if scalars.count > 1 {
      if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
      if isRegionalIndicator(first) { return 2 }
    }
    return scalarWidth(first)
  }

  /// Width of a scalar standing alone.
  public static func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x7F { return value >= 0x20 ? 1 : 0 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control:
      return 0
    default:
      break
    }
    if value == 0x1160 || (0xD7B0...0xD7FF).contains(value) { return 0 }  // Hangul jamo fillers
    if scalar.properties.isEmojiPresentation { return 2 }
    return isEastAsianWide(value) ? 2 : 1
  }

  static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
    (0x1F1E6...0x1F1FF).contains(scalar.value)
  }

  /// East Asian Wide and Fullwidth ranges (Unicode 15), for characters that are not emoji.
  static func isEastAsianWide(_ value: UInt32) -> Bool {
    if value < 0x1100 { return false }
    for range in wideRanges where range.contains(value) { return true }
    return false
  }

  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
    0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
    0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
    0x17000...0x18CFF, 0x1AFF0...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x2FFFD,
    0x30000...0x3FFFD,
  ]

  /// Cuts the text to at most `width` columns, ending with "…" when something was cut, and
  /// never splitting a wide character. With `pad`, fills up to exactly `width` with spaces.
  public static func fit(_ text: String, width limit: Int, pad: Bool = false) -> String {
    guard limit > 0 else { return "" }
    var result = ""
    var used = 0
    for character in text {
      let cell = width(character)
      if used + cell > limit {
        // Make room for the ellipsis, dropping whole graphemes only.
        while used + 1 > limit, let last = result.last {
          result.removeLast()
          used -= width(last)
        }
        result.append("\u{2026}")
        used += 1
        break
      }
      result.append(character)
      used += cell
    }
    if pad, used < limit { result += String(repeating: " ", count: limit - used) }
    return result
  }

  /// The first line of a text, sanitized, with runs of spaces collapsed: for one-line previews.
  public static func preview(_ text: String) -> String {
    let firstLine = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
    let clean = sanitize(firstLine)
    return clean.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
  }
}
