/// Turns what a person types into a safe FTS5 query. Words outside quotes must each match as
/// a prefix; words inside double quotes must appear together, in that order (a phrase, exact
/// words; while its closing quote is still to be typed its last word is a prefix). Operators,
/// column filters and other punctuation typed by the user are treated as text, never as syntax.
public enum SearchPattern {
  /// One thing every match must contain: a word prefix, or a phrase.
  public struct Term: Equatable, Sendable {
    /// The words, in the order they must appear (one for a plain word).
    public var words: [String]
    /// Whether the last word may be the start of a longer word.
    public var prefix: Bool

    public init(words: [String], prefix: Bool) {
      self.words = words
      self.prefix = prefix
    }
  }

  /// nil when the text holds no searchable word.
  public static func fts5(_ text: String) -> String? {
    let terms = terms(text)
    guard !terms.isEmpty else { return nil }
    // Words hold no quote (see `tokens`), so a quoted string is always one FTS5 phrase.
    return terms.map { "\"\($0.words.joined(separator: " "))\"" + ($0.prefix ? "*" : "") }
      .joined(separator: " ")
  }

  /// The terms of a search: text between double quotes is a phrase, other words stand alone.
  public static func terms(_ text: String) -> [Term] {
    var terms: [Term] = []
    let segments = text.split(separator: "\"", omittingEmptySubsequences: false)
    for (index, segment) in segments.enumerated() {
      let words = tokens(String(segment))
      guard !words.isEmpty else { continue }
      if index % 2 == 0 {
        terms += words.map { Term(words: [$0], prefix: true) }
      } else {
        // An odd segment is quoted; the last one is still open when the quotes are odd.
        let open = index == segments.count - 1
        terms.append(Term(words: words, prefix: open))
      }
    }
    return terms
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
