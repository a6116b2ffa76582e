/// Matches multi-word phrases ("chest pain", "salt lake city", "x-ray") against tokens by
/// extending a word's hash with a separator and the next word, so no string is built.
struct PhraseMatcher: Sendable {
  private let phrases: WordSet
  private let prefixes: WordSet
  let longest: Int
  /// The first word of every phrase (the word itself for one-word phrases).
  let firstWords: [UInt64]

  init(_ list: [String]) {
    var phrases = Set<UInt64>()
    var prefixes = Set<UInt64>()
    var longest = 1
    var firstWords: [UInt64] = []
    for phrase in list {
      phrases.insert(WordHash.of(phrase))
      var parts: [Substring] = []
      var separators: [Character] = []
      var current = Substring()
      var index = phrase.startIndex
      var partStart = index
      while index < phrase.endIndex {
        let c = phrase[index]
        if c == " " || c == "-" {
          current = phrase[partStart..<index]
          parts.append(current)
          separators.append(c)
          partStart = phrase.index(after: index)
        }
        index = phrase.index(after: index)
      }
      parts.append(phrase[partStart...])
      firstWords.append(WordHash.of(parts[0]))
      longest = max(longest, parts.count)
      var prefix = ""
      for (n, part) in parts.dropLast().enumerated() {
        prefix += part
        prefixes.insert(WordHash.of(prefix))
        prefix.append(separators[n])
      }
    }
    self.phrases = WordSet(phrases)
    self.prefixes = WordSet(prefixes)
    self.longest = longest
    self.firstWords = firstWords
  }

  /// The index of the last token of the longest phrase starting at token `i`, if any.
  func match(_ text: ScalarText, at i: Int) -> Int? {
    let first = text.tokens[i]
    guard first.kind == .word else { return nil }
    var hash = first.hash
    var best: Int? = phrases.contains(hash) ? i : nil
    var j = i
    var words = 1
    while words < longest, prefixes.contains(hash) {
      // The next word, after a space or a glued hyphen.
      var separator: UInt8 = 0x20
      var k = j + 1
      if text.isSymbol(k, 0x2D), text.isGlued(k), text.isGlued(k + 1) {
        separator = 0x2D
        k += 1
      } else if text.isApostrophe(k) {
        // possessive: "alzheimer's" is one token already; "crohn ' s" is not a phrase
        return best
      }
      guard let next = text.token(k), next.kind == .word else { break }
      WordHash.add(separator, to: &hash)
      for offset in next.start..<next.end {
        WordHash.addLowercased(text.scalars[offset], to: &hash)
      }
      j = k
      words += 1
      if phrases.contains(hash) { best = j }
    }
    return best
  }
}
