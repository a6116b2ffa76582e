/// The features of the name and place tagger. `scripts/train-tagger.py` computes exactly the
/// same ones (same hashing, same templates) when it trains the weights; change both together
/// and retrain.
enum TaggerFeatures {
  /// Feature templates; the numbers are part of the trained model.
  enum Template: UInt64 {
    case bias = 1
    case word = 2
    case suffix = 3
    case prefix = 4
    case shape = 5
    // 6 to 9 (length, first-name, surname and frequency levels) are retired: nameLevels
    // carries them.
    case nameScore = 10
    case placeFlags = 11
    case shapeNameScore = 12
    case shapeFrequency = 13
    case shapeSentenceStart = 14
    case previousWord = 15
    case nextWord = 16
    // 17 and 18 (the words two away) are retired.
    case previousShape = 19
    case nextShape = 20
    case previousSymbol = 21
    case caseProfile = 22
    case previousLabel = 23
    case previousLabelShape = 24
    case cue = 25
    case nextNameScore = 26
    case previousNameScore = 27
    case wordShape = 28
    case suffix2 = 29
    case nameLevels = 30
    case profileShapeNameScore = 31
    case cue2 = 32
    case previousWordShape = 33
    case nextWordShape = 34
    // 35 (the first word after leading @-handles and "RT") is retired: it added nothing
    // measurable and its cost paid for the spelling model.
    case nextSymbol = 36
    // 37 (the cluster alone) and 42 (the middle class with the shape) are retired:
    // clusterShape and coarseShape carry them.
    case clusterShape = 38
    case coarseShape = 39
    case previousMid = 40
    case nextMid = 41
    case likenessShape = 43
    case profileLikeness = 44
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

  /// Very common lower-case words that are never names ("the", "and", "was"): not scored
  /// at all (the training script skips the same ones).
  @inline(__always)
  static func isFunctionWord(_ token: Token, _ entry: LexiconEntry) -> Bool {
    token.isAllLower && entry.wordFrequency >= 12 && !entry.isName
  }

  /// In a text that uses capitals, a lower-case word that is not mostly a name is never
  /// reported as one, so it is not scored either (the training script does the same).
  @inline(__always)
  static func isPlainLowerWord(_ token: Token, _ entry: LexiconEntry) -> Bool {
    token.isAllLower && !entry.isLikelyName
  }

  /// How much more often the word is a name than a word, 0...12, or 20 when not a name.
  static func nameScore(_ entry: LexiconEntry) -> UInt64 {
    guard entry.isName else { return 20 }
    let score = max(entry.firstName, entry.surname) - entry.wordFrequency
    return UInt64(min(6, max(-6, score)) + 6)
  }

  /// First-name, surname and word levels in thirds, as one value (0...215): lets the
  /// linear model weigh their combinations ("common first name, rare word").
  static func nameLevels(_ entry: LexiconEntry) -> UInt64 {
    UInt64((entry.firstName / 3) * 36 + (entry.surname / 3) * 6 + entry.wordFrequency / 3)
  }

  /// What follows a word: 0 a word, 1 an apostrophe, 2 a comma, 3 a colon, 4 a full stop,
  /// 5 other punctuation, 6 the end of the text.
  static func nextSymbol(_ text: ScalarText, _ i: Int) -> UInt64 {
    guard let next = text.token(i + 1) else { return 6 }
    if next.kind == .word { return 0 }
    switch next.first {
    case 0x27, 0x2019: return 1
    case 0x2C: return 2
    case 0x3A: return 3
    case 0x2E: return 4
    default: return 5
    }
  }

  /// Words and marks that join two names in a list ("Vin , Dwayne , Ty", "Ripley and
  /// Bishop"): the neighbour features look across them and the decoder chains the two.
  static let conjunctionsList: [String] = ["and", "or", "&", "n", "vs", ",", "/", "+"]
  static let conjunctionWords = (
    WordHash.of("and"), WordHash.of("or"), WordHash.of("n"), WordHash.of("vs")
  )

