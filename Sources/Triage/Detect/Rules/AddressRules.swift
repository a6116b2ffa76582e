/// Street addresses ("42 Oak Street, Apt 4B"), post office boxes and ZIP codes after a
/// state or the word "zip". States themselves are never reported. Roads and rural boxes
/// named by a number are in `NumberedRoadRules`.
enum AddressRules {
  static func apply(_ text: ScalarText, _ out: inout Candidates) {
    let tokens = text.tokens
    let roadHeads = NumberedRoadRules.heads
    for (i, token) in tokens.enumerated() where token.kind == .word {
      // Addresses abroad share this pass over the words (one pass less per text).
      if token.isCapitalized { InternationalAddressRules.apply(text, at: i, &out) }
      if token.flags.contains(.hasDigit) {
        // "Route 9", "RR 2 Box 118", "Rte. 9", "I-95": looked for from the number, as
        // numbers are far fewer than words.
        if let head = roadHead(text, before: i, roadHeads) {
          NumberedRoadRules.apply(text, head, &out)
        }
        if let end = street(text, i) {
          // "N 4408 Market St": a direction before the house number, as some towns write it.
          let start =
            i > 0 && text.tokens[i - 1].length == 1 && text.tokens[i - 1].isAllUpper
              && PlaceWords.directions.contains(text.tokens[i - 1].hash) && token.spaceBefore
            ? text.tokens[i - 1].start : token.start
          out.add(start, end, .location, .street, confidence: 0.9, priority: Priority.place)
        }
        if let end = zip(text, i) {
          out.add(token.start, end, .location, .zip, confidence: 0.9, priority: Priority.keyword)
        }
      } else if text.isSymbol(i - 1, 0x2C), let start = cityBeforeState(text, i) {
        out.add(
          start, text.tokens[i - 2].end, .location, .cityState, confidence: 0.85,
          priority: Priority.place)
      } else if text.isClass(i, .poBoxStart), let end = poBox(text, i) {
        out.add(token.start, end, .location, .poBox, confidence: 0.9, priority: Priority.keyword)
      } else if text.isClass(i, .streetSuffix), let start = namedStreet(text, i) {
        out.add(start, token.end, .location, .street, confidence: 0.75, priority: Priority.place)
      } else if token.length == 1, i > 0,
        text.tokens[i - 1].hash == on || text.tokens[i - 1].hash == off, token.isAllUpper,
        let end = directionalStreet(text, i)
      {
        out.add(token.start, end, .location, .street, confidence: 0.7, priority: Priority.place)
      }
    }
  }

  /// The word naming a road right before number `i`, perhaps glued to "." or "-" ("Rte. 9",
  /// "I-95"): its index if it is one of `heads`.
  private static func roadHead(_ text: ScalarText, before i: Int, _ heads: WordSet) -> Int? {
    var j = i - 1
    guard let before = text.token(j) else { return nil }
    if before.kind == .symbol {
      guard before.first == 0x2E || before.first == 0x2D, text.isGlued(j) else { return nil }
      j -= 1
    }
    guard let head = text.token(j), head.isAlpha, head.length <= 10, heads.contains(head.hash)
    else { return nil }
    return j
  }

