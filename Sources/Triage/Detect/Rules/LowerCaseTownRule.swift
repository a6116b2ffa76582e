/// Towns typed in lower case, as posts often are: "Dr. Birch in colby", "behind the Cenex
/// in fargo", "the MFM clinic in sioux falls". After "in", "from", "near", "to", "at" or
/// "around", a lower-case word or pair the place lexicon knows as a town, and too rare as a
/// word to be anything else ("in general", "to reading" stay unflagged).
enum LowerCaseTownRule {
  /// The town after lead word `i` (see `CueWordRules`).
  static func apply(_ text: ScalarText, at i: Int, _ out: inout Candidates) {
    var k = i + 1
    if text.isWord(k, Words.the) { k += 1 }  // "for the bronx"
    // Most words after "in" or "to" are no town: the lexicon's bits decide first.
    guard k < text.entries.count, text.entries[k].isCity || text.entries[k].isPlacePrefix,
      text.tokens[i].kind == .word, text.tokens[i].isAllLower, let end = town(text, at: k)
    else { return }
    out.add(
      text.tokens[k].start, text.tokens[end].end, .location, .city, confidence: 0.65,
      priority: Priority.lexical)
  }

  /// The last token of a lower-case town starting at `k`: a known two-word town ("sioux
  /// falls") or one rare word the lexicon knows as a town.
  private static func town(_ text: ScalarText, at k: Int) -> Int? {
    guard let word = text.token(k), isLowerWord(text, k) else { return nil }
    if let next = text.token(k + 1), isLowerWord(text, k + 1), next.spaceBefore {
      var hash = word.hash
      WordHash.add(0x20, to: &hash)
      hash = text.extend(hash, with: k + 1)
      let phrase = Lexicon.shared[hash]
      if phrase.isCity && !phrase.isStateOrCountry { return k + 1 }
    }
    let entry = text.entries[k]
    guard word.length >= 4, entry.isCity, !entry.isStateOrCountry, entry.wordFrequency <= 4,
      !entry.isHealthTerm
    else { return nil }
    return k
  }

  private static func isLowerWord(_ text: ScalarText, _ k: Int) -> Bool {
    guard let t = text.token(k), t.kind == .word, t.isAlpha, t.isAllLower else { return false }
    return !text.isClass(k, [.placeStop, .notName, .month, .weekday, .unit])
  }
}
