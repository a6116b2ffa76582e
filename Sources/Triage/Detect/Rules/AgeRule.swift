/// Ages over 89: "93 years old", "92 y/o", "age 97", "aged 101", "a 95-year-old", "in her 90s".
enum AgeRule {
  private static let after = WordHash.set(["yo", "y", "yrs", "yr", "year", "years", "yoa"])
  /// Glued after the number in clinical shorthand: 91F, 92M, 93yof.
  private static let gluedSex = WordHash.set(["f", "m", "yof", "yom", "yf", "ym", "yow"])
  private static let before = WordHash.set([
    "age", "aged", "ages", "aet", "turned", "turning", "turn", "turns",
  ])
  private static let yearWords = WordHash.set(["year", "years", "yrs", "yr"])
  private static let young = WordHash.of("young")
  private static let possessive = WordHash.set(["her", "his", "their", "my", "your", "our"])

  static func apply(_ text: ScalarText, _ out: inout Candidates) {
    let tokens = text.tokens
    let (ninety, hundred, nineties) = (Self.ninety, Self.hundred, Self.nineties)
    for (i, token) in tokens.enumerated() where token.kind == .word {
      guard token.flags.contains(.hasDigit) else {
        if token.hash == ninety || token.hash == hundred || token.hash == nineties,
          token.isAlpha, let end = spelledAge(text, i)
        {
          add(token.hash == hundred ? tokens[i - 1].start : token.start, end, &out)
        }
        continue
      }
      var c = Cursor(text.scalars, at: token.start)
      guard let number = c.digits(2...3), (90...125).contains(number.value),
        text.boundaryBefore(token.start)
      else { continue }
      if c.pos < token.end {
        // 92yo, 93y, 90s
        let suffix = text.hash(c.pos, token.end)
        let currency =
          token.start > 0 && [0x24, 0xA3, 0x20AC].contains(text.scalars[token.start - 1])
        if after.contains(suffix) || gluedSex.contains(suffix) && !currency {
          add(token.start, c.pos, &out)
        } else if suffix == Words.s,
          let previous = DateRules.previousWord(text, before: i, within: 2),
          possessive.contains(tokens[previous].hash)
        {
          add(token.start, c.pos, &out)
        }
        continue
      }
      if text.isSymbol(i + 1, 0x2E), text.isGlued(i + 1),
        CharacterClass.isDigit(text[token.end + 1])
      {
        continue  // 90.5 is a measurement
      }
      var j = i + 1
      if text.isSymbol(j, 0x2D) { j += 1 }  // 95-year-old
      if let next = text.token(j), next.kind == .word, after.contains(next.hash) {
        if next.hash == Words.y {
          // y/o, y.o., y o
          let k = text.isSymbol(j + 1, 0x2F) || text.isSymbol(j + 1, 0x2E) ? j + 2 : j + 1
          if text.isWord(k, Words.o) || isApposition(text, i) { add(token.start, token.end, &out) }
        } else if yearWords.contains(next.hash) {
          var k = j + 1
          if text.isSymbol(k, 0x2D) { k += 1 }
          if text.isWord(k, Words.old) || text.isWord(k, Words.of)
            || text.isWord(k, young)
          {
            add(token.start, token.end, &out)
          }
        } else {
          add(token.start, token.end, &out)
        }
        continue
      }
      if let previous = DateRules.previousWord(text, before: i, within: 2),
        before.contains(tokens[previous].hash)
      {
        add(token.start, token.end, &out)
      } else if isPersonIs(text, before: i), !followedByUnit(text, i) {
        add(token.start, token.end, &out)
      } else if isApposition(text, i) || diedAt(text, i) {
        add(token.start, token.end, &out)
      }
    }
  }

  /// "Otis Marsh, 97, fell", "Rosario Benavides (96)": the number set off right after a
  /// capitalised name, closed by punctuation.
  private static func isApposition(_ text: ScalarText, _ i: Int, last: Int? = nil) -> Bool {
    let last = last ?? i
    // Any capitalised word or a name in a script without case ("林国华, 93,"), but not a
    // vital sign, a unit, a month or a health word ("HR, 95").
    guard i >= 2, text.isSymbol(i - 1, 0x2C) || text.isSymbol(i - 1, 0x28) else { return false }
    // "Dorothy McGillicuddy ("Dot"), ninety-one,": a nickname in brackets before the comma.
    var n = i - 2
    if text.isSymbol(n, 0x29), text.isSymbol(i - 1, 0x2C) {
      var m = n - 1
      while m > n - 5, m > 0, !text.isSymbol(m, 0x28) { m -= 1 }
      if text.isSymbol(m, 0x28) { n = m - 1 }
    }
    guard let name = text.token(n), name.isAlpha, name.length >= 2,
      name.isCapitalized && !name.isAllUpper
        || name.flags.contains(.nonASCII) && !name.isAllLower && !name.isAllUpper,
      !text.isClass(n, [.month, .weekday, .unit, .notName]),
      !text.entries[n].isHealthTerm, !text.entries[n].isStateOrCountry
    else { return false }
    guard let next = text.token(last + 1) else { return true }
    // "Hjalmar Nordgaard, 90 y, M."
    if last == i, next.kind == .word, next.hash == Words.y, text.isSymbol(i + 2, 0x2C) {
      return true
    }
    guard next.kind == .symbol else { return false }
    switch next.first {
    // "Naw Mu Mu, 92 (IGRA pending)"
    case 0x2C, 0x29, 0x3B, 0x28: return true
    case 0x2E: return !CharacterClass.isDigit(text[next.end])
    default: return false
    }
  }