  /// A house number, one to four name words, a street suffix, and an optional unit.
  static func street(_ text: ScalarText, _ i: Int) -> Int? {
    let number = text.tokens[i]
    guard text.boundaryBefore(number.start), number.length <= 6,
      CharacterClass.isDigit(text.scalars[number.start])
    else { return nil }
    var c = Cursor(text.scalars, at: number.start)
    guard let digits = c.digits(1...6), digits.value > 0 else { return nil }
    if c.pos < number.end, number.end - c.pos > 1 { return nil }  // 12B is fine, 12mg is not
    var j = i + 1
    if text.isSymbol(j, 0x2D), let next = text.token(j + 1), next.isNumber { j += 2 }  // 12-14
    var words = 0
    var end = -1
    while let token = text.token(j), words < 5 {
      guard token.kind == .word, token.spaceBefore || text.isSymbol(j - 1, 0x2E) else { break }
      // "120 Broadway": a street that needs no name before it.
      if words > 0 && PlaceWords.streetSuffixes.contains(token.hash)
        || words == 0 && token.hash == PlaceWords.broadway && token.isCapitalized
      {
        end = token.end
        j += 1
        if text.isSymbol(j, 0x2E), text.isGlued(j) { j += 1 }
        // "418 Cedar Hollow Rd", "12 Park Place Dr": the first suffix was part of the name.
        if let after = text.token(j), after.kind == .word, after.isCapitalized, after.spaceBefore,
          !after.flags.contains(.lineStart), PlaceWords.streetSuffixes.contains(after.hash)
        {
          end = after.end
          j += 1
          if text.isSymbol(j, 0x2E), text.isGlued(j) { j += 1 }
        }
        // A direction after the suffix: "Main St NW".
        if let after = text.token(j), after.kind == .word, after.isCapitalized,
          PlaceWords.directions.contains(after.hash)
        {
          end = after.end
          j += 1
        }
        break
      }
      let isNameWord =
        token.isCapitalized || token.isAllUpper || PlaceWords.directions.contains(token.hash)
        || ordinalStreet(text, token)
      guard isNameWord, !Words.units.contains(token.hash) || token.isCapitalized else { break }
      if text.isSymbol(j + 1, 0x2E), text.isGlued(j + 1), token.length <= 2 { j += 1 }  // N.
      words += 1
      j += 1
    }
    guard end > 0 else { return nil }
    return unit(text, from: j) ?? end
  }

  /// "on Main St", "off Elm Street": capitalised words and a street suffix after a
  /// preposition, without a house number. "St" must not begin a saint's name.
  private static func namedStreet(_ text: ScalarText, _ i: Int) -> Int? {
    let suffix = text.tokens[i]
    guard suffix.isCapitalized, PlaceWords.streetSuffixes.contains(suffix.hash),
      suffix.hash != PlaceWords.dr
    else { return nil }
    var after = i + 1
    if text.isSymbol(after, 0x2E) { after += 1 }
    if let next = text.token(after), next.kind == .word, next.isCapitalized { return nil }
    var j = i - 1
    var start: Int?
    while let word = text.token(j), word.kind == .word,
      word.isCapitalized || ordinalStreet(text, word),
      i - j <= 3, !PlaceWords.stop.contains(word.hash)
    {
      start = word.start
      j -= 1
    }
    guard let start, let lead = text.token(j), lead.kind == .word,
      PlaceWords.streetLeads.contains(lead.hash)
    else { return nil }
    return start
  }

  /// "on W 49th", "off N Broad", "live on N 6th st": a direction letter after "on" or "off"
  /// and a street's name (an ordinal or a capitalised word), perhaps with its suffix. Token
  /// `i` is the letter; the end offset, or nil.
  private static func directionalStreet(_ text: ScalarText, _ i: Int) -> Int? {
    guard PlaceWords.directions.contains(text.tokens[i].hash), i >= 1,
      let lead = text.token(i - 1), lead.kind == .word, lead.hash == on || lead.hash == off
    else { return nil }
    var k = i + 1
    if text.isSymbol(k, 0x2E), text.isGlued(k) { k += 1 }  // "W. 49th"
    guard let name = text.token(k), name.kind == .word, name.spaceBefore,
      ordinalStreet(text, name)
        || name.isCapitalized && name.isAlpha && !text.isClass(k, [.notName, .placeStop])
          && !text.entries[k].isHealthTerm
    else { return nil }
    if let suffix = text.token(k + 1), suffix.kind == .word, suffix.spaceBefore,
      PlaceWords.streetSuffixes.contains(suffix.hash)
    {
      return suffix.end
    }
    return name.end
  }
  private static let on = WordHash.of("on")
  private static let off = WordHash.of("off")

