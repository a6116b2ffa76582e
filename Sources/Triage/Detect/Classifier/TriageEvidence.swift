/// Every rule match in one text, with its context, grouped by what it signals.
struct TriageEvidence {
  struct Item {
    var rule: TriageRule
    var first: Int
    var last: Int
    var start: Int
    var end: Int
    var context: PhraseContext

    var isAffirmed: Bool { context.isAffirmed && context.subject != .general }
  }

  let text: TokenizedText
  private(set) var items: [Item] = []
  /// Someone the writer speaks about or for ("I", "my dad", "she") appears in the text.
  private(set) var hasPersonalAnchor = false
  /// A word saying something bad is happening now ("suddenly", "help", "right now").
  private(set) var acuteCue: Int?
  private(set) var hasQuestionMark = false
  /// Words in the text, and how many of them are the writer ("I", "me", "my").
  private(set) var wordCount = 0
  private(set) var firstPersonCount = 0
  /// How many words name someone else close to the writer ("she", "my wife", "him").
  private(set) var otherPersonCount = 0
  /// Laughter, a joke marker, a smiley (":)", ":-D") or a smiling emoji anywhere in the text.
  private(set) var hasLightTone = false

  init(_ text: TokenizedText, lexicon: TriageLexicon) {
    self.text = text
    let rules = lexicon.rules
    var matches = lexicon.matcher.matches(in: text)
    let masks = matches.filter {
      rules[lexicon.matcher.entries[$0.entry].payload].signal == .ignore
    }
    if !masks.isEmpty {
      matches.removeAll { match in
        rules[lexicon.matcher.entries[match.entry].payload].signal != .ignore
          && masks.contains { $0.first <= match.first && match.last <= $0.last }
      }
    }
    matches = Self.longestPerSignal(matches, lexicon)
    for match in matches {
      let rule = rules[lexicon.matcher.entries[match.entry].payload]
      guard rule.signal != .ignore else { continue }
      let context =
        Self.needsContext(rule.signal)
        ? PhraseContext.of(match.first, match.last, in: text) : PhraseContext()
      items.append(
        Item(
          rule: rule, first: match.first, last: match.last, start: text.tokens[match.first].start,
          end: text.tokens[match.last].end, context: context))
    }
    if let target = lexicon.linkTargetRule { linkTargets(rules[target]) }
    if let bare = lexicon.bareLinkRule { bareLink(rules[bare]) }
    items.sort { ($0.start, $0.end) < ($1.start, $1.end) }
    for item in items { bySignal[item.rule.signal, default: []].append(item) }
    // The word tables read once, not through a one-time initialization check per token.
    let firstPerson = ContextCues.firstPerson
    let closeThirdPerson = ContextCues.closeThirdPerson
    let acute = ContextCues.acute
    for (position, token) in text.tokens.enumerated() {
      if token.kind == .word { wordCount += 1 }
      if firstPerson.contains(token.hash) {
        hasPersonalAnchor = true
        firstPersonCount += 1
      } else if closeThirdPerson.contains(token.hash) {
        hasPersonalAnchor = true
        otherPersonCount += 1
      }
      if acuteCue == nil, acute.contains(token.hash) { acuteCue = position }
      if token.kind == .punctuation, token.mark == "?" { hasQuestionMark = true }
      if !hasLightTone, Self.isLight(position, text) { hasLightTone = true }
    }
  }

  /// Smiling emoji beyond the laughing ones `ContextCues.jokeEmoji` lists.
  static let smilingEmoji: Set<UInt32> = [
    0x1F600, 0x1F601, 0x1F603, 0x1F604, 0x1F609, 0x1F60A, 0x1F60B, 0x1F642, 0x1F917, 0x263A,
  ]

  /// Whether token `position` is laughter, a joke marker, a smiling emoji, or the eyes of a
  /// smiley written in punctuation (":)", ":-)", ";)", ":D", ":P"; the parts touch).
  static func isLight(_ position: Int, _ text: TokenizedText) -> Bool {
    let token = text.tokens[position]
    switch token.kind {
    case .word:
      return ContextCues.jokeWords.contains(token.hash) || PhraseContext.isLaughter(token, text)
    case .emoji:
      let value = text.scalars[token.start].value
      return ContextCues.jokeEmoji.contains(value) || smilingEmoji.contains(value)
    case .punctuation where token.mark == ":" || token.mark == ";":
      var next = position + 1
      if next < text.tokens.count, text.tokens[next].mark == "-",
        text.tokens[next].kind == .punctuation, text.tokens[next].start == token.end
      {
        next += 1
      }
      guard next < text.tokens.count else { return false }
      let mouth = text.tokens[next]
      guard mouth.start == text.tokens[next - 1].end else { return false }
      if mouth.kind == .punctuation { return mouth.mark == ")" }
      return mouth.kind == .word && mouth.length == 1
        && (mouth.hash == Self.bigGrin || mouth.hash == Self.tongue)
    default:
      return false
    }
  }

