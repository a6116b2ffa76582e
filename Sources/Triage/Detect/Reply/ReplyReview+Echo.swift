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
    var needles: [Needle] = []
    var links: [ArraySlice<Unicode.Scalar>] = []
    needles.reserveCapacity(text.tokens.count)
    for token in text.tokens where token.kind != .punctuation && token.length > 0 {
      guard !Self.commonWords.contains(token.hash) else { continue }
      guard !needles.contains(where: { $0.hash == token.hash }) else { continue }
      let word = text.normalized[Int(token.normStart)..<Int(token.normEnd)]
      if token.kind == .url {
        links.append(word)
        continue
      }
      needles.append(
        Needle(
          hash: token.hash, start: Int(token.normStart), count: token.length,
          first: word[word.startIndex].value,
          bounded: (
            WordTokenizer.isLetter(word[word.startIndex]),
            WordTokenizer.isLetter(word[word.endIndex - 1])
          )))
    }
    guard !needles.isEmpty || !links.isEmpty else { return false }
    let (normal, afterApostrophe) = Self.normalizedScalars(original)
    // Links keep their case in tokens: look for them as written too, anywhere.
    if !links.isEmpty {
      let raw = TokenizedText.scalars(of: original).map(\.value)
      for link in links {
        let word = link.map(\.value)
        if Self.occurs(word, in: normal) || Self.occurs(word, in: raw) { return true }
      }
    }
    // The needles by first scalar (ASCII, or 128 for any other): bit `i & 63` stands for
    // needles `i`, `i + 64`... so most positions cost one table read.
    var byFirst = [UInt64](repeating: 0, count: 129)
    for (index, needle) in needles.enumerated() {
      byFirst[Int(min(needle.first, 128))] |= 1 << UInt64(index & 63)
    }
    let words = text.normalized.map(\.value)
    return normal.withUnsafeBufferPointer { normal in
      words.withUnsafeBufferPointer { words in
        for start in normal.indices {
          let value = normal[start]
          var bits = byFirst[Int(min(value, 128))]
          while bits != 0 {
            let bit = bits.trailingZeroBitCount
            bits &= bits - 1
            for index in stride(from: bit, to: needles.count, by: 64) {
              let needle = needles[index]
              guard needle.first == value else { continue }
              let end = start + needle.count
              guard end <= normal.count else { continue }
              var equal = true
              for offset in 1..<needle.count
              where normal[start + offset] != words[needle.start + offset] {
                equal = false
                break
              }
              guard equal else { continue }
              // Inside a longer word (no apostrophe dropped between): not a whole token.
              if needle.bounded.start, start > 0, !afterApostrophe[start],
                Self.isLetter(normal[start - 1])
              {
                continue
              }
              if needle.bounded.end, end < normal.count, !afterApostrophe[end],
                Self.isLetter(normal[end]) || Self.isMark(normal[end])
              {
                continue
              }
              return true
            }
          }
        }
        return false
      }
    }
  }

  /// A reply word to look for: its place in the reply's normalized scalars, its first
  /// scalar, and whether it starts and ends with a letter (a token boundary is checked).
  struct Needle {
    var hash: UInt64
    var start: Int
    var count: Int
    var first: UInt32
    var bounded: (start: Bool, end: Bool)
  }

  /// `text` normalized the way tokens are (lower case, apostrophes dropped), as scalar
  /// values, with whether an apostrophe was dropped right before each one. ASCII text is
  /// read byte by byte.
  static func normalizedScalars(_ text: String) -> (scalars: [UInt32], afterApostrophe: [Bool]) {
    let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> ([UInt32], [Bool])? in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      var count = 0
      var marks = [Bool](repeating: false, count: bytes.count)
      let normal = [UInt32](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
        var dropped = false
        for byte in bytes {
          if byte == 0x27 {
            dropped = true
            continue
          }
          buffer[count] = UInt32((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
          marks[count] = dropped
          dropped = false
          count += 1
        }
        initialized = count
      }
      marks.removeLast(bytes.count - count)
      return (normal, marks)
    }
    if let ascii = ascii ?? nil { return ascii }
    var normal: [UInt32] = []
    var afterApostrophe: [Bool] = []
    normal.reserveCapacity(text.utf8.count)
    afterApostrophe.reserveCapacity(text.utf8.count)
    var dropped = false
    for scalar in text.unicodeScalars {
      guard let scalar = WordTokenizer.normalize(scalar) else {
        dropped = true
        continue
      }
      normal.append(scalar.value)
      afterApostrophe.append(dropped)
      dropped = false
    }
    return (normal, afterApostrophe)
  }

  private static func isLetter(_ value: UInt32) -> Bool {
    Unicode.Scalar(value).map(WordTokenizer.isLetter) ?? false
  }

  private static func isMark(_ value: UInt32) -> Bool {
    Unicode.Scalar(value).map(WordTokenizer.isMark) ?? false
  }

  /// Whether `word` occurs anywhere in `haystack` as consecutive scalars.
  static func occurs(_ word: [UInt32], in haystack: [UInt32]) -> Bool {
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