  /// "Salem, MA", "Fall River, MA 02720", "Springfield, Illinois": the town before a
  /// state. Token `i` is the state; the town is one to three capitalised words before the
  /// comma, none of them an everyday word unless the lexicon knows the town.
  private static func cityBeforeState(_ text: ScalarText, _ i: Int) -> Int? {
    // The comma first (the caller tests it too): it rules out almost every word.
    guard i >= 2, text.isSymbol(i - 1, 0x2C) else { return nil }
    let state = text.tokens[i]
    let isCode = state.isAllUpper && state.length == 2 && Words.stateCodes.contains(state.hash)
    // "Vietnamese, ID 44721": ID (identifier) and OR (operating room) need a known town.
    let ambiguous = isCode && Words.ambiguousStateCodes.contains(state.hash)
    let isName = state.isCapitalized && text.entries[i].isState
    guard isCode || isName, i >= 2, text.isSymbol(i - 1, 0x2C) else { return nil }
    // "Thanks, OK I will": a capitalised word after a two-letter code means it is not one.
    if isCode, let next = text.token(i + 1), next.kind == .word, next.isCapitalized,
      !next.flags.contains(.lineStart)
    {
      return nil
    }
    var j = i - 2
    var start: Int?
    var known = false
    var common = false
    // "New Bedford, MA": "New" opens a town name though it is never a place alone.
    while let word = text.token(j), word.kind == .word, word.isAlpha, i - 2 - j < 3,
      word.isCapitalized,
      !text.isClass(j, [.notName, .placeStop, .streetSuffix]) || word.hash == newWord && j < i - 2
    {
      // "Ojo del Venado, NM": a particle between two words of the town's name.
      if PlaceRules.isParticleInName(text, j - 1) {
        start = text.tokens[j - 2].start
        j -= 3
        continue
      }
      start = word.start
      known = known || text.entries[j].isCity
      common = common || text.entries[j].wordFrequency >= 9
      j -= 1
    }
    guard var start else { return nil }
    if ambiguous && !known { return nil }
    // "gray Honda Civic, MA plate 4RXT72": a car's make and model, not a town.
    if PlaceWords.carMakes.contains(text.tokens[j + 1].hash)
      || j >= 0 && text.tokens[j].kind == .word && PlaceWords.carMakes.contains(text.tokens[j].hash)
    {
      return nil
    }
    // "St. Johnsbury, VT", "Ft. Collins, CO": an abbreviated Saint, Fort or Mount opens it.
    if text.isSymbol(j, 0x2E), text.isGlued(j), let short = text.token(j - 1), short.isCapitalized,
      townAbbreviations.contains(short.hash)
    {
      start = short.start
    }
    // "Port Lorne, ME 04107": a ZIP code after the state vouches for the town.
    let zipFollows = text.token(i + 1).map { $0.isNumber && $0.length == 5 } ?? false
    if !known && common && !zipFollows {
      // A town of several words is known as a phrase: "Fall River".
      var hash = text.tokens[j + 1].hash
      for k in (j + 2)..<(i - 1) {
        WordHash.add(0x20, to: &hash)
        hash = text.extend(hash, with: k)
      }
      guard Lexicon.shared[hash].isCity else { return nil }
    }
    return start
  }

  private static let newWord = WordHash.of("new")
  private static let townAbbreviations = WordHash.set(["st", "ste", "ft", "mt", "pt"])

  /// 5th, 42nd, 1st as a street name word.
  private static func ordinalStreet(_ text: ScalarText, _ token: Token) -> Bool {
    guard token.flags.contains(.hasDigit), token.flags.contains(.hasLetter) else { return false }
    var c = Cursor(text.scalars, at: token.start)
    guard c.digits(1...3) != nil else { return false }
    return Words.ordinalSuffixes.contains(text.hash(c.pos, token.end))
  }

