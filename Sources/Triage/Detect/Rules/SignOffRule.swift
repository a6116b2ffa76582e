/// How people sign a line: staff with their initials after a dash at its end ("call back
/// tomorrow. --LMV", "faxed to 575-555-0109. — DW"), writers with their name after a
/// closing ("Thanks, Lei", "Regards,\nTomasz", "love, pilar"), and speakers in a chat or
/// phone log at its start ("0715 Kalena: thank you", "0712 deshawn RN: pt passed").
/// Initials identify a person as a name does.
enum SignOffRule {
  static func apply(_ text: ScalarText, _ out: inout Candidates) {
    guard !text.tokens.isEmpty else { return }
    for i in text.lineStarts {
      lineEnd(text, i - 1, &out)
      speaker(text, i, &out)
    }
    lineEnd(text, text.tokens.count - 1, &out)
  }

  /// "0715 Kalena: thank you", "0712 deshawn RN: fyi": a 24-hour time opening line `i`, then
  /// a name (a role may follow it) and a colon. The name must be one: "0800 Vitals:" is a
  /// heading.
  private static func speaker(_ text: ScalarText, _ i: Int, _ out: inout Candidates) {
    let time = text.tokens[i]
    guard time.isNumber, time.length == 4, let name = text.token(i + 1), name.kind == .word,
      name.isAlpha, !name.flags.contains(.lineStart), name.isCapitalized || name.isAllLower
    else { return }
    var k = i + 2
    if text.isClass(k, [.role, .staffRole]) { k += 1 }  // "deshawn RN:"
    let entry = text.entries[i + 1]
    guard text.isSymbol(k, 0x3A), !entry.isHealthTerm,
      entry.isLikelyName || entry.wordFrequency <= 3 && name.length >= 4,
      !text.isClass(i + 1, [.notName, .role, .staffRole, .title, .month, .weekday])
    else { return }
    out.add(
      name.start, name.end, .name, .introducedName, confidence: 0.7, priority: Priority.context)
  }

  private static func lineEnd(_ text: ScalarText, _ k: Int, _ out: inout Candidates) {
    if let (start, end) = dottedInitials(text, k) {
      out.add(start, end, .name, .initialsName, confidence: 0.6, priority: Priority.context)
      return
    }
    guard text.tokens[k].kind == .word, text.tokens[k].isAlpha else { return }
    if let initials = initials(text, k) {
      out.add(
        initials.start, initials.end, .name, .initialsName, confidence: 0.6,
        priority: Priority.context)
    } else if let first = nameAfterClosing(text, endingAt: k) {
      out.add(
        text.tokens[first].start, text.tokens[k].end, .name, .introducedName, confidence: 0.7,
        priority: Priority.context)
    }
  }

  private static let dashes: Set<UInt32> = [0x2D, 0x2013, 0x2014]

  /// "--LMV", "-- JWH", "— DW": two to four capitals after a double hyphen or a long dash,
  /// as signatures are set off; a single hyphen ("Plan - PT") is a list's or a range's,
  /// unless it is glued to the initials after a space ("pharmacy ref RX-44. -mk").
  private static func initials(_ text: ScalarText, _ k: Int) -> Token? {
    let token = text.tokens[k]
    guard (2...4).contains(token.length), k >= 2, let dash = text.token(k - 1),
      dash.kind == .symbol, dashes.contains(dash.first),
      !text.isClass(k, [.keywordStart, .month, .weekday, .unit, .role, .staffRole]),
      !text.entries[k].isStateOrCountry
    else { return nil }
    let long = dash.first != 0x2D || text.isSymbol(k - 2, 0x2D) && text.isGlued(k - 1)
    let glued = dash.first == 0x2D && dash.spaceBefore && text.isGlued(k)
    let entry = text.entries[k]
    guard long && token.isAllUpper || glued && (token.isAllUpper || token.isAllLower),
      !entry.isHealthTerm, entry.wordFrequency <= 7 || entry.isLikelyName && token.isAllUpper
    else { return nil }
    // In lower case, only letters no common word spells: "-mk" yes, "-ok", "-me" no.
    if token.isAllLower && entry.wordFrequency > 6 { return nil }
    return token
  }

  /// "-J.R." or "— K.L." closing a line: initials with full stops after a dash.
  private static func dottedInitials(_ text: ScalarText, _ k: Int) -> (Int, Int)? {
    var j = k
    var letters = 0
    while j >= 1, text.isSymbol(j, 0x2E), let letter = text.token(j - 1), letter.kind == .word,
      letter.length == 1, letter.isAllUpper, text.isGlued(j)
    {
      letters += 1
      j -= 2
      if !text.isGlued(j + 1) { break }
    }
    let first = j + 1
    guard letters >= 2, let dash = text.token(j), dash.kind == .symbol, dashes.contains(dash.first),
      text.isGlued(first)
    else { return nil }
    return (text.tokens[first].start, text.tokens[k].end)
  }

  private static let closings = WordHash.set([
    "thanks", "thx", "regards", "sincerely", "best", "cheers", "respectfully", "cordially",
    "gratefully", "warmly", "love", "xoxo", "xo",
  ])

  /// "Thanks, Lei" or "Regards,\nTomasz Wójcik" closing a line: the name's first token.
  private static func nameAfterClosing(_ text: ScalarText, endingAt k: Int) -> Int? {
    var first = k
    var named = false
    var j = k
    // "love, pilar": in lower case, only a word more often a name than anything else.
    while j > k - 3, let t = text.token(j), t.kind == .word, t.isAlpha,
      t.isCapitalized || t.isAllLower && text.entries[j].isLikelyName,
      !text.isClass(j, [.title, .role, .relation, .notName, .month, .weekday, .placeStop]),
      !text.entries[j].isHealthTerm
    {
      let entry = text.entries[j]
      named = named || entry.isLikelyName || entry.wordFrequency <= 5
      first = j
      if t.flags.contains(.lineStart) { break }
      j -= 1
    }
    guard named, text.isSymbol(first - 1, 0x2C), let closing = text.token(first - 2),
      closing.kind == .word, closings.contains(closing.hash)
    else { return nil }
    return first
  }
}
