/// Facilities ("Mercy General Hospital", "Lakeside Medical Center") and cities or towns,
/// from the place lexicon or after words such as "lives in" and "moved to". States and
/// countries are larger than a state's subdivisions and are never reported.
enum PlaceRules {
  /// Words before a place: "in", "from", "near", "moved to".
  private static let placeLead = WordHash.set([
    "in", "from", "near", "to", "at", "outside", "around", "of", "visiting",
  ])
  /// Stronger leads that make even an unknown capitalised word a place: a verb or noun
  /// before "in", "to" or "of" ("lives in", "moved to", "town of", "grew up in").
  private static let strongLeadVerbs = WordHash.set([
    "lives", "live", "living", "lived", "born", "raised", "resides", "reside", "home", "up",
    "moved", "move", "moving", "relocated", "relocating", "resident", "native", "town", "city",
    "village", "county", "township",
  ])
  private static let stateWord = WordHash.of("state")
  /// Facility head words that are also names on their own ("Mayo Clinic").
  private static let facilityNames = WordHash.set(["mayo", "kaiser"])
  private static let strongLeadLinks = WordHash.set(["in", "to", "of"])

  static func apply(_ text: ScalarText, lexicon: Lexicon, _ out: inout Candidates) {
    let tokens = text.tokens
    var i = 0
    while i < tokens.count {
      let token = tokens[i]
      guard token.kind == .word, token.isAlpha else {
        i += 1
        continue
      }
      let capitalized = token.isCapitalized || token.isAllUpper
      guard capitalized || text.isClass(i, [.facilityNoun, .facilityHead]) else {
        i += 1
        continue
      }
      if let (start, end, next) = facility(text, lexicon, i) {
        out.add(start, end, .location, .facility, confidence: 0.85, priority: Priority.place)
        i = next
        continue
      }
      if token.hash == saint || token.hash == st, let (start, end, next) = saintsPlace(text, i) {
        out.add(start, end, .location, .facility, confidence: 0.75, priority: Priority.place)
        i = next
        continue
      }
      if capitalized, let (end, next) = knownPlace(text, lexicon, i) {
        let entry = text.entries[i]
        let lead = hasLead(text, before: i)
        let strong = hasStrongLead(text, before: i)
        // "Norco 5/325": a drug or a health word is not a town; "BIBA": nor is a short
        // abbreviation in capitals without "in" or "from" before it.
        let abbreviation =
          next == i + 1 && token.isAllUpper && token.length <= 4
          && !text.caseProfile.isMostlyUpper && !lead && !strong
        // "a silver Toyota Corolla": a car's make before its model is no town.
        let carMake =
          PlaceWords.carMakes.contains(token.hash)
          && text.token(i + 1).map { $0.kind == .word && $0.isCapitalized } ?? false
        if next == i + 1 && entry.isHealthTerm || abbreviation || carMake {
          i = next
          continue
        }
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
        NameContextRules.isNameWord(text, i, lenient: false),
        text.entries[i].wordFrequency < 8
      {
        var end = token.end
        var j = i + 1
        while let next = text.token(j), next.kind == .word, next.isCapitalized, j < i + 3,
          !text.entries[j].isStateOrCountry
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
    var entry = text.entries[i]
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
    if let after = text.token(best.1), after.kind == .word, after.hash == stateWord {
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
    guard i >= 2, let link = text.token(i - 1), link.kind == .word,
      strongLeadLinks.contains(link.hash), let verb = text.token(i - 2), verb.kind == .word
    else { return false }
    return strongLeadVerbs.contains(verb.hash)
  }

  /// The last token of a facility's head word(s) starting at token `i`: a head word,
  /// service or health word with a tail ("Medical Center", "Imaging Center", "Arthritis
  /// Center"), two of them joined by "&" or "and" ("Rehabilitation & Nursing", "Rheumatology
  /// & Arthritis Center"), or a facility noun alone ("Hospital").
  @inline(__always)
  static func headEnd(_ text: ScalarText, _ i: Int) -> Int? {
    // "Women's Center", "Children's of the Valley": the tokenizer splits the possessive.
    if possessiveHeads.contains(text.tokens[i].hash), text.isApostrophe(i + 1),
      text.isWord(i + 2, Words.s), text.isGlued(i + 1), text.isGlued(i + 2)
    {
      if text.isClass(i + 3, .facilityTail) { return i + 3 }
      return text.isWord(i + 3, Words.of) && text.tokens[i].isCapitalized ? i + 2 : nil
    }
    // "Eastside OB/GYN"
    if text.tokens[i].hash == ob, text.isSymbol(i + 1, 0x2F), text.isWord(i + 2, gyn),
      text.isGlued(i + 1), text.isGlued(i + 2)
    {
      return i + 2
    }
    let noun = text.isClass(i, .facilityNoun)
    guard noun || isHead(text, i), let token = text.token(i), token.kind == .word else {
      return nil
    }
    // "Family Health Center": a tail may take a second tail.
    if text.isClass(i + 1, .facilityTail) {
      return text.isClass(i + 2, .facilityTail) ? i + 2 : i + 1
    }
    if let link = text.token(i + 1), link.first == 0x26 || link.hash == Words.and,
      let other = text.token(i + 2), other.kind == .word,
      other.isCapitalized == token.isCapitalized,
      isHead(text, i + 2)
    {
      if text.isClass(i + 3, .facilityTail) { return i + 3 }
      // "Heart & Vascular", "Rehabilitation & Nursing"
      if text.isClass(i, .facilityHead), isHead(text, i + 2) { return i + 2 }
    }
    return noun ? i : nil
  }

  /// A facility head word, a service or a health word.
  @inline(__always)
  private static func isHead(_ text: ScalarText, _ k: Int) -> Bool {
    text.isClass(k, [.facilityHead, .department]) || text.entries[k].isHealthTerm
  }

  /// "the wait at St. Brendan’s", "ST. JUDE'S": a saint's name in the possessive names a
  /// hospital or a church, unless a day or an eve follows ("St. Patrick's Day"). Token `i`
  /// is "St" or "Saint".
  private static func saintsPlace(_ text: ScalarText, _ i: Int) -> (Int, Int, Int)? {
    let tokens = text.tokens
    var k = i + 1
    if text.isSymbol(k, 0x2E) { k += 1 }
    guard let name = text.token(k), name.kind == .word, name.isAlpha, name.isCapitalized,
      name.spaceBefore || k == i + 1, text.isApostrophe(k + 1),
      text.isGlued(k + 1), let s = text.token(k + 2), s.hash == Words.s, text.isGlued(k + 2)
    else { return nil }
    if let after = text.token(k + 3), after.kind == .word, saintsDays.contains(after.hash) {
      return nil
    }
    return (tokens[i].start, s.end, k + 3)
  }
  /// Nouns that come before the words naming the place, in English and in the languages
  /// of many patients: "Congregation Beth Shalom", "Clinique Familiale Toussaint".
  private static let leadingNouns = WordHash.set([
    "congregation", "temple", "masjid", "hospital", "clinic", "clinique", "clinica", "clínica",
    "farmacia",
    "hôpital", "hopital", "centro", "iglesia", "igreja", "policlinico", "sanatorio",
  ])
  /// Particles inside a place's name: "Valle del Sol", "Ojo de Agua", "Vista de la Luz".
  private static let placeParticles = WordHash.set([
    "de", "del", "la", "las", "los", "do", "da", "dos",
  ])

  /// Whether token `j` is a lower-case particle between two capitalised words of a place's
  /// name ("Valle del Sol", "Ojo del Venado, NM", "Sangre del Río Home Health").
  static func isParticleInName(_ text: ScalarText, _ j: Int) -> Bool {
    guard j > 0, let t = text.token(j), t.kind == .word, t.isAllLower,
      placeParticles.contains(t.hash), let before = text.token(j - 1), before.kind == .word,
      before.isCapitalized, let after = text.token(j + 1)
    else { return false }
    return after.isCapitalized
  }
  private static let de = WordHash.of("de")
  private static let er = WordHash.of("er")
  private static let del = WordHash.of("del")
  private static let la = WordHash.of("la")
  private static let possessiveHeads = WordHash.set(["women", "children", "men"])
  private static let ob = WordHash.of("ob")
  private static let gyn = WordHash.of("gyn")
  /// Words before "of" inside a facility's name.
  private static let ofNames = WordHash.set(["lady", "sisters", "daughters", "brothers", "mother"])
  /// Everyday words that open a facility's name before a naming word ("Good Morning
  /// Clinic" has none: "Morning" is too common a word to name a place).
  private static let openers = WordHash.set([
    "good", "new", "old", "our", "great", "holy", "sacred",
    // "Three Rivers Visiting Nurse Service", "Twin Pines Hospice"
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twin",
    // "First Samoan Congregational Church", "Little Cowan Freewill Baptist"
    "first", "little",
  ])
  private static let general = WordHash.of("general")
  private static let saint = WordHash.of("saint")
  private static let st = WordHash.of("st")
  private static let saintsDays = WordHash.set(["day", "eve", "night", "feast", "parade"])

  /// "Mercy General Hospital", "St. Luke's Medical Center", "Hospital of the University of
  /// Pennsylvania": capitalised words ending in a facility head word.
  private static func facility(_ text: ScalarText, _ lexicon: Lexicon, _ i: Int) -> (Int, Int, Int)?
  {
    let tokens = text.tokens
    guard var last = headEnd(text, i) else { return nil }
    let headEnd = last
    // "Forrest Bend Medical Center Emergency Dept": a department after a facility's name
    // is a part of it, not another place.
    if text.isClass(i, .department), !text.isClass(i, [.facilityHead, .facilityNoun]),
      text.isClass(i - 1, .facilityTail)
        || text.isClass(i - 1, .facilityNoun) && !text.isClass(i - 1, .facilityHead),
      text.tokens[i - 1].isCapitalized
    {
      return nil
    }
    // Extend left over capitalised name words (and St., 's, &, of).
    var first = i
    var j = i - 1
    var named = false
    // "Mattapan clinic" yes, "Prior detox" no: before a head in lower case, only a name, a
    // town or a rare word names the place.
    let lowerHead = tokens[i].isAllLower
    // "DISCHARGE SUMMARY\nCrescent City Memorial Hospital - New Orleans": a name that is its
    // line's heading keeps its first word, though an everyday word opens the line.
    let headingLine =
      text.token(headEnd + 1).map {
        $0.flags.contains(.lineStart)
          || $0.kind == .symbol && [0x2C, 0x2D, 0x2013, 0x2014, 0x7C].contains($0.first)
      } ?? true
    // Eight tokens back: possessives take three each ("Women’s and Children’s Hospital").
    while j >= 0, i - j <= 8, !tokens[j + 1].flags.contains(.lineStart) {
      let t = tokens[j]
      // "Attends Little Sprouts Preschool": an ordinary word opening the sentence is not
      // part of the name; nor are "Pt", "Dr" or "Monday".
      let opener =
        t.kind == .word && text.startsSentence(j) && !text.isHyphenated(j)
        && !(headingLine && t.flags.contains(.lineStart))
        && !text.isSymbol(j - 1, 0x3A)  // "From: Sun City Pediatrics": a field's value
        && !text.entries[j].isName
        && !text.entries[j].isCity && text.entries[j].wordFrequency >= 7
        && !(t.length <= 3 && text.isSymbol(j + 1, 0x2E) && text.isGlued(j + 1))  // "St. Brendan's"
      // "ED PROVIDER NOTE Kenai Peninsula Regional Hospital": a heading in capitals is no
      // part of a name written in mixed case (acronyms such as "CVS" or "UCLA" are).
      if t.kind == .word, t.isAllUpper, t.length >= 3, text.entries[j].wordFrequency >= 8,
        !tokens[i].isAllUpper
      {
        break
      }
      // "Midnight Sun Home Health": a weekday's abbreviation inside a name.
      let weekdayWord =
        text.isClass(j, .weekday) && t.length <= 3 && !t.isAllUpper
        && text.token(j - 1).map { $0.kind == .word && $0.isCapitalized } ?? false
      if t.kind == .word, t.isCapitalized || t.isAllUpper, !text.isClass(j, .placeStop),
        !text.isClass(j, [.notName, .month]), !text.isClass(j, .weekday) || weekdayWord, !opener
      {
        // "Surgeon General", "Attorney General": a role before "General" names no place.
        if j == i - 1, tokens[i].hash == general, text.isClass(j, [.role, .title]) { break }
        // "GERIATRIC ASSESSMENT CLINIC": in a heading's capitals, a word as common as
        // "assessment" names nothing ("High Country Regional" in mixed case does).
        let entry = text.entries[j]
        let naming =
          !lowerHead || entry.isLikelyName || entry.isCity || entry.wordFrequency <= 6
        named =
          named
          || !text.isClass(j, [.facilityHead, .facilityTail, .department]) && !entry.isHealthTerm
            && (!t.isAllUpper || entry.wordFrequency <= 7 || entry.isLikelyName || entry.isCity)
            && naming
          || facilityNames.contains(t.hash)
        first = j
        j -= 1
      } else if t.kind == .symbol,
        t.first == 0x27 || t.first == 0x2019 || t.first == 0x26
          || t.first == 0x2E && text.isGlued(j) && j > 0 && tokens[j - 1].length <= 3,
        j > 0, tokens[j - 1].kind == .word
      {
        // "St. Luke's", "Mt. Auburn": a full stop only after a short abbreviation.
        j -= 1
      } else if t.kind == .word, openers.contains(t.hash), t.isCapitalized, first == j + 1,
        first < i, !text.isClass(first, [.facilityHead, .department]),
        text.entries[first].wordFrequency <= 9 || ofNames.contains(tokens[first].hash)
      {
        // "Good Shepherd Medical Center", "New Dawn Recovery", "Our Lady of Lourdes": an
        // everyday word opens the name when a naming word follows it.
        first = j
        break
      } else if text.isHyphenated(j + 1), j > 0, tokens[j - 1].kind == .word,
        tokens[j - 1].isCapitalized
      {
        // "Tri-County Orthopedics"
        j -= 1
      } else if t.kind == .word, t.hash == Words.of, j > 0, ofNames.contains(tokens[j - 1].hash),
        tokens[j - 1].isCapitalized, tokens[j + 1].isCapitalized
      {
        // "Our Lady of Guadalupe Parish", "Sisters of Mercy Hospital"
        j -= 1
      } else if isParticleInName(text, j) {
        j -= 1  // "Sangre del Río Home Health", "Ojo de Agua Clinic"
      } else if t.kind == .word, t.hash == Words.and, j > 0,
        tokens[j - 1].isCapitalized || tokens[j - 1].hash == Words.s, tokens[j + 1].isCapitalized
      {
        // "Lakeshore Women's and Children's Hospital"
        j -= 1
      } else if t.kind == .word, t.hash == Words.s, j > 0,
        text.isApostrophe(j - 1)
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
    // "Congregation Beth Shalom", "Hospital Buen Pastor": a noun that leads its name, when
    // the next word is no everyday one ("Hospital Course" is a heading).
    // "Centro de Salud", "Farmacia del Valle": a particle may come first.
    let named1 =
      text.isWord(i + 1, de)
      ? (text.isWord(i + 2, la) ? i + 3 : i + 2)
      : text.isWord(i + 1, del) ? i + 2 : i + 1
    if last == headEnd, first == i, leadingNouns.contains(tokens[i].hash),
      let next = text.token(named1), next.kind == .word, next.isCapitalized, next.spaceBefore,
      !next.flags.contains(.lineStart),
      text.entries[named1].wordFrequency <= 5 || text.entries[named1].isName || named1 > i + 1,
      !text.isClass(named1, [.notName, .placeStop, .weekday, .month, .facilityHead])
    {
      var m = i + 1
      while let t = text.token(m), t.kind == .word, m - i <= 4, !t.flags.contains(.lineStart) {
        // "Clinica de la Comunidad": particles between the naming words.
        if t.isAllLower, NameWords.particles.contains(t.hash),
          text.token(m + 1)?.isCapitalized
            ?? false
        {
          m += 1
          continue
        }
        guard t.isCapitalized, !text.isClass(m, [.notName, .placeStop]) else { break }
        last = m
        m += 1
      }
      named = true
    }
    guard named, first < i || last > headEnd else { return nil }
    // "Delta Dental" is an insurer, no place; "Medicare and Kissena Orthopedics" keeps
    // the practice after the insurer.
    while let orgLast = Organizations.matcher.match(text, at: first) {
      if orgLast >= headEnd { return nil }
      first = orgLast + 1
      while first < i, text.tokens[first].kind == .symbol || text.isWord(first, Words.and) {
        first += 1
      }
    }
    if first == i && last == headEnd { return nil }
    // "Naltrexone ER 380 mg": extended release before a dose, no emergency room.
    if tokens[last].hash == er, text.token(last + 1)?.isNumber ?? false { return nil }
    // A capitalised head when the name is lower-case would be odd; require the head or the
    // name to be capitalised.
    guard tokens[first].isCapitalized || tokens[first].isAllUpper else { return nil }
    // "CVS Pharmacy #2217": a store or branch number belongs to the name.
    if let number = text.branchNumber(after: last) { last = number }
    return (tokens[first].start, tokens[last].end, last + 1)
  }
}