  /// ", Apt 4B", " Suite 200", " #12" after a street: the end of the unit, if any.
  private static func unit(_ text: ScalarText, from start: Int) -> Int? {
    var j = start
    if text.isSymbol(j, 0x2C) { j += 1 }
    if text.isSymbol(j, 0x23), let value = text.token(j + 1), value.kind == .word,
      value.flags.contains(.hasDigit)
    {
      return value.end
    }
    guard let designator = text.token(j), designator.kind == .word,
      PlaceWords.units.contains(designator.hash)
    else { return nil }
    j += 1
    if text.isSymbol(j, 0x2E) { j += 1 }
    if text.isSymbol(j, 0x23) { j += 1 }
    guard let value = text.token(j), value.kind == .word,
      value.flags.contains(.hasDigit) || value.length <= 2
    else { return nil }
    return value.end
  }

  /// Five digits (or ZIP+4) after a state code or name, or after "zip" / "postal code".
  static func zip(_ text: ScalarText, _ i: Int) -> Int? {
    let token = text.tokens[i]
    guard token.isNumber, (4...6).contains(token.length), text.boundaryBefore(token.start) else {
      return nil
    }
    var end = token.end
    if text.isSymbol(i + 1, 0x2D), text.isGlued(i + 1), let plus = text.token(i + 2), plus.isNumber,
      plus.length == 4, text.isGlued(i + 2)
    {
      end = plus.end
    } else if !text.boundaryAfter(token.end)
      || (text[token.end] == 0x2D || text[token.end] == 0x2E)
        && CharacterClass.isDigit(text[token.end + 1])
    {
      return nil
    }
    // zip 62704, zip code: 62704, postal code 62704, ZIP: 3520
    var k = i - 1
    var skipped = 0
    while let lead = text.token(k), skipped < 3 {
      if lead.kind == .word, Words.zipLead.contains(lead.hash) { return end }
      k -= 1
      skipped += 1
    }
    var j = i - 1
    if text.isSymbol(j, 0x2C) { j -= 1 }
    guard let previous = text.token(j), previous.kind == .word else { return nil }
    // "Estonia 62488" ending an address: a postal code after the country.
    let year = token.length == 4 && (1900...2099).contains(Int(text.string(of: token)) ?? 0)
    if previous.isCapitalized, text.entries[j].isCountry, !text.entries[j].isState, !year,
      text.token(i + 1).map({ $0.flags.contains(.lineStart) || $0.kind == .symbol }) ?? true
    {
      return end
    }
    // "zip: 3520": four or six digits only after the word.
    let isUSLength = token.length == 5
    if previous.isAllUpper, previous.length == 2, Words.stateCodes.contains(previous.hash),
      isUSLength
    {
      // "ID 44721" is an identifier unless a known town comes before: "Boise, ID 83702".
      if Words.ambiguousStateCodes.contains(previous.hash) {
        guard text.isSymbol(j - 1, 0x2C), j >= 2, text.entries[j - 2].isCity else { return nil }
      }
      return end
    }
    if previous.isCapitalized, Words.stateNames.contains(previous.hash), isUSLength { return end }
    return nil
  }

  /// PO Box 1234, P.O. Box 12, Post Office Box 7.
  private static func poBox(_ text: ScalarText, _ i: Int) -> Int? {
    let token = text.tokens[i]
    var j: Int
    if token.hash == Words.po || token.hash == PlaceWords.pobox {
      j = i + 1
      if text.isSymbol(j, 0x2E) { j += 1 }
    } else if token.hash == Words.p, text.isSymbol(i + 1, 0x2E), text.isWord(i + 2, Words.o) {
      j = i + 3
      if text.isSymbol(j, 0x2E) { j += 1 }
    } else if token.hash == PlaceWords.post, text.isWord(i + 1, PlaceWords.office) {
      j = i + 2
    } else {
      return nil
    }
    if token.hash != PlaceWords.pobox {
      guard text.isWord(j, PlaceWords.poBoxBox) else { return nil }
      j += 1
    }
    if text.isSymbol(j, 0x23) { j += 1 }
    guard let number = text.token(j), number.kind == .word, number.flags.contains(.hasDigit) else {
      return nil
    }
    return number.end
  }
}
