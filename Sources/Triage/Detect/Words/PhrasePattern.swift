/// A lexicon phrase compiled for matching against tokens.
///
/// Syntax, one phrase per string, words separated by spaces:
/// - `word` matches the word case-insensitively, apostrophes ignored (`cant` matches "can't");
/// - `a|b|c` matches any of the alternatives;
/// - `*` matches any one word or number;
/// - `...` skips up to three words (never past the end of a clause);
/// - `<num>`, `<url>`, `<mention>`, `<emoji>` match a token of that kind;
/// - `(a b|c|)` is a group of alternative word sequences (an empty one makes it optional);
///   `expand` turns a phrase with groups into plain phrases.
struct PhrasePattern: Sendable, Hashable {
  enum Element: Sendable, Hashable {
    case words([UInt64])
    case anyWord
    case gap(Int)
    case kind(WordToken.Kind)
  }

  let source: String
  let elements: [Element]

  /// Parses `source`; nil (with the reason) when it cannot match anything.
  static func parse(_ source: String) -> Result<PhrasePattern, PhraseError> {
    var elements: [Element] = []
    for part in source.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
      switch part {
      case "*": elements.append(.anyWord)
      case "...": elements.append(.gap(3))
      case "<num>": elements.append(.kind(.number))
      case "<url>": elements.append(.kind(.url))
      case "<mention>": elements.append(.kind(.mention))
      case "<emoji>": elements.append(.kind(.emoji))
      default:
        let alternatives = part.split(separator: "|").map { TextHash.word(String($0)) }
        guard !alternatives.isEmpty, !alternatives.contains(TextHash.seed) else {
          return .failure(PhraseError(phrase: source, reason: "`\(part)` has an empty word"))
        }
        elements.append(.words(alternatives))
      }
    }
    switch elements.first {
    case .words, .kind: break
    default:
      return .failure(
        PhraseError(phrase: source, reason: "a phrase must start with a word or a <kind>"))
    }
    if case .gap = elements.last {
      return .failure(PhraseError(phrase: source, reason: "a phrase cannot end with `...`"))
    }
    return .success(PhrasePattern(source: source, elements: elements))
  }

  /// The plain phrases a phrase with `( | )` groups stands for.
  static func expand(_ source: String) -> Result<[String], PhraseError> {
    guard let open = source.firstIndex(of: "(") else {
      if source.contains(")") {
        return .failure(PhraseError(phrase: source, reason: "`)` without `(`"))
      }
      return .success([source])
    }
    guard let close = source[open...].firstIndex(of: ")") else {
      return .failure(PhraseError(phrase: source, reason: "`(` without `)`"))
    }
    let inner = source[source.index(after: open)..<close]
    if inner.contains("(") {
      return .failure(PhraseError(phrase: source, reason: "groups cannot be nested"))
    }
    // A group of single words is one `a|b` element: the same matches as one phrase per word,
    // without multiplying the phrases every occurrence of the first word has to try.
    let words = inner.split(separator: "|", omittingEmptySubsequences: false)
    if words.count > 1, words.allSatisfy({ !$0.isEmpty && !$0.contains(" ") }) {
      let joined = source[..<open] + " " + inner + " " + source[source.index(after: close)...]
      return expand(joined.split(separator: " ").joined(separator: " "))
    }
    var phrases: [String] = []
    for alternative in inner.split(separator: "|", omittingEmptySubsequences: false) {
      let joined = source[..<open] + " " + alternative + " " + source[source.index(after: close)...]
      let collapsed = joined.split(separator: " ").joined(separator: " ")
      switch expand(collapsed) {
      case .success(let more): phrases += more
      case .failure(let error): return .failure(PhraseError(phrase: source, reason: error.reason))
      }
    }
    return .success(phrases.filter { !$0.isEmpty })
  }

  /// The hashes a phrase may start with (its index keys).
  var firstWords: [UInt64] {
    if case .words(let hashes) = elements.first { return hashes }
    return []
  }

  /// The token kind a phrase starts with, when it starts with `<kind>`.
  var firstKind: WordToken.Kind? {
    if case .kind(let kind) = elements.first { return kind }
    return nil
  }
}

/// Why a lexicon phrase was refused.
struct PhraseError: Error, Sendable, Hashable {
  var phrase: String
  var reason: String
}
