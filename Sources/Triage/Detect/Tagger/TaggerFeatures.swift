/// The features of the name and place tagger. `scripts/train-tagger.py` computes exactly the
/// same ones (same hashing, same templates) when it trains the weights; change both together
/// and retrain.
enum TaggerFeatures {
  /// Feature templates; the numbers are part of the trained model.
  enum Template: UInt64 {
    case bias = 1, word, suffix, prefix, shape, length, firstName, surname, frequency
    case nameScore, placeFlags, shapeNameScore, shapeFrequency, shapeSentenceStart
    case previousWord, nextWord, previousWord2, nextWord2, previousShape, nextShape
    case previousSymbol, caseProfile, previousLabel, previousLabelShape, cue
    case nextNameScore, previousNameScore, wordShape
  }

  /// Word shapes: 0 lower, 1 Capitalised, 2 ALLCAPS, 3 mixed, 4 single capital, 5 digits,
  /// 6 letters and digits, 7 symbol.
  static func shape(_ token: Token) -> UInt64 {
    if token.kind == .symbol { return 7 }
    let letters = token.flags.contains(.hasLetter)
    let digits = token.flags.contains(.hasDigit)
    if !letters { return 5 }
    if digits { return 6 }
    if token.isAllUpper { return token.length == 1 ? 4 : 2 }
    if token.isAllLower { return 0 }
    if token.isCapitalized { return 1 }
    return 3
  }

  /// How much more often the word is a name than a word, 0...12, or 20 when not a name.
  static func nameScore(_ entry: LexiconEntry) -> UInt64 {
    guard entry.isName else { return 20 }
    let score = max(entry.firstName, entry.surname) - entry.wordFrequency
    return UInt64(min(6, max(-6, score)) + 6)
  }

  static func placeFlags(_ entry: LexiconEntry) -> UInt64 {
    (entry.isCity ? 1 : 0) | (entry.isState ? 2 : 0) | (entry.isCountry ? 4 : 0)
      | (entry.isHealthTerm ? 8 : 0)
  }

  /// Mixes a template id and a value into a table index (splitmix64 finaliser).
  @inline(__always)
  static func index(_ template: Template, _ value: UInt64, mask: Int) -> Int {
    var h = (template.rawValue &* 0x9E37_79B9_7F4A_7C15) ^ value
    h ^= h >> 29
    h = h &* 0xBF58_476D_1CE4_E5B9
    h ^= h >> 32
    return Int(truncatingIfNeeded: h) & mask
  }

  /// FNV-1a of the lower-cased first or last (up to) three scalars of a token.
  static func affix(_ text: ScalarText, _ token: Token, suffix: Bool) -> UInt64 {
    var hash = WordHash.offsetBasis
    let count = min(3, token.length)
    let start = suffix ? token.end - count : token.start
    for offset in start..<(start + count) {
      WordHash.addLowercased(text.scalars[offset], to: &hash)
    }
    return hash
  }

  static let beginning: UInt64 = 0x5EED_0001
  static let ending: UInt64 = 0x5EED_0002

  /// Cue words before a token: 1 title, 2 relation or role, 3 introducer, 4 place lead-in.
  static func cue(_ hash: UInt64) -> UInt64 {
    if NameWords.titles.contains(hash) { return 1 }
    if NameWords.relations.contains(hash) || NameWords.roles.contains(hash) { return 2 }
    if NameWords.introducers.contains(hash) || hash == NameWords.name { return 3 }
    if TaggerFeatures.placeCues.contains(hash) { return 4 }
    return 0
  }

  static let placeCues = WordHash.set(["in", "from", "near", "to", "at", "visiting", "around"])
}
