/// What sits right beside a name belongs to the person: the other half of a hyphenated
/// name the tagger split ("Aguilar-Montes", "Mei-Ling Fairweather") and a nickname in
/// quotes after it ("Walter Ferrell (“Buck”)", "Stanisław “Stan” Kowalczyk", "Kwabena
/// “K.B.” Asante"), the surname after that nickname ("Abigail “Abby” Coffin-Starbuck"), a
/// given name in brackets ("Dr. Venkataraman (Priya)"), a surname that opens with a number
/// word ("Renata Two Bulls", "Royce Ten Eyck") and a second given name after "Surname,
/// Given" ("ELLSWORTH, DALE ROY", "Nguyen, Thanh Mai"). A place the tagger read in a
/// person's name keeps its hyphenated half too ("Haruto Kimura-Lane"): whatever the
/// category, the whole word is identifying.
enum NameNeighbourRule {
  static func apply(_ text: ScalarText, _ out: inout Candidates) {
    var nicknames: [(Int, Int)] = []
    out.reshape { candidate in
      if candidate.category == .location, candidate.rule.id == PHIRule.taggedPlace.id {
        let first = text.tokenIndex(startingAt: candidate.start)
        let next = text.tokenIndex(startingAt: candidate.end, from: first)
        if isHyphenPart(text, next) { candidate.end = text.tokens[next + 1].end }
        return
      }
      guard candidate.category == .name else { return }
      let first = text.tokenIndex(startingAt: candidate.start)
      var next = text.tokenIndex(startingAt: candidate.end, from: first)
      // "Thanh Huong Acct 4400918273": a label after the name is no part of it.
      if next - 1 > first, NameContextRules.isFieldLabel(text, next - 1) {
        candidate.end = text.tokens[next - 2].end
        next -= 1
      }
      if isHyphenPart(text, next) {
        candidate.end = text.tokens[next + 1].end
        next += 2
      } else if let last = numberSurname(text, next) ?? secondGivenName(text, first, next) {
        candidate.end = text.tokens[last].end
        next = last + 1
      }
      // "Otis Washington Jr.", "Darnell Price, Sr."
      let suffix = text.isSymbol(next, 0x2C) ? next + 1 : next
      if let word = text.token(suffix), word.kind == .word, word.isCapitalized,
        suffixes.contains(word.hash), suffix == next || word.spaceBefore
      {
        candidate.end =
          text.isSymbol(suffix + 1, 0x2E) && text.isGlued(suffix + 1)
          ? text.tokens[suffix + 1].end : word.end
      }
      if first >= 2, text.isHyphenated(first), let part = text.token(first - 2), part.isAlpha,
        part.isCapitalized
      {
        candidate.start = part.start
      }
      let after = text.tokenIndex(startingAt: candidate.end, from: first)
      if let partner = nameAfterAnd(text, after) { nicknames.append(partner) }
      if let nickname = quotedNickname(text, at: after) {
        nicknames.append((nickname.start, nickname.end))
        if let surname = surnameAfterNickname(text, nickname.closing) {
          nicknames.append(surname)
        }
      }
    }
    for (start, end) in nicknames {
      out.add(start, end, .name, .introducedName, confidence: 0.8, priority: Priority.context)
    }
  }

  private static let suffixes = WordHash.set(["jr", "sr", "ii", "iii", "iv"])

  /// A glued hyphen and a capitalised word at token `k`, or a short syllable after a short
  /// part ("Hyun-woo", "Eun-ji").
  private static func isHyphenPart(_ text: ScalarText, _ k: Int) -> Bool {
    guard text.isHyphenated(k + 1), let part = text.token(k + 1), part.isAlpha
    else { return false }
    return part.isCapitalized
      || part.isAllLower && part.length <= 3 && text.tokens[k - 1].length <= 4
        && text.tokens[k - 1].isCapitalized && !text.tokens[k - 1].isAllUpper
  }

  /// "Nurse Grace and Will Okafor", "daughters June and April Mayes": after a name and
  /// "and" or "&", one to three capitalised name words, the first of them a given name.
  /// "Dr. Smith and Associates" has no given name after "and"; "Ana and I" no capital.
  private static func nameAfterAnd(_ text: ScalarText, _ k: Int) -> (Int, Int)? {
    guard text.isWord(k, Words.and) || text.isSymbol(k, 0x26), let given = text.token(k + 1),
      isPartnerWord(text, k + 1), text.entries[k + 1].firstName >= 7
    else { return nil }
    var last = k + 1
    while last < k + 3, isPartnerWord(text, last + 1),
      !NameContextRules.isFieldLabel(text, last + 1)
    {
      last += 1
    }
    // "Maria Lopez and Mercy Hospital": a facility's or an organisation's word after the
    // run makes it that place's name.
    let placeWords: WordClass = [
      .facilityHead, .facilityTail, .facilityNoun, .organizationTail, .department,
    ]
    if text.isClass(last + 1, placeWords) { return nil }
    // A given name that is also a word ("Will") needs a surname after it.
    let entry = text.entries[k + 1]
    guard
      entry.isLikelyName && NameContextRules.isNameWord(text, k + 1, lenient: false)
        || last > k + 1 && text.entries[last].isLikelyName
    else { return nil }
    return (given.start, text.tokens[last].end)
  }

