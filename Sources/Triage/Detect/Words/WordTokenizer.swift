/// Character classes and normalization for `TokenizedText`, with ASCII fast paths.
enum WordTokenizer {
  @inline(__always)
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
    return scalar.properties.isWhitespace || value == 0x200B
  }

  @inline(__always)
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return (0x61...0x7A).contains(value | 0x20) }
    return scalar.properties.isAlphabetic
  }

  @inline(__always)
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    (0x30...0x39).contains(scalar.value)
  }

  /// Combining marks continue a word (e.g. an accent written as a separate scalar).
  @inline(__always)
  static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x300
      && [.nonspacingMark, .spacingMark, .enclosingMark].contains(scalar.properties.generalCategory)
  }

  @inline(__always)
  static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}" || scalar == "\u{2018}"
  }

  static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x2000 { return false }
    return (0x1F000...0x1FAFF).contains(value) || (0x2600...0x27BF).contains(value)
      || scalar.properties.isEmojiPresentation
  }

  /// Variation selectors, skin tones, zero-width joiners and tags continue an emoji.
  static func isEmojiContinuation(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value == 0x200D || (0xFE00...0xFE0F).contains(value)
      || (0x1F3FB...0x1F3FF).contains(value) || (0xE0020...0xE007F).contains(value)
      || (value >= 0x1F000 && isEmoji(scalar))
  }

  /// Punctuation the context rules care about, folded to one ASCII mark.
  @inline(__always)
  static func punctuationMark(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    switch scalar {
    case ".", "!", "?", ";", ":", ",", "(", ")", "-", "/": return scalar
    case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": return "\""
    case "\u{2026}": return "."
    case "\u{2013}", "\u{2014}": return "-"
    case "\u{FF01}": return "!"
    case "\u{FF1F}": return "?"
    default: return nil
    }
  }

  /// Lower case, apostrophes dropped (so "can't", "can’t" and "cant" are one word).
  @inline(__always)
  static func normalize(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    let value = scalar.value
    if value < 0x80 {
      if value == 0x27 { return nil }
      if (0x41...0x5A).contains(value) { return Unicode.Scalar(value | 0x20) }
      return scalar
    }
    if isApostrophe(scalar) { return nil }
    guard scalar.properties.changesWhenLowercased else { return scalar }
    return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
  }
}
