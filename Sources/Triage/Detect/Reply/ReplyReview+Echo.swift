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
  /// A word of the original is a run of its scalars normalized the way tokens are (lower
  /// case, apostrophes dropped), so looking for each reply word's normalized scalars in the
  /// normalized original finds every shared word without tokenizing the original again
  /// (a longer word containing it may also answer yes: the detector then decides).
  func sharesContentWords(with original: String) -> Bool {
    var needles: [WordToken] = []
    for token in text.tokens where token.kind != .punctuation && token.length > 0 {
      guard !Self.commonWords.contains(token.hash) else { continue }
      if !needles.contains(where: { $0.hash == token.hash }) { needles.append(token) }
    }
    guard !needles.isEmpty else { return false }
    var normal: [Unicode.Scalar] = []
    normal.reserveCapacity(original.utf8.count)
    for scalar in original.unicodeScalars {
      if let scalar = WordTokenizer.normalize(scalar) { normal.append(scalar) }
    }
    // Links keep their case in tokens: look for them in the original as written too.
    let raw = needles.contains { $0.kind == .url } ? TokenizedText.scalars(of: original) : []
    return needles.contains { needle in
      let word = text.normalized[Int(needle.normStart)..<Int(needle.normEnd)]
      return Self.contains(normal, word) || (needle.kind == .url && Self.contains(raw, word))
    }
  }

  /// Whether `word` occurs in `haystack` as consecutive scalars.
  static func contains(_ haystack: [Unicode.Scalar], _ word: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let first = word.first, word.count <= haystack.count else { return false }
    let rest = word.dropFirst()
    var start = 0
    while start + word.count <= haystack.count {
      if haystack[start] == first, haystack[(start + 1)..<(start + word.count)].elementsEqual(rest)
      {
        return true
      }
      start += 1
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
