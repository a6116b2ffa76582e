/// The learned model's view of a text: words, word pairs, word endings (so unseen drug and
/// disease names still look medical) and a few shape features (links, mentions, emoji,
/// capitals, length). Each feature remembers the tokens it came from, so a decision can be
/// explained with spans.
struct ModelFeature: Sendable, Hashable {
  enum Kind: UInt8, Sendable {
    case word, pair, ending, shape, link, rule
  }

  var kind: Kind
  var hash: UInt64
  var first: Int32
  var last: Int32

  /// The bare fact that the text has a link (not what the link's words say).
  var isLinkShape: Bool { kind == .shape && hash == ModelFeatures.shapeHashes[0] }
}

enum ModelFeatures {
  static let wordSeed = TextHash.word("w:")
  static let pairSeed = TextHash.word("b:")
  static let endingSeed = TextHash.word("s:")
  static let shapeSeed = TextHash.word("x:")
  static let linkSeed = TextHash.word("u:")
  static let ruleSeed = TextHash.word("r:")
  /// Word endings are taken from words at least this long.
  static let endingMinimum = 6
  static let endingLength = 4

  static let shapes = [
    "<url>", "<mention>", "<email>", "<emoji>", "<num>", "<caps>", "<q>", "<bang>",
  ]
  static let shapeHashes = shapes.map { TextHash.combine(shapeSeed, TextHash.word($0)) }
  static let lengthShapes = ["<short>", "<medium>", "<long>"]
  static let lengthHashes = lengthShapes.map { TextHash.combine(shapeSeed, TextHash.word($0)) }

  /// The features of a text; with `evidence`, one feature per classifier rule that matched
  /// (`r:crisis.distress`; `r:crisis.suicidal~flag` when the phrase was negated, joked or
  /// past), so the model weighs families of phrases, not only words it has seen.
  static func extract(_ text: TokenizedText, evidence: TriageEvidence? = nil) -> [ModelFeature] {
    var features: [ModelFeature] = []
    if let evidence { ruleFeatures(evidence, into: &features) }
    let tokens = text.tokens
    features.reserveCapacity(tokens.count * 3)
    var previous: Int?
    var words = 0
    var classCounts = [Int](repeating: 0, count: ModelWordClasses.names.count)
    for (position, token) in tokens.enumerated() {
      let index = Int32(position)
      switch token.kind {
      case .word, .hashtag, .number:
        words += 1
        if let wordClass = ModelWordClasses.members[token.hash] { classCounts[Int(wordClass)] += 1 }
        features.append(
          ModelFeature(
            kind: .word, hash: TextHash.combine(wordSeed, token.hash), first: index, last: index))
        if let previous {
          let pair = TextHash.combine(TextHash.combine(pairSeed, tokens[previous].hash), token.hash)
          features.append(
            ModelFeature(kind: .pair, hash: pair, first: Int32(previous), last: index))
        }
        previous = position
        if token.kind == .number { features.append(shape(4, index)) }
        if token.kind == .word, token.length >= endingMinimum {
          features.append(
            ModelFeature(
              kind: .ending, hash: endingHash(text, token), first: index, last: index))
        }
        if token.isAllCaps, token.kind == .word, token.length >= 3 {
          features.append(shape(5, index))
        }
      case .url:
        features.append(shape(0, index))
        linkWords(text, token) { hash in
          features.append(
            ModelFeature(
              kind: .link, hash: TextHash.combine(linkSeed, hash), first: index, last: index))
        }
        previous = nil
      case .mention:
        features.append(shape(1, index))
        previous = nil
      case .email:
        features.append(shape(2, index))
        previous = nil
      case .emoji:
        features.append(shape(3, index))
        features.append(
          ModelFeature(
            kind: .word, hash: TextHash.combine(wordSeed, token.hash), first: index, last: index))
        previous = nil
      case .punctuation:
        if token.mark == "?" { features.append(shape(6, index)) }
        if token.mark == "!" { features.append(shape(7, index)) }
        if token.endsClause || token.mark == "," || token.mark == "\"" { previous = nil }
      }
    }
    ModelWordClasses.append(counts: classCounts, words: words, to: &features)
    let length = words < 8 ? 0 : words < 40 ? 1 : 2
    features.append(ModelFeature(kind: .shape, hash: lengthHashes[length], first: -1, last: -1))
    return features
  }

