/// Turns what a person types into a safe FTS5 query: every word must match as a prefix.
/// Quotes, operators and column filters typed by the user are treated as text, never as syntax.
public enum SearchPattern {
  /// nil when the text holds no searchable word.
  public static func fts5(_ text: String) -> String? {
    let words = tokens(text)
    guard !words.isEmpty else { return nil }
    return words.map { "\"\($0)\"*" }.joined(separator: " ")
  }

  /// Splits like the index's tokenizer: letters, digits, private-use and symbol characters
  /// (emoji) make words; everything else separates them.
  public static func tokens(_ text: String) -> [String] {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isWordScalar(scalar) {
        current.append(scalar)
      } else if !current.isEmpty {
        words.append(String(current))
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty { words.append(String(current)) }
    return words
  }

  /// The words of a text with their Unicode-scalar ranges (for highlighting matches).
  public static func words(in text: String) -> [(word: String, range: Range<Int>)] {
    var words: [(String, Range<Int>)] = []
    var current = String.UnicodeScalarView()
    var start = 0
    var offset = 0
    for scalar in text.unicodeScalars {
      if isWordScalar(scalar) {
        if current.isEmpty { start = offset }
        current.append(scalar)
      } else if !current.isEmpty {
        words.append((String(current), start..<offset))
        current = String.UnicodeScalarView()
      }
      offset += 1
    }
    if !current.isEmpty { words.append((String(current), start..<offset)) }
    return words
  }

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .decimalNumber, .letterNumber, .otherNumber, .privateUse, .otherSymbol, .modifierSymbol:
      return true
    default:
      return false
    }
  }
}