  /// A capitalised word in mixed case on the same line that is no title, role or place word.
  private static func isPartnerWord(_ text: ScalarText, _ k: Int) -> Bool {
    guard let t = text.token(k), t.kind == .word, t.isAlpha, t.isCapitalized, !t.isAllUpper,
      t.spaceBefore, !t.flags.contains(.lineStart), !text.entries[k].isHealthTerm,
      !text.entries[k].isStateOrCountry
    else { return false }
    return !text.isClass(
      k,
      [
        .title, .role, .staffRole, .facilityHead, .facilityTail, .facilityNoun,
        .organizationTail, .department, .month, .weekday, .placeStop,
      ])
  }

  /// Number words that open Lakota, Dutch and other surnames: "Two Bulls", "Ten Eyck".
  private static let numberWords = WordHash.set([
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred",
  ])

  /// "Renata Two Bulls": a capitalised number word and a capitalised word after a name, the
  /// last token, or nil. "Patient Two" has no name before it; a number capitalised in the
  /// middle of a sentence, right after a name, is part of it.
  private static func numberSurname(_ text: ScalarText, _ k: Int) -> Int? {
    guard let number = text.token(k), number.kind == .word, number.isCapitalized,
      numberWords.contains(number.hash), number.spaceBefore,
      let word = text.token(k + 1), word.kind == .word, word.isAlpha, word.isCapitalized,
      word.spaceBefore, !word.flags.contains(.lineStart), !text.isClass(k + 1, [.notName, .unit])
    else { return nil }
    guard !text.entries[k + 1].isHealthTerm, !text.entries[k + 1].isStateOrCountry else {
      return nil
    }
    return isHyphenPart(text, k + 2) ? k + 3 : k + 1
  }

  /// "ELLSWORTH, DALE ROY SSN", "Nguyen, Thanh Mai MRN": a second given name after a name
  /// written "Surname, Given" — capitals after capitals, or a capitalised word no everyday
  /// one. The last token, or nil.
  private static func secondGivenName(_ text: ScalarText, _ first: Int, _ k: Int) -> Int? {
    guard k - first >= 3, text.isSymbol(first + 1, 0x2C), let word = text.token(k),
      word.kind == .word, word.isAlpha, word.spaceBefore, !word.flags.contains(.lineStart),
      !text.isClass(k, .recordKey)
    else { return nil }
    if text.tokens[k - 1].isAllUpper && text.tokens[k - 1].length >= 2 {
      return word.isAllUpper && NameContextRules.isSecondGivenName(text, k) ? k : nil
    }
    let entry = text.entries[k]
    guard word.isCapitalized, !word.isAllUpper, entry.isLikelyName || entry.wordFrequency <= 5,
      !entry.isHealthTerm, !entry.isStateOrCountry,
      !text.isClass(k, [.keywordStart, .notName, .title, .role, .month, .weekday]),
      !NameContextRules.isFieldLabel(text, k)
    else { return nil }
    return k
  }

  /// `Abigail “Abby” Coffin-Starbuck`: the capitalised surname right after a nickname's
  /// closing quote at token `k`, with its hyphenated half.
  private static func surnameAfterNickname(_ text: ScalarText, _ k: Int) -> (Int, Int)? {
    var j = k + 1
    if text.isSymbol(j, 0x29) { j += 1 }
    guard let word = text.token(j), word.kind == .word, word.isAlpha, word.isCapitalized,
      word.spaceBefore, !word.flags.contains(.lineStart),
      !text.isClass(j, [.notName, .placeStop, .title, .role, .month, .weekday, .keywordStart]),
      !text.entries[j].isHealthTerm,
      text.entries[j].isLikelyName || text.entries[j].wordFrequency <= 7
    else { return nil }
    let last = isHyphenPart(text, j + 1) ? j + 2 : j
    return (word.start, text.tokens[last].end)
  }

  /// `“Buck”`, `("Buck")`, `"K.B."` starting at token `k`: the nickname's offsets and the
  /// index of its closing quote.
  private static func quotedNickname(_ text: ScalarText, at k: Int) -> (
    start: Int, end: Int, closing: Int
  )? {
    var j = k
    if text.isSymbol(j, 0x28) {
      j += 1
      // "Dr. Venkataraman (Priya)": a given name in brackets after the surname.
      if let word = text.token(j), word.kind == .word, word.isAlpha, word.isCapitalized,
        text.isGlued(j), text.isSymbol(j + 1, 0x29), text.isGlued(j + 1),
        text.entries[j].firstName >= 5, !text.isClass(j, [.notName, .month, .weekday, .role])
      {
        return (word.start, word.end, j + 1)
      }
    }
    guard text.isSymbol(j, 0x201C) || text.isSymbol(j, 0x22) else { return nil }
    j += 1
    guard let first = text.token(j), first.kind == .word, first.isAlpha, first.isCapitalized,
      text.isGlued(j)
    else { return nil }
    var last = j
    // "K.B.": initials with their full stops, or a second word ("Big Mike").
    var m = j + 1
    while m - j < 5, let t = text.token(m), !t.flags.contains(.lineStart),
      t.kind == .word && t.isCapitalized || t.first == 0x2E
    {
      last = m
      m += 1
    }
    guard text.isSymbol(m, 0x201D) || text.isSymbol(m, 0x22), text.isGlued(m) else { return nil }
    return (first.start, text.tokens[last].end, m)
  }
}
