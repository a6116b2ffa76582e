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
    let (elements, emptyWord) = asciiElements(of: source) ?? self.elements(of: source)
    if let emptyWord {
      return .failure(PhraseError(phrase: source, reason: "`\(emptyWord)` has an empty word"))
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

  /// The elements of a phrase, or the part that has an empty word.
  static func elements(of source: String) -> ([Element], emptyWord: String?) {
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
          return (elements, String(part))
        }
        elements.append(.words(alternatives))
      }
    }
    return (elements, nil)
  }

  /// `elements(of:)` for an ASCII phrase (every built-in one is), read from its UTF-8 bytes:
  /// every analyzer compiles some thousands of phrases when it starts. For ASCII text bytes,
  /// scalars and characters are the same, so the result is too. Nil for other phrases.
  static func asciiElements(of source: String) -> ([Element], emptyWord: String?)? {
    var source = source
    return source.withUTF8 { bytes -> ([Element], emptyWord: String?)? in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      let space = UInt8(ascii: " ")
      let tab = UInt8(ascii: "\t")
      let bar = UInt8(ascii: "|")
      var elements: [Element] = []
      var index = 0
      while index < bytes.count {
        guard bytes[index] != space, bytes[index] != tab else {
          index += 1
          continue
        }
        var end = index
        while end < bytes.count, bytes[end] != space, bytes[end] != tab { end += 1 }
        let part = UnsafeBufferPointer(rebasing: bytes[index..<end])
        index = end
        if let element = special(part) {
          elements.append(element)
          continue
        }
        // `split(separator: "|")`: runs between bars, empty runs left out.
        var alternatives: [UInt64] = []
        var hash = TextHash.seed
        var inWord = false
        for byte in part {
          if byte == bar {
            if inWord { alternatives.append(hash) }
            hash = TextHash.seed
            inWord = false
          } else {
            inWord = true
            // `WordTokenizer.normalize` on ASCII: apostrophes dropped, capitals lowered.
            if byte == UInt8(ascii: "'") { continue }
            let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            hash = TextHash.add(hash, UInt32(lower))
          }
        }
        if inWord { alternatives.append(hash) }
        guard !alternatives.isEmpty, !alternatives.contains(TextHash.seed) else {
          return (elements, String(decoding: part, as: UTF8.self))
        }
        elements.append(.words(alternatives))
      }
      return (elements, nil)
    }
  }

  /// The element a part written as `*`, `...` or `<kind>` stands for.
  private static func special(_ part: UnsafeBufferPointer<UInt8>) -> Element? {
    switch part.count {
    case 1 where part.elementsEqual("*".utf8): .anyWord
    case 3 where part.elementsEqual("...".utf8): .gap(3)
    case 5 where part.elementsEqual("<num>".utf8): .kind(.number)
    case 5 where part.elementsEqual("<url>".utf8): .kind(.url)
    case 7 where part.elementsEqual("<emoji>".utf8): .kind(.emoji)
    case 9 where part.elementsEqual("<mention>".utf8): .kind(.mention)
    default: nil
    }
  }

  /// The plain phrases a phrase with `( | )` groups stands for. Every analyzer compiles some
  /// thousands of phrases when it starts, so the phrase is cut once into words and groups (on
  /// its UTF-8 bytes: the syntax is ASCII) and the groups' product built from those.
  static func expand(_ source: String) -> Result<[String], PhraseError> {
    let open = UInt8(ascii: "(")
    let close = UInt8(ascii: ")")
    guard source.utf8.contains(open) else {
      if source.utf8.contains(close) {
        return .failure(PhraseError(phrase: source, reason: "`)` without `(`"))
      }
      return .success([source])
    }
    // Each segment is the list of word sequences it may stand for: one for a plain word.
    var segments: [[String]] = []
    var rest = Substring(source)
    while let start = rest.utf8.firstIndex(of: open) {
      let before = rest[..<start]
      if before.utf8.contains(close) {
        return .failure(PhraseError(phrase: source, reason: "`)` without `(`"))
      }
      segments += before.split(separator: " ").map { [String($0)] }
      let afterOpen = rest.index(after: start)
      guard let end = rest[afterOpen...].utf8.firstIndex(of: close) else {
        return .failure(PhraseError(phrase: source, reason: "`(` without `)`"))
      }
      let inner = rest[afterOpen..<end]
      if inner.utf8.contains(open) {
        return .failure(PhraseError(phrase: source, reason: "groups cannot be nested"))
      }
      let alternatives = inner.split(separator: "|", omittingEmptySubsequences: false)
      if alternatives.count > 1, alternatives.allSatisfy({ !$0.isEmpty && !$0.contains(" ") }) {
        // A group of single words is one `a|b` element: the same matches as one phrase per
        // word, without multiplying the phrases every occurrence of the first word tries.
        segments.append([String(inner)])
      } else {
        segments.append(alternatives.map { $0.split(separator: " ").joined(separator: " ") })
      }
      rest = rest[rest.index(after: end)...]
    }
    if rest.utf8.contains(close) {
      return .failure(PhraseError(phrase: source, reason: "`)` without `(`"))
    }
    segments += rest.split(separator: " ").map { [String($0)] }
    var phrases = [""]
    for segment in segments {
      phrases = phrases.flatMap { phrase in
        segment.map { words in
          phrase.isEmpty ? words : words.isEmpty ? phrase : phrase + " " + words
        }
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
