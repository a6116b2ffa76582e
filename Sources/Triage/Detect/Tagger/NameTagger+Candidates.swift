extension NameTagger {
  /// Adds the tagger's names and places as candidates. Handles, health words, states and
  /// countries are never reported through the tagger.
  func apply(
    _ text: ScalarText, tags labels: [(label: Int, margin: Float)], lexicon: Lexicon,
    _ out: inout Candidates
  ) {
    let tokens = text.tokens
    let mixedCase = !text.caseProfile.isMostlyLower
    var i = 0
    while i < tokens.count {
      let label = labels[i].label
      guard label != 0, !isHandle(text, i) else {
        i += 1
        continue
      }
      var j = i
      var margin = labels[i].margin
      var end = tokens[i].end
      while true {
        var k = j + 1
        // An initial's full stop, a glued hyphen or apostrophe stays inside a name.
        if let symbol = text.token(k), symbol.kind == .symbol, text.isGlued(k),
          symbol.first == 0x2E || symbol.first == 0x2D || symbol.first == 0x27
            || symbol.first == 0x2019,
          let next = text.token(k + 1), labels[k + 1].label == label,
          text.isGlued(k + 1)
            || symbol.first == 0x2E
        {
          _ = next
          k += 1
        }
        guard k < tokens.count, labels[k].label == label, tokens[k].kind == .word else { break }
        // "N/A": a letter before a slash is an abbreviation, not an initial.
        if tokens[k].length == 1, text.isSymbol(k + 1, 0x2F), text.isGlued(k + 1) { break }
        // "Sarah Goldberg RN": a credential after a name is not part of it.
        if label == 1, tokens[k].isAllUpper, NameContextRules.credentials.contains(tokens[k].hash) {
          break
        }
        j = k
        end = tokens[k].end
        margin = min(margin, labels[k].margin)
      }
      var start = tokens[i].start
      let confidence = Double(min(0.9, 0.5 + margin / 4))
      if label == 1 {
        // "Son Terrence", "dr kim": a relation, title or other word that is never a name
        // opening the span is not part of the name.
        var first = i
        while first < j, isNeverName(text, first) { first += 1 }
        while first < j, tokens[first].kind != .word { first += 1 }
        start = tokens[first].start
        // In a text that uses capitals, a lower-case word is a name only if the lexicon
        // says names are its usual use ("walker" in a clinical note is a walking frame).
        let lowerCaseWord = (i...j).contains {
          let entry = text.entries[$0]
          return tokens[$0].isAllLower
            && max(entry.firstName, entry.surname) - entry.wordFrequency < 1
        }
        // "Huong, Vietnamese": a nationality or language alone is not a name (a known word
        // that the name lexicon lacks, unlike "Hamish").
        let demonym =
          first == j
          && (Self.isDemonym(text, j) && !text.entries[j].isName
            && text.entries[j].wordFrequency > 0
            || NameWords.languages.contains(tokens[j].hash))
        if isReportableName(text, lexicon, first...j), !(mixedCase && lowerCaseWord), !demonym,
          !isAbbreviation(text, first...j, name: true), !isNeverName(text, first)
        {
          out.add(
            start, end, .name, .taggedName, confidence: confidence, priority: Priority.lexical)
        }
      } else if let j = Self.withoutStateCode(text, i...j),
        isReportablePlace(text, lexicon, i...j), !isAbbreviation(text, i...j, name: false)
      {
        end = tokens[j].end
        // "St. Mary's": a possessive ending belongs to a place's name.
        if text.isApostrophe(j + 1), text.isGlued(j + 1),
          text.isWord(j + 2, Words.s), text.isGlued(j + 2)
        {
          end = tokens[j + 2].end
        }
        out.add(
          start, end, .location, .taggedPlace, confidence: confidence, priority: Priority.lexical)
      }
      i = j + 1
    }
  }

  /// "Andover MA": a state's postal code closing a place's span is the state, not part of
  /// the place; the span ends before it (nil when nothing is left).
  private static func withoutStateCode(_ text: ScalarText, _ range: ClosedRange<Int>) -> Int? {
    let last = text.tokens[range.upperBound]
    guard range.count > 1, last.kind == .word, last.isAllUpper, last.length == 2,
      !text.caseProfile.isMostlyUpper, Words.stateCodes.contains(last.hash)
    else { return range.upperBound }
    var j = range.upperBound - 1
    while j > range.lowerBound, text.tokens[j].kind != .word { j -= 1 }
    return text.tokens[j].kind == .word ? j : nil
  }

  private static let state = WordHash.of("state")
  private static let saintWords = WordHash.set(["st", "saint"])
  private static let saintPrefix: UInt64 = {
    var hash = WordHash.of("saint")
    WordHash.add(0x20, to: &hash)
    return hash
  }()

  /// "St Jude", "Saint Anne": a saint (a prayer) unless the lexicon knows a town so named
  /// ("St Paul" as "saint paul"); "St. Mary's" with its possessive is a place (a hospital,
  /// a church) named for one.
  private static func isSaint(_ text: ScalarText, _ lexicon: Lexicon, _ range: ClosedRange<Int>)
    -> Bool
  {
    let tokens = text.tokens
    let first = range.lowerBound
    guard saintWords.contains(tokens[first].hash) else { return false }
    var next = first + 1
    if next <= range.upperBound, text.isSymbol(next, 0x2E) { next += 1 }
    guard next == range.upperBound, text.entries[next].firstName > 0 else { return false }
    if text.isApostrophe(next + 1), text.isGlued(next + 1) {
      return false
    }
    var hash = saintPrefix
    for offset in tokens[next].start..<tokens[next].end {
      WordHash.addLowercased(text.scalars[offset], to: &hash)
    }
    return !lexicon[hash].isCity
  }
  /// "Southern Italy", "Central": a direction alone is not a place.
  private static let demonymEndings: [[UInt32]] = ["ese", "ian", "ish"].map {
    $0.unicodeScalars.map(\.value)
  }

  /// A capitalised word of six letters or more ending like a nationality.
  static func isDemonym(_ text: ScalarText, _ i: Int) -> Bool {
    let token = text.tokens[i]
    guard token.kind == .word, token.isAlpha, token.length >= 6 else { return false }
    return demonymEndings.contains { ending in
      (0..<3).allSatisfy { k in
        text.scalars[token.end - 3 + k] | 0x20 == ending[k]
      }
    }
  }

  private static let directions = WordHash.set([
    "southern", "northern", "eastern", "western", "central", "upper", "lower", "greater",
    "north", "south", "east", "west", "downtown", "uptown",
  ])

  /// OSA, HLD, MD: a lone short all-capitals word in a text that is not shouting is an
  /// abbreviation unless the lexicon knows it as a name or a city.
  private func isAbbreviation(_ text: ScalarText, _ range: ClosedRange<Int>, name: Bool) -> Bool {
    guard range.count == 1, !text.caseProfile.isMostlyUpper else { return false }
    let token = text.tokens[range.lowerBound]
    guard token.isAllUpper, token.length <= 4 else { return false }
    let entry = text.entries[range.lowerBound]
    if name { return !entry.isLikelyName }
    // "OSA on CPAP": a town's name in capitals needs "in", "from"... before it.
    let lead = range.lowerBound > 0 && TaggerFeatures.cue(text, range.lowerBound - 1) == 4
    return !(entry.isCity && lead)
  }

  /// Titles, relations and words that are never names ("Son", "dr", "The").
  private func isNeverName(_ text: ScalarText, _ i: Int) -> Bool {
    text.tokens[i].kind == .word
      && (NameWords.notNames.contains(text.tokens[i].hash)
        || text.isClass(i, [.title, .kinTitle, .relation, .notName]))
  }

  private func isHandle(_ text: ScalarText, _ i: Int) -> Bool {
    i > 0 && text.isSymbol(i - 1, 0x40) && text.isGlued(i)
  }

  private func isReportableName(_ text: ScalarText, _ lexicon: Lexicon, _ range: ClosedRange<Int>)
    -> Bool
  {
    range.contains { i in
      let token = text.tokens[i]
      guard token.kind == .word, token.flags.contains(.hasLetter) else { return false }
      let entry = text.entries[i]
      return !NameWords.notNames.contains(token.hash) && !entry.isHealthTerm
        && !entry.isStateOrCountry
    }
  }

  private func isReportablePlace(_ text: ScalarText, _ lexicon: Lexicon, _ range: ClosedRange<Int>)
    -> Bool
  {
    let tokens = text.tokens
    var hash = tokens[range.lowerBound].hash
    for i in range.dropFirst() where tokens[i].kind == .word {
      WordHash.add(0x20, to: &hash)
      for offset in tokens[i].start..<tokens[i].end {
        WordHash.addLowercased(text.scalars[offset], to: &hash)
      }
    }
    let phrase = range.count == 1 ? text.entries[range.lowerBound] : lexicon[hash]
    // Georgia, Mexico, Virginia: a state or country first, even where a town shares the name.
    if phrase.isStateOrCountry && !(phrase.isCity && range.count > 1) { return false }
    // U.S, D.C: initials; "normal", "East", "English": everyday words that are not towns.
    if range.allSatisfy({ tokens[$0].kind != .word || tokens[$0].length == 1 }) { return false }
    if range.count == 1, !phrase.isCity, phrase.wordFrequency >= 10 { return false }
    if range.count == 1, Self.directions.contains(tokens[range.lowerBound].hash) { return false }
    if Self.isSaint(text, lexicon, range) { return false }
    // "Apt", "Suite", "Rua" alone: a word that begins an address is not a place by itself.
    if range.count == 1, text.isClass(range.lowerBound, .addressStart) { return false }
    // "Andover MA": a state's postal code is the state.
    if range.count == 1, tokens[range.lowerBound].isAllUpper, tokens[range.lowerBound].length == 2,
      Words.stateCodes.contains(tokens[range.lowerBound].hash)
    {
      return false
    }
    // "Southern Italy", "Northern California": a region of a state or country is not
    // smaller than what Safe Harbor allows to name.
    if range.allSatisfy({ i in
      tokens[i].kind != .word || Self.directions.contains(tokens[i].hash)
        || text.entries[i].isStateOrCountry && !text.entries[i].isCity
    }) {
      return false
    }
    // "Vietnamese", "Brazilian", "Danish": a nationality or language, not a place.
    if range.count == 1, !phrase.isCity, Self.isDemonym(text, range.lowerBound) { return false }
    if let next = text.token(range.upperBound + 1), next.kind == .word, next.hash == Self.state {
      return false  // New York State
    }
    return range.contains { i in
      let entry = text.entries[i]
      return tokens[i].kind == .word && !(entry.isStateOrCountry && !entry.isCity)
        && !entry.isHealthTerm && !text.isClass(i, [.placeStop, .notName])
    }
  }
}