  /// Whether a token is one of `conjunctionsList` (`words` is `conjunctionWords`, read once
  /// per text).
  @inline(__always)
  static func isConjunction(_ token: Token, _ words: (UInt64, UInt64, UInt64, UInt64)) -> Bool {
    if token.kind == .symbol {
      let c = token.first
      return c == 0x2C || c == 0x26 || c == 0x2F || c == 0x2B
    }
    let h = token.hash
    return h == words.0 || h == words.1 || h == words.2 || h == words.3
  }

  /// The middle class (of 256) of a word's cluster plus one; 0 when it has none.
  @inline(__always)
  static func midCluster(_ entry: LexiconEntry) -> UInt64 {
    let cluster = entry.cluster
    return cluster == 0 ? 0 : UInt64(ClusterData.mid[cluster - 1]) + 1
  }

  /// The coarse class (of 32) of a word's cluster plus one; 0 when it has none.
  @inline(__always)
  static func coarseCluster(_ entry: LexiconEntry) -> UInt64 {
    let cluster = entry.cluster
    return cluster == 0 ? 0 : UInt64(ClusterData.coarse[cluster - 1]) + 1
  }

  static func placeFlags(_ entry: LexiconEntry) -> UInt64 {
    (entry.isCity ? 1 : 0) | (entry.isState ? 2 : 0) | (entry.isCountry ? 4 : 0)
      | (entry.isHealthTerm ? 8 : 0)
  }

  /// Mixes a template id and a value into a table index (splitmix64 finaliser).
  @inline(__always)
  static func index(_ template: Template, _ value: UInt64, mask: Int) -> Int {
    index(raw: template.rawValue, value, mask: mask)
  }

  /// The same mixing for any key (the spelling model's n-gram lengths use 202...204).
  @inline(__always)
  static func index(raw key: UInt64, _ value: UInt64, mask: Int) -> Int {
    var h = (key &* 0x9E37_79B9_7F4A_7C15) ^ value
    h ^= h >> 29
    h = h &* 0xBF58_476D_1CE4_E5B9
    h ^= h >> 32
    return Int(truncatingIfNeeded: h) & mask
  }

  /// FNV-1a of the lower-cased last three, first three and last two scalars of a token
  /// (fewer when it is shorter), in one pass: a word of up to three scalars is its own
  /// prefix and suffix.
  @inline(__always)
  static func affixes(_ scalars: UnsafeBufferPointer<UInt32>, _ token: Token) -> (
    suffix: UInt64, prefix: UInt64, suffix2: UInt64
  ) {
    let start = token.start
    let end = token.end
    let length = end - start
    var suffix2 = WordHash.offsetBasis
    for offset in (end - min(2, length))..<end {
      WordHash.addLowercased(scalars[offset], to: &suffix2)
    }
    if length <= 2 { return (suffix2, suffix2, suffix2) }
    var suffix = WordHash.offsetBasis
    for offset in (end - 3)..<end { WordHash.addLowercased(scalars[offset], to: &suffix) }
    if length == 3 { return (suffix, suffix, suffix2) }
    var prefix = WordHash.offsetBasis
    for offset in start..<(start + 3) { WordHash.addLowercased(scalars[offset], to: &prefix) }
    return (suffix, prefix, suffix2)
  }

  static let beginning: UInt64 = 0x5EED_0001
  static let ending: UInt64 = 0x5EED_0002

  /// Cue words before a token: 1 title, 2 relation or role, 3 introducer, 4 place lead-in.
  static func cue(_ text: ScalarText, _ i: Int) -> UInt64 {
    let word = text.classes[i]
    if word.isEmpty { return 0 }
    if word.contains(.title) { return 1 }
    if !word.isDisjoint(with: [.relation, .role]) { return 2 }
    if word.contains(.introducer) || text.tokens[i].hash == NameWords.name { return 3 }
    if word.contains(.placeCue) { return 4 }
    return 0
  }

  static let placeCuesList: [String] = ["in", "from", "near", "to", "at", "visiting", "around"]
  static let placeCues = WordHash.set(placeCuesList)
}
