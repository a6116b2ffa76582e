/// Repeating PHI from the original message: names, conditions, dates and identifiers that
/// appear in both (rule 2 of the domain notes: never echo, never unmask).
extension ReplyReview {
  mutating func checkEchoedPHI() {
    guard let original else { return }
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

  /// Word sequences to look for: the whole finding, and for names each name word (a first
  /// name alone still unmasks someone).
  static func echoKeys(_ finding: Finding) -> [(hashes: [UInt64], what: String)] {
    let words = TokenizedText(finding.text).tokens.filter { $0.kind != .punctuation }
    guard !words.isEmpty else { return [] }
    let what = describe(finding.category)
    var keys = [(words.map(\.hash), what)]
    if finding.category == PHICategory.name.rawValue, words.count > 1 {
      for word in words where word.length >= 3 && !nameTitles.contains(word.hash) {
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