  private static let bigGrin = TextHash.word("d")
  private static let tongue = TextHash.word("p")

  /// Links whose words say where they lead: a shop, a fundraiser, a referral, a creator.
  private mutating func linkTargets(_ rule: TriageRule) {
    for (position, token) in text.tokens.enumerated() where token.kind == .url {
      var found = false
      ModelFeatures.linkWords(text, token) { hash in
        if SpamRules.linkTargets.contains(hash) { found = true }
      }
      guard found else { continue }
      items.append(
        Item(
          rule: rule, first: position, last: position, start: token.start, end: token.end,
          context: PhraseContext()))
    }
  }

  /// A text that is nothing but a link (a few words at most), unless every link in it is one
  /// a platform wraps all its users' links in (t.co).
  private mutating func bareLink(_ rule: TriageRule) {
    var words = 0
    var link: Int?
    for (position, token) in text.tokens.enumerated() {
      switch token.kind {
      case .word, .number, .hashtag: words += 1
      case .url where link == nil && !Self.isPlatformLink(token, text): link = position
      default: continue
      }
    }
    guard let link, words <= SpamRules.bareLinkWords else { return }
    let token = text.tokens[link]
    items.append(
      Item(
        rule: rule, first: link, last: link, start: token.start, end: token.end,
        context: PhraseContext()))
  }

  /// Whether a link's host is one of `SpamRules.platformLinkHosts`.
  static func isPlatformLink(_ token: WordToken, _ text: TokenizedText) -> Bool {
    var host = String.UnicodeScalarView()
    var index = token.start
    for position in index..<min(token.end, index + 8) where text.scalars[position] == ":" {
      index = position + 1
      while index < token.end, text.scalars[index] == "/" { index += 1 }
      break
    }
    while index < token.end, text.scalars[index] != "/", host.count < 40 {
      let scalar = text.scalars[index]
      // ASCII lower-cased by its bit; Unicode's mapping for the rest.
      if scalar.value < 0x80 {
        host.append(
          (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(UInt8(scalar.value | 0x20)) : scalar
        )
      } else {
        host.append(scalar.properties.lowercaseMapping.unicodeScalars.first!)
      }
      index += 1
    }
    return SpamRules.platformLinkHosts.contains(String(host))
  }

  static func needsContext(_ signal: TriageSignal) -> Bool {
    switch signal {
    case .emergency, .crisis, .distress, .pregnancy, .pregnancyDanger: true
    default: false
    }
  }

  /// Drops a match inside a longer match of the same signal ("pain" inside "chest pain").
  private static func longestPerSignal(
    _ matches: [PhraseIndex<Int>.Match], _ lexicon: TriageLexicon
  ) -> [PhraseIndex<Int>.Match] {
    let signals = matches.map { lexicon.rules[lexicon.matcher.entries[$0.entry].payload].signal }
    var kept: [PhraseIndex<Int>.Match] = []
    for (index, match) in matches.enumerated() {
      let length = match.last - match.first
      let covered = matches.indices.contains { other in
        guard other != index, signals[other] == signals[index] else { return false }
        let outer = matches[other]
        guard outer.first <= match.first, match.last <= outer.last else { return false }
        let outerLength = outer.last - outer.first
        return outerLength > length || (outerLength == length && other < index)
      }
      if !covered { kept.append(match) }
    }
    return kept
  }

  /// Items by signal, grouped once.
  private(set) var bySignal: [TriageSignal: [Item]] = [:]

  func of(_ signal: TriageSignal) -> [Item] { bySignal[signal] ?? [] }

  /// The sum of weights over distinct phrases (by matched text) of a signal.
  func score(_ signal: TriageSignal) -> Int {
    score(of: of(signal))
  }

  func score(of items: [Item]) -> Int {
    var seen = Set<UInt64>()
    var total = 0
    for item in items {
      var key = TextHash.seed
      for token in item.first...item.last { key = TextHash.combine(key, text.tokens[token].hash) }
      if seen.insert(key).inserted { total += item.rule.weight }
    }
    return total
  }
}