  /// "He passed on Nov 9 at 98": "at" and the number after a word about dying.
  private static func diedAt(_ text: ScalarText, _ i: Int) -> Bool {
    guard text.isWord(i - 1, at), !followedByUnit(text, i) else { return false }
    var j = i - 2
    while j >= 0, j >= i - 7, text.tokens[j].kind == .word || text.tokens[j].first == 0x2C {
      if death.contains(text.tokens[j].hash) { return true }
      j -= 1
    }
    return false
  }
  private static let at = WordHash.of("at")
  private static let measured = WordHash.set([
    "it", "that", "this", "temp", "temperature", "fever", "sugar", "sugars", "glucose", "bp",
    "pressure", "sat", "sats", "o2", "oxygen", "pulse", "hr", "rate", "weight", "score", "level",
    "reading", "number", "count", "iq", "heart",
  ])
  private static let death = WordHash.set([
    "died", "passed", "passing", "death", "dies", "deceased", "expired",
  ])

  private static let yo = WordHash.of("yo")
  private static let ninety = WordHash.of("ninety")
  private static let nineties = WordHash.of("nineties")
  private static let hundred = WordHash.of("hundred")
  private static let units = WordHash.set([
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
  ])
  private static let hundredLeads = WordHash.set(["one", "a"])

  /// Ages spelled out: "ninety-two-year-old", "aged ninety one", "one hundred years old",
  /// "in her nineties". The end of the age, or nil.
  private static func spelledAge(_ text: ScalarText, _ i: Int) -> Int? {
    let token = text.tokens[i]
    if token.hash == nineties {
      guard let previous = DateRules.previousWord(text, before: i, within: 1),
        possessive.contains(text.tokens[previous].hash)
      else { return nil }
      return token.end
    }
    if token.hash == hundred {
      guard let lead = text.token(i - 1), lead.kind == .word, hundredLeads.contains(lead.hash)
      else { return nil }
    }
    var end = token.end
    var j = i + 1
    // ninety-two, ninety two, one hundred and one
    var k = j
    if text.isSymbol(k, 0x2D) || text.isWord(k, Words.and) { k += 1 }
    if let unit = text.token(k), unit.kind == .word, units.contains(unit.hash) {
      end = unit.end
      j = k + 1
    }
    // -year-old, years old, yo
    var m = j
    if text.isSymbol(m, 0x2D) { m += 1 }
    if let next = text.token(m), next.kind == .word {
      if yearWords.contains(next.hash) {
        var n = m + 1
        if text.isSymbol(n, 0x2D) { n += 1 }
        if text.isWord(n, Words.old) { return end }
      } else if next.hash == yo {
        return end
      }
    }
    let first = token.hash == hundred ? i - 1 : i
    if let previous = DateRules.previousWord(text, before: first, within: 2),
      before.contains(text.tokens[previous].hash)
    {
      return end
    }
    // "Winifred Ames, ninety-six, end-stage IPF"
    return isApposition(text, first, last: text.tokenIndex(startingAt: end, from: i) - 1)
      ? end : nil
  }

  /// "grandpa is 97", "she turned 100": a person, then is/was/turned, then the number.
  private static func isPersonIs(_ text: ScalarText, before i: Int) -> Bool {
    // "she's 93", "grandma's 95"
    if i >= 1, let previous = text.token(i - 1), previous.kind == .word {
      if contractions.contains(previous.hash) { return true }
      if i >= 3, text.isWord(i - 1, Words.s),
        text.isApostrophe(i - 2),
        text.isGlued(i - 1), text.isGlued(i - 2),
        NameWords.relations.contains(text.tokens[i - 3].hash)
          || people.contains(text.tokens[i - 3].hash)
      {
        return true
      }
    }
    guard i >= 2, text.tokens[i - 1].kind == .word, verbs.contains(text.tokens[i - 1].hash) else {
      return false
    }
    // "Rosario Quispe is 96": a name right before the verb.
    if let subject = text.token(i - 2), subject.isCapitalized, !subject.isAllUpper,
      text.entries[i - 2].isLikelyName
    {
      return true
    }
    // "my abuela ... is 96", "she has dementia and is 95": a person within the sentence.
    var j = i - 2
    while j >= 0 && j >= i - 6, text.tokens[j].kind == .word {
      let token = text.tokens[j]
      // "my son's fever is 102", "and it is 101": a measurement is the subject.
      if measured.contains(token.hash) { return false }
      if NameWords.relations.contains(token.hash) || people.contains(token.hash)
        || text.isClass(j, .kinTitle)
      {
        return true
      }
      j -= 1
    }
    return false
  }

  private static func followedByUnit(_ text: ScalarText, _ i: Int) -> Bool {
    guard let next = text.token(i + 1) else { return false }
    if next.kind == .symbol {
      // "94." ends a sentence; "94.5" is a measurement.
      return next.first == 0x25 || next.first == 0x2F
        || next.first == 0x2E && CharacterClass.isDigit(text[next.end])
    }
    return Words.units.contains(next.hash)
  }

  private static let verbs = WordHash.set(["is", "was", "turned", "turns", "turning", "just"])
  private static let people = WordHash.set([
    "he", "she", "i", "i'm", "im", "who", "nana", "granny", "grandma", "grandpa", "mamaw",
    "papaw",
  ])
  private static let contractions = WordHash.set(["she's", "he's", "shes", "hes", "she’s", "he’s"])

  private static func add(_ start: Int, _ end: Int, _ out: inout Candidates) {
    out.add(start, end, .age, .age, confidence: 0.9, priority: Priority.formatted)
  }
}
