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
  static func tokens(_ text: String) -> [String] {
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
