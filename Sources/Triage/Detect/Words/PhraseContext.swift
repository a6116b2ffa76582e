/// How a phrase is used where it occurs: denied, over, supposed, talked about in general,
/// quoted, joked about, and whose it is. Clause-bounded look-arounds in the spirit of NegEx.
struct PhraseContext: Sendable, Hashable {
  enum Modifier: String, Sendable, Hashable {
    case negated, resolved, past, hypothetical, general, quoted, joke
  }

  enum Subject: String, Sendable, Hashable {
    /// The writer ("I", "my").
    case writer
    /// Someone close the writer speaks for ("my dad", "she").
    case close
    /// People in general ("someone", "people").
    case general
    case unknown
  }

  /// The first modifier found and the tokens (`first...last`) that show it.
  var modifier: Modifier?
  var cueFirst = 0
  var cueLast = 0
  var subject: Subject = .unknown

  var isAffirmed: Bool { modifier == nil }

  /// Looks around the tokens `first...last` of `text`.
  static func of(_ first: Int, _ last: Int, in text: TokenizedText) -> PhraseContext {
    var context = PhraseContext()
    let tokens = text.tokens
    let clauseStart = clauseBoundary(before: first, tokens)
    let clauseEnd = clauseBoundary(after: last, tokens)
    context.subject = subject(first, last, clauseStart, tokens)

    if let quote = quoteOpen(before: first, tokens) {
      context.set(.quoted, quote, quote)
    } else if let cue = negation(before: first, clauseStart, tokens) {
      context.set(.negated, cue, cue)
    } else if let (cueFirst, cueLast) = resolution(after: last, clauseEnd, tokens) {
      context.set(.resolved, cueFirst, cueLast)
    } else if let (cueFirst, cueLast) = past(first, last, clauseStart, clauseEnd, tokens) {
      context.set(.past, cueFirst, cueLast)
    } else if let cue = lookBack(first, clauseStart, 6, tokens, ContextCues.hypotheticals) {
      context.set(.hypothetical, cue, cue)
    } else if let cue = lookBack(first, clauseStart, 4, tokens, ContextCues.generalFraming) {
      context.set(.general, cue, cue)
    } else if let cue = joke(first, last, text) {
      context.set(.joke, cue, cue)
    }
    return context
  }

  private mutating func set(_ modifier: Modifier, _ first: Int, _ last: Int) {
    self.modifier = modifier
    cueFirst = first
    cueLast = last
  }

  // MARK: - Look-arounds

  static func clauseBoundary(before position: Int, _ tokens: [WordToken]) -> Int {
    var index = position - 1
    while index >= 0 {
      if tokens[index].endsClause || tokens[index].hash == but { return index + 1 }
      index -= 1
    }
    return 0
  }

  static func clauseBoundary(after position: Int, _ tokens: [WordToken]) -> Int {
    var index = position + 1
    while index < tokens.count {
      if tokens[index].endsClause || tokens[index].hash == but { return index }
      index += 1
    }
    return tokens.count
  }

  private static let but = TextHash.word("but")

  static func negation(before first: Int, _ clauseStart: Int, _ tokens: [WordToken]) -> Int? {
    var index = first - 1
    var words = 0
    while index >= clauseStart, words < 4 {
      let token = tokens[index]
      if token.kind == .word {
        if ContextCues.negators.contains(token.hash) {
          let next = index + 1 < first ? tokens[index + 1].hash : 0
          return ContextCues.pseudoNegationFollowers.contains(next) ? nil : index
        }
        words += 1
      }
      index -= 1
    }
    return nil
  }

  static func resolution(after last: Int, _ clauseEnd: Int, _ tokens: [WordToken]) -> (Int, Int)? {
    var index = last + 1
    var words = 0
    while index < clauseEnd, words < 6 {
      let hash = tokens[index].hash
      if hash == ContextCues.went, index + 1 < clauseEnd, tokens[index + 1].hash == ContextCues.away
      {
        return (index, index + 1)
      }
      // "better off" is not "got better": "my family would be better off" resolves nothing.
      let betterOff =
        hash == ContextCues.better && index + 1 < clauseEnd
        && tokens[index + 1].hash == ContextCues.off
      if ContextCues.resolvers.contains(hash), !betterOff { return (index, index) }
      words += 1
      index += 1
    }
    return nil
  }

