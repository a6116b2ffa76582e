/// The learned model's view of a text: words, word pairs, word endings (so unseen drug and
/// disease names still look medical) and a few shape features (links, mentions, emoji,
/// capitals, length). Each feature remembers the tokens it came from, so a decision can be
/// explained with spans.
struct ModelFeature: Sendable, Hashable {
  enum Kind: UInt8, Sendable {
    case word, pair, ending, shape
  }

  var kind: Kind
  var hash: UInt64
  var first: Int32
  var last: Int32
}

enum ModelFeatures {
  static let wordSeed = TextHash.word("w:")
  static let pairSeed = TextHash.word("b:")
  static let endingSeed = TextHash.word("s:")
  static let shapeSeed = TextHash.word("x:")
  /// Word endings are taken from words at least this long.
  static let endingMinimum = 6
  static let endingLength = 4

  static let shapes = [
    "<url>", "<mention>", "<email>", "<emoji>", "<num>", "<caps>", "<q>", "<bang>",
  ]
  static let shapeHashes = shapes.map { TextHash.combine(shapeSeed, TextHash.word($0)) }
  static let lengthShapes = ["<short>", "<medium>", "<long>"]
  static let lengthHashes = lengthShapes.map { TextHash.combine(shapeSeed, TextHash.word($0)) }

  static func extract(_ text: TokenizedText) -> [ModelFeature] {
    var features: [ModelFeature] = []
    let tokens = text.tokens
    features.reserveCapacity(tokens.count * 3)
    var previous: Int?
    var words = 0
    for (position, token) in tokens.enumerated() {
      let index = Int32(position)
      switch token.kind {
      case .word, .hashtag, .number:
        words += 1
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
    let length = words < 8 ? 0 : words < 40 ? 1 : 2
    features.append(ModelFeature(kind: .shape, hash: lengthHashes[length], first: -1, last: -1))
    return features
  }

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
    case .shape:
      if let which = shapeHashes.firstIndex(of: feature.hash) { return "x:" + shapes[which] }
      if let which = lengthHashes.firstIndex(of: feature.hash) { return "x:" + lengthShapes[which] }
      return "x:?"
    }
  }

  /// The hash of a feature name from the weights file; nil when the name is malformed.
  static func hash(ofName name: String) -> UInt64? {
    guard name.count > 2 else { return nil }
    let body = String(name.dropFirst(2))
    switch name.prefix(2) {
    case "w:": return TextHash.combine(wordSeed, TextHash.word(body))
    case "b:":
      let parts = body.split(separator: " ", maxSplits: 1).map(String.init)
      guard parts.count == 2 else { return nil }
      return TextHash.combine(
        TextHash.combine(pairSeed, TextHash.word(parts[0])), TextHash.word(parts[1]))
    case "s:":
      var hash = TextHash.seed
      for scalar in body.unicodeScalars { hash = TextHash.add(hash, scalar.value) }
      return TextHash.combine(endingSeed, hash)
    case "x:": return TextHash.combine(shapeSeed, TextHash.word(body))
    default: return nil
    }
  }
}
