/// Facilities ("Mercy General Hospital", "Lakeside Medical Center") and cities or towns,
/// from the place lexicon or after words such as "lives in" and "moved to". States and
/// countries are larger than a state's subdivisions and are never reported.
enum PlaceRules {
  /// Words before a place: "in", "from", "near", "moved to".
  private static let placeLead = WordHash.set([
    "in", "from", "near", "to", "at", "outside", "around", "of", "visiting",
  ])
  /// Stronger leads that make even an unknown capitalised word a place.
  private static let strongLead: [[UInt64]] = [
    ["lives", "in"], ["live", "in"], ["living", "in"], ["lived", "in"], ["moved", "to"],
    ["move", "to"], ["moving", "to"], ["born", "in"], ["raised", "in"], ["resides", "in"],
    ["resident", "of"], ["native", "of"], ["grew", "up", "in"], ["relocated", "to"],
    ["home", "in"], ["town", "of"], ["city", "of"], ["village", "of"], ["county", "of"],
  ].map { $0.map { WordHash.of($0) } }

  static func apply(_ text: ScalarText, lexicon: Lexicon, _ out: inout Candidates) {
    let tokens = text.tokens
    var i = 0
    while i < tokens.count {
      let token = tokens[i]
      guard token.kind == .word, token.isAlpha else {
        i += 1
        continue
      }
      if let (start, end, next) = facility(text, lexicon, i) {
        out.add(start, end, .location, .facility, confidence: 0.85, priority: Priority.place)
        i = next
        continue
      }
      if token.isCapitalized || token.isAllUpper, let (end, next) = knownPlace(text, lexicon, i) {
        let entry = lexicon[token.hash]
        let lead = hasLead(text, before: i)
        let strong = hasStrongLead(text, before: i)
        // A city name that is also an everyday word ("Mobile", "Reading") needs a lead in.
        let common = next == i + 1 && entry.wordFrequency >= 9
        let sentenceInitial = text.startsSentence(i) && entry.wordFrequency >= 7
        if strong || (lead && !common) || (!common && !sentenceInitial && !entry.isName) {
          out.add(
            token.start, end, .location, .city, confidence: strong ? 0.9 : 0.75,
            priority: Priority.lexical)
        } else if !common && !sentenceInitial && entry.isName && lead {
          out.add(token.start, end, .location, .city, confidence: 0.6, priority: Priority.lexical)
        }
        i = next
        continue
      }
      if token.isCapitalized, hasStrongLead(text, before: i),
        NameContextRules.isNameWord(token, lexicon, lenient: false),
        lexicon[token.hash].wordFrequency < 8
      {
        var end = token.end
        var j = i + 1
        while let next = text.token(j), next.kind == .word, next.isCapitalized, j < i + 3,
          !lexicon[next.hash].isStateOrCountry
        {
          end = next.end
          j += 1
        }
        out.add(
          token.start, end, .location, .placeContext, confidence: 0.8, priority: Priority.context)
        i = j
        continue
      }
      i += 1
    }
  }

  /// The longest city (or county) from the lexicon starting at token `i`: its end offset
  /// and the next token index. States and countries are skipped over but not reported.
  private static func knownPlace(_ text: ScalarText, _ lexicon: Lexicon, _ i: Int) -> (Int, Int)? {
    let tokens = text.tokens
    var hash = tokens[i].hash
    var entry = lexicon[hash]
    var best: (Int, Int, LexiconEntry)? =
      entry.isCity || entry.isStateOrCountry ? (tokens[i].end, i + 1, entry) : nil
    var j = i
    while entry.isPlacePrefix, j - i < 4 {
      guard let next = text.token(j + 1), next.kind == .word, next.spaceBefore,
        next.isCapitalized || next.isAllUpper || next.hash == Words.of
      else { break }
      WordHash.add(0x20, to: &hash)
      for offset in next.start..<next.end {
        WordHash.addLowercased(text.scalars[offset], to: &hash)
      }
      j += 1
      entry = lexicon[hash]
      if entry.isCity || entry.isStateOrCountry { best = (next.end, j + 1, entry) }
    }
    guard let best else { return nil }
    if let after = text.token(best.1), after.kind == .word, after.hash == WordHash.of("state") {
      return nil  // New York State
    }
    if best.2.isStateOrCountry && !(best.2.isCity && best.1 - i > 1) {
      return nil  // Georgia, New York state, Jordan: larger than a state subdivision
    }
    return (best.0, best.1)
  }

  private static func hasLead(_ text: ScalarText, before i: Int) -> Bool {
    guard let previous = DateRules.previousWord(text, before: i, within: 1) else { return false }
    return placeLead.contains(text.tokens[previous].hash)
  }

  private static func hasStrongLead(_ text: ScalarText, before i: Int) -> Bool {
    for phrase in strongLead {
      var j = i - 1
      var matched = true
      for word in phrase.reversed() {
        guard text.isWord(j, word) else {
          matched = false
          break
        }
        j -= 1
      }
      if matched { return true }
    }
    return false
  }

  /// "Mercy General Hospital", "St. Luke's Medical Center", "Hospital of the University of
  /// Pennsylvania": capitalised words ending in a facility head word.
  private static func facility(_ text: ScalarText, _ lexicon: Lexicon, _ i: Int) -> (Int, Int, Int)?
  {
    let tokens = text.tokens
    let token = tokens[i]
    // Find the head: a facility noun, or a head word followed by a tail ("Medical Center").
    var headEnd: Int?
    if PlaceWords.facilityNouns.contains(token.hash) {
      headEnd = i
    } else if PlaceWords.facilityHeads.contains(token.hash), let next = text.token(i + 1),
      next.kind == .word, PlaceWords.facilityTails.contains(next.hash)
    {
      headEnd = i + 1
    }
    guard var last = headEnd else { return nil }
    // Extend left over capitalised name words (and St., 's, &, of).
    var first = i
    var j = i - 1
    var named = false
    while j >= 0, i - j <= 6 {
      let t = tokens[j]
      if t.kind == .word, t.isCapitalized || t.isAllUpper, !PlaceWords.stop.contains(t.hash) {
        named =
          named || !PlaceWords.facilityHeads.contains(t.hash) || t.hash == WordHash.of("mayo")
          || t.hash == WordHash.of("kaiser")
        first = j
        j -= 1
      } else if t.kind == .symbol,
        t.first == 0x2E || t.first == 0x27 || t.first == 0x2019 || t.first == 0x26,
        j > 0, tokens[j - 1].kind == .word
      {
        j -= 1
      } else if t.kind == .word, t.hash == Words.s, j > 0,
        text.isSymbol(j - 1, 0x27) || text.isSymbol(j - 1, 0x2019)
      {
        j -= 1
      } else {
        break
      }
    }
    // Extend right: "Hospital of the University of Pennsylvania".
    var k = last + 1
    if text.isWord(k, Words.of) {
      var m = k + 1
      if text.isWord(m, Words.the) { m += 1 }
      var extended = false
      while let t = text.token(m), t.kind == .word, t.isCapitalized || t.hash == Words.of, m - k < 6
      {
        if t.hash != Words.of {
          last = m
          extended = true
        }
        m += 1
      }
      if extended { named = true }
      k = last + 1
    }
    guard named, first < i || last > headEnd! else { return nil }
    // A capitalised head when the name is lower-case would be odd; require the head or the
    // name to be capitalised.
    guard tokens[first].isCapitalized || tokens[first].isAllUpper else { return nil }
    return (tokens[first].start, tokens[last].end, last + 1)
  }
}
