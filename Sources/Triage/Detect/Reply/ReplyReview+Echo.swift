/// Repeating PHI from the original message: names, conditions, dates and identifiers that
/// appear in both (rule 2 of the domain notes: never echo, never unmask).
extension ReplyReview {
  mutating func checkEchoedPHI() {
    guard let original, sharesContentWords(with: original.text) else { return }
    let found = checker.detector.findings(in: original.text).filter(\.isPHI)
    var seen = Set<[UInt64]>()
    for finding in found {
      for key in Self.echoKeys(finding) where seen.insert(key.hashes).inserted {
        for (first, last) in occurrences(of: key.hashes) {
          add(
            "reply.echoed_phi", "echoed_phi", .block, first: first, last: last,
            "repeats \(key.what) from the original message", .removeEcho)
        }
      }
    }
  }

  /// Whether the reply repeats any word of the original other than common function words.
  /// Every echo starts with such a word, so when there is none the PHI detector need not run.
  ///
  /// A token of the original is a run of its scalars normalized the way tokens are (lower
  /// case, apostrophes dropped), so each reply word is looked for in the normalized original
  /// instead of tokenizing it again. A run inside a longer word is refused (a letter right
  /// before a word, or a letter or mark right after it, with no apostrophe dropped between:
  /// a token never starts or ends there); anything else that matches answers yes and the
  /// detector decides.
  func sharesContentWords(with original: String) -> Bool {
    var needles: [ArraySlice<Unicode.Scalar>] = []
    var links: [ArraySlice<Unicode.Scalar>] = []
    var hashes: [UInt64] = []
    // ASCII first scalars of the needles, one bit each: most positions are refused by it.
    var firstScalars: (low: UInt64, high: UInt64) = (0, 0)
    for token in text.tokens where token.kind != .punctuation && token.length > 0 {
      guard !Self.commonWords.contains(token.hash), !hashes.contains(token.hash) else { continue }
      hashes.append(token.hash)
      let word = text.normalized[Int(token.normStart)..<Int(token.normEnd)]
      if token.kind == .url {
        links.append(word)
        continue
      }
      needles.append(word)
      let first = word[word.startIndex].value
      if first < 64 {
        firstScalars.low |= 1 << UInt64(first)
      } else if first < 128 {
        firstScalars.high |= 1 << UInt64(first - 64)
      } else {
        firstScalars = (.max, .max)
      }
    }
    guard !needles.isEmpty || !links.isEmpty else { return false }
    var normal: [Unicode.Scalar] = []
    // Whether an apostrophe was dropped right before each normalized scalar.
    var afterApostrophe: [Bool] = []
    normal.reserveCapacity(original.utf8.count)
    afterApostrophe.reserveCapacity(original.utf8.count)
    var dropped = false
    for scalar in original.unicodeScalars {
      guard let scalar = WordTokenizer.normalize(scalar) else {
        dropped = true
        continue
      }
      normal.append(scalar)
      afterApostrophe.append(dropped)
      dropped = false
    }
    // Links keep their case in tokens: look for them as written too, anywhere.
    if !links.isEmpty {
      let raw = TokenizedText.scalars(of: original)
      for link in links where Self.occurs(link, in: normal) || Self.occurs(link, in: raw) {
        return true
      }
    }
    for start in normal.indices {
      let value = normal[start].value
      if value < 64, firstScalars.low & (1 << UInt64(value)) == 0 { continue }
      if value >= 64, value < 128, firstScalars.high & (1 << UInt64(value - 64)) == 0 {
        continue
      }
      for needle in needles
      where Self.isToken(needle, at: start, in: normal, afterApostrophe: afterApostrophe) {
        return true
      }
    }
    return false
  }

  /// Whether `word` is at `start` of the normalized original and could be a whole token
  /// there: not right after a letter, nor right before a letter or mark, unless an
  /// apostrophe was dropped between.
  static func isToken(
    _ word: ArraySlice<Unicode.Scalar>, at start: Int, in normal: [Unicode.Scalar],
    afterApostrophe: [Bool]
  ) -> Bool {
    let end = start + word.count
    guard end <= normal.count, normal[start..<end].elementsEqual(word) else { return false }
    if WordTokenizer.isLetter(word[word.startIndex]), start > 0, !afterApostrophe[start],
      WordTokenizer.isLetter(normal[start - 1])
    {
      return false
    }
    if WordTokenizer.isLetter(word[word.endIndex - 1]), end < normal.count, !afterApostrophe[end],
      WordTokenizer.isLetter(normal[end]) || WordTokenizer.isMark(normal[end])
    {
      return false
    }
    return true
  }

  /// Whether `word` occurs anywhere in `haystack` as consecutive scalars.
  static func occurs(_ word: ArraySlice<Unicode.Scalar>, in haystack: [Unicode.Scalar]) -> Bool {
    guard !word.isEmpty, word.count <= haystack.count else { return false }
    for start in 0...(haystack.count - word.count)
    where haystack[start..<(start + word.count)].elementsEqual(word) {
      return true
    }
    return false
  }

  /// Function words that are never an echo on their own (a name such as "Will" or "May" is
  /// still caught when its surname or the full name is repeated).
  static let commonWords = ContextCues.set(
    """
    a an the and or but if of to in on at by for with from as is are was were be been being \
    am do does did have has had i you he she it we they me him her us them my your his its \
    our their this that these those there here what when where who why how not no yes so \
    can could will would shall should may might must just very too also than then now all \
    any some more most much many one up down out about into over after before again please \
    thank thanks hi hello dear im ive youre dont cant
    """)

  /// Word sequences to look for: the whole finding, and for names each name word (a first
  /// name alone still unmasks someone). Single common words are left out.
  static func echoKeys(_ finding: Finding) -> [(hashes: [UInt64], what: String)] {
    let words = TokenizedText(finding.text).tokens.filter { $0.kind != .punctuation }
    guard !words.isEmpty else { return [] }
    if words.count == 1, commonWords.contains(words[0].hash) { return [] }
    let what = describe(finding.category)
    var keys = [(words.map(\.hash), what)]
    if finding.category == PHICategory.name.rawValue, words.count > 1 {
      for word in words
      where word.length >= 3 && !nameTitles.contains(word.hash) && !commonWords.contains(word.hash)
      {
        keys.append(([word.hash], what))
      }
    }
    return keys
  }

  static let nameTitles = ContextCues.set("mrs mr ms miss dr doctor nurse prof")

  static func describe(_ category: String) -> String {
    switch PHICategory(rawValue: category) {
    case .name: "a name"
    case .health: "a health detail"
    case .date: "a date"
    case .location: "a place"
    case .age: "an age"
    case .handle: "a handle"
    default: "an identifier (\(category))"
    }
  }

  /// Token ranges of the reply where `hashes` occurs as consecutive words.
  func occurrences(of hashes: [UInt64]) -> [(Int, Int)] {
    let words = text.tokens.indices.filter { text.tokens[$0].kind != .punctuation }
    guard hashes.count <= words.count else { return [] }
    var out: [(Int, Int)] = []
    for start in 0...(words.count - hashes.count) {
      var matched = true
      for offset in hashes.indices where text.tokens[words[start + offset]].hash != hashes[offset] {
        matched = false
        break
      }
      if matched { out.append((words[start], words[start + hashes.count - 1])) }
    }
    return out
  }
}