  /// The words a link is made of, where its host and path say what it leads to
  /// ("facebook", "watch", "ref", "shop"): letters only, 3 to 20 of them, without the scheme,
  /// `www` and the top-level domain. A shortened link's code is noise that training drops
  /// (features must be seen in several texts).
  static func linkWords(_ text: TokenizedText, _ token: WordToken, _ body: (UInt64) -> Void) {
    var index = token.start
    let end = token.end
    // Skip the scheme.
    for position in index..<min(end, index + 8) where text.scalars[position] == ":" {
      index = position + 1
      while index < end, text.scalars[index] == "/" { index += 1 }
      break
    }
    var hostEnd = index
    while hostEnd < end, text.scalars[hostEnd] != "/", text.scalars[hostEnd] != "?" { hostEnd += 1 }
    // The top-level domain is the host's last label.
    var tld = hostEnd
    while tld > index, text.scalars[tld - 1] != "." { tld -= 1 }
    var hash = TextHash.seed
    var length = 0
    var wordStart = index
    var position = index
    while position <= end {
      let scalar = position < end ? text.scalars[position] : " "
      // An ASCII letter (the only ASCII scalars that are alphabetic), lower-cased by its bit.
      if position < end, scalar.value < 0x80, (0x61...0x7A).contains(scalar.value | 0x20) {
        if length == 0 { wordStart = position }
        hash = TextHash.add(hash, scalar.value | 0x20)
        length += 1
      } else {
        let inTLD = wordStart >= tld && wordStart < hostEnd
        if (3...20).contains(length), !inTLD, hash != www { body(hash) }
        hash = TextHash.seed
        length = 0
      }
      position += 1
    }
  }

  private static let www = TextHash.word("www")

  /// The signals whose rules become model features (not links: the link shape is one; not
  /// sympathy, which only vetoes the model's crisis call).
  static func isModelled(_ signal: TriageSignal) -> Bool {
    switch signal {
    case .ignore, .pregnancy, .sympathy: false
    default: true
    }
  }

  static func ruleFeatures(_ evidence: TriageEvidence, into features: inout [ModelFeature]) {
    for item in evidence.items where isModelled(item.rule.signal) && item.rule.id != "spam.link" {
      let flagged = TriageEvidence.needsContext(item.rule.signal) && !item.isAffirmed
      features.append(
        ModelFeature(
          kind: .rule, hash: flagged ? item.rule.flaggedFeatureHash : item.rule.featureHash,
          first: Int32(item.first),
          last: Int32(item.last)))
    }
  }

  static func ruleHash(_ id: String, flagged: Bool) -> UInt64 {
    TextHash.combine(ruleSeed, TextHash.word(flagged ? id + "~flag" : id))
  }

  /// Rule feature names by hash, for the weights file.
  static let ruleNames: [UInt64: String] = {
    var ids = TriageLexicon.builtInRules.map(\.id)
    ids += TriageSignal.allCases.map { "\($0.rawValue).policy" }
    var names: [UInt64: String] = [:]
    for id in ids {
      names[ruleHash(id, flagged: false)] = "r:" + id
      names[ruleHash(id, flagged: true)] = "r:" + id + "~flag"
    }
    return names
  }()

  private static func shape(_ which: Int, _ index: Int32) -> ModelFeature {
    ModelFeature(kind: .shape, hash: shapeHashes[which], first: index, last: index)
  }

  static func endingHash(_ text: TokenizedText, _ token: WordToken) -> UInt64 {
    var hash = TextHash.seed
    for position in (Int(token.normEnd) - endingLength)..<Int(token.normEnd) {
      hash = TextHash.add(hash, text.normalized[position].value)
    }
    return TextHash.combine(endingSeed, hash)
  }

  /// The feature as written in the weights file, e.g. `w:fever`, `b:chest pain`, `s:itis`.
  static func name(of feature: ModelFeature, in text: TokenizedText) -> String {
    let tokens = text.tokens
    switch feature.kind {
    case .word:
      return "w:" + text.text(of: tokens[Int(feature.first)])
    case .pair:
      return "b:" + text.text(of: tokens[Int(feature.first)]) + " "
        + text.text(of: tokens[Int(feature.last)])
    case .ending:
      let word = text.text(of: tokens[Int(feature.first)])
      return "s:" + String(word.unicodeScalars.suffix(endingLength).map(Character.init))
    case .rule:
      return ruleNames[feature.hash] ?? "r:?"
    case .link:
      var name = "u:?"
      let token = tokens[Int(feature.first)]
      linkWords(text, token) { hash in
        if TextHash.combine(linkSeed, hash) == feature.hash {
          name = "u:" + linkWord(text, token, hash)
        }
      }
      return name
    case .shape:
      if let which = shapeHashes.firstIndex(of: feature.hash) { return "x:" + shapes[which] }
      if let which = lengthHashes.firstIndex(of: feature.hash) { return "x:" + lengthShapes[which] }
      if let which = ModelWordClasses.featureHashes.firstIndex(of: feature.hash) {
        return "x:" + ModelWordClasses.featureNames[which]
      }
      return "x:?"
    }
  }