  /// A long-ago time word within eight tokens of the phrase, in its clause.
  static func past(
    _ first: Int, _ last: Int, _ clauseStart: Int, _ clauseEnd: Int, _ tokens: [WordToken]
  )
    -> (Int, Int)?
  {
    var index = max(clauseStart, first - 8)
    let end = min(clauseEnd, last + 9)
    while index < end {
      let hash = tokens[index].hash
      if ContextCues.formerly.contains(hash) { return (index, index) }
      if index + 1 < end {
        let next = tokens[index + 1].hash
        if next == ContextCues.ago, ContextCues.longPeriods.contains(hash) {
          return (index, index + 1)
        }
        if hash == ContextCues.last, ContextCues.pastPeriods.contains(next) {
          return (index, index + 1)
        }
        if (hash, next) == ContextCues.usedTo || (hash, next) == ContextCues.historyOf {
          return (index, index + 1)
        }
      }
      index += 1
    }
    return nil
  }

  static func lookBack(
    _ first: Int, _ clauseStart: Int, _ limit: Int, _ tokens: [WordToken], _ cues: WordTable
  ) -> Int? {
    var index = first - 1
    var words = 0
    while index >= clauseStart, words < limit {
      if tokens[index].kind == .word {
        if cues.contains(tokens[index].hash) { return index }
        words += 1
      }
      index -= 1
    }
    return nil
  }

  /// An odd number of double quotes before the phrase in the same paragraph.
  static func quoteOpen(before first: Int, _ tokens: [WordToken]) -> Int? {
    var open: Int?
    var index = 0
    while index < first {
      if tokens[index].isQuote { open = open == nil ? index : nil }
      if tokens[index].kind == .punctuation, tokens[index].mark == "\n" { open = nil }
      index += 1
    }
    return open
  }

  /// Laughter in the same sentence (or anywhere in a short text).
  static func joke(_ first: Int, _ last: Int, _ text: TokenizedText) -> Int? {
    let tokens = text.tokens
    var start = 0
    var end = tokens.count
    if tokens.count > 40 {
      start = first
      while start > 0, !tokens[start - 1].endsClause { start -= 1 }
      end = last + 1
      while end < tokens.count, !tokens[end].endsClause { end += 1 }
      // Laughter often follows the full stop: "I'm going to die. lol"
      end = min(tokens.count, end + 3)
    }
    for index in start..<end {
      let token = tokens[index]
      switch token.kind {
      case .word:
        if ContextCues.jokeWords.contains(token.hash) || isLaughter(token, text) { return index }
      case .emoji:
        if ContextCues.jokeEmoji.contains(text.scalars[token.start].value) { return index }
      default:
        continue
      }
    }
    return nil
  }

  /// "hahahaha", "ahahah", "lmaooo", "lolol".
  static func isLaughter(_ token: WordToken, _ text: TokenizedText) -> Bool {
    let letters = text.normalized[Int(token.normStart)..<Int(token.normEnd)]
    guard letters.count >= 4 else { return false }
    if letters.allSatisfy({ $0 == "h" || $0 == "a" }) { return true }
    if letters.allSatisfy({ $0 == "l" || $0 == "o" }) { return true }
    // "lmao" or "lmfao" first, compared in place (a literal array would be built per word).
    let first = letters.startIndex
    guard letters[first] == "l", letters[first + 1] == "m" else { return false }
    if letters[first + 2] == "a", letters[first + 3] == "o" { return true }
    return letters.count >= 5 && letters[first + 2] == "f" && letters[first + 3] == "a"
      && letters[first + 4] == "o"
  }

  /// Who the phrase is about: the nearest person word before it in the clause, else inside it.
  static func subject(_ first: Int, _ last: Int, _ clauseStart: Int, _ tokens: [WordToken])
    -> Subject
  {
    for index in stride(from: last, through: clauseStart, by: -1) {
      let hash = tokens[index].hash
      if ContextCues.closeThirdPerson.contains(hash) { return .close }
      if ContextCues.firstPerson.contains(hash) { return .writer }
      if ContextCues.generalPeople.contains(hash) {
        // "someone I love", "somebody you know": one particular person, not people in general.
        return isParticular(index, tokens) ? .close : .general
      }
    }
    return .unknown
  }

  /// "someone I love", "a person you know", "somebody we care about".
  static func isParticular(_ index: Int, _ tokens: [WordToken]) -> Bool {
    guard index + 2 < tokens.count,
      ContextCues.knowers.contains(tokens[index + 1].hash),
      ContextCues.closeness.contains(tokens[index + 2].hash)
    else { return false }
    return true
  }
}