  /// The hash of a feature name from the weights file; nil when the name is malformed.
  static func hash(ofName name: String) -> UInt64? {
    var bytes = name
    if let decided = bytes.withUTF8(asciiHash(ofName:)) { return decided }
    return generalHash(ofName: name)
  }

  /// `hash(ofName:)` for any name, through `String` (the path ASCII names skip).
  static func generalHash(ofName name: String) -> UInt64? {
    // The kind is one ASCII letter and a colon: read as bytes (the model has some 30,000 names
    // to hash at every start).
    var bytes = name.utf8.makeIterator()
    guard let kind = bytes.next(), bytes.next() == UInt8(ascii: ":"), bytes.next() != nil else {
      return nil
    }
    let body = String(name.utf8.dropFirst(2))!
    switch kind {
    case UInt8(ascii: "w"): return TextHash.combine(wordSeed, TextHash.word(body))
    case UInt8(ascii: "b"):
      let parts = body.split(separator: " ", maxSplits: 1).map(String.init)
      guard parts.count == 2 else { return nil }
      return TextHash.combine(
        TextHash.combine(pairSeed, TextHash.word(parts[0])), TextHash.word(parts[1]))
    case UInt8(ascii: "s"):
      var hash = TextHash.seed
      for scalar in body.unicodeScalars { hash = TextHash.add(hash, scalar.value) }
      return TextHash.combine(endingSeed, hash)
    case UInt8(ascii: "x"): return TextHash.combine(shapeSeed, TextHash.word(body))
    case UInt8(ascii: "u"): return TextHash.combine(linkSeed, TextHash.word(body))
    case UInt8(ascii: "r"): return TextHash.combine(ruleSeed, TextHash.word(body))
    default: return nil
    }
  }

  /// `hash(ofName:)` for an ASCII name, read from its bytes (the model's 30,000 names are
  /// hashed at every start); for ASCII, bytes are the scalars. Nil (not decided) for other
  /// names and for word pairs not written `b:first second`; `.some(nil)` when malformed.
  private static func asciiHash(ofName bytes: UnsafeBufferPointer<UInt8>) -> UInt64?? {
    guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
    guard bytes.count >= 3, bytes[1] == UInt8(ascii: ":") else { return .some(nil) }
    let body = UnsafeBufferPointer(rebasing: bytes[2...])
    switch bytes[0] {
    case UInt8(ascii: "w"): return TextHash.combine(wordSeed, asciiWord(body))
    case UInt8(ascii: "b"):
      let spaces = body.indices.filter { body[$0] == UInt8(ascii: " ") }
      guard spaces.count == 1, let space = spaces.first, space > body.startIndex,
        space < body.endIndex - 1
      else { return nil }
      let first = asciiWord(UnsafeBufferPointer(rebasing: body[..<space]))
      let second = asciiWord(UnsafeBufferPointer(rebasing: body[(space + 1)...]))
      return TextHash.combine(TextHash.combine(pairSeed, first), second)
    case UInt8(ascii: "s"):
      var hash = TextHash.seed
      for byte in body { hash = TextHash.add(hash, UInt32(byte)) }
      return TextHash.combine(endingSeed, hash)
    case UInt8(ascii: "x"): return TextHash.combine(shapeSeed, asciiWord(body))
    case UInt8(ascii: "u"): return TextHash.combine(linkSeed, asciiWord(body))
    case UInt8(ascii: "r"): return TextHash.combine(ruleSeed, asciiWord(body))
    default: return .some(nil)
    }
  }

  /// `TextHash.word` of ASCII bytes: apostrophes dropped, capitals lowered.
  private static func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash = TextHash.seed
    for byte in bytes where byte != UInt8(ascii: "'") {
      hash = TextHash.add(hash, UInt32((0x41...0x5A).contains(byte) ? byte | 0x20 : byte))
    }
    return hash
  }

  /// The lower-case link word with this hash (for the weights file's names).
  private static func linkWord(_ text: TokenizedText, _ token: WordToken, _ wanted: UInt64)
    -> String
  {
    var word = ""
    for scalar in text.scalars[token.start..<token.end] {
      if scalar.properties.isAlphabetic, scalar.isASCII {
        word.unicodeScalars.append(
          scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar)
        if TextHash.word(word) == wanted { return word }
      } else {
        word = ""
      }
    }
    return "?"
  }
}
