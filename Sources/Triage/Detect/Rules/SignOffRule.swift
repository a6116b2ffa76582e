/// How people sign at the end of a line: staff with their initials after a dash ("call back
/// tomorrow. --LMV", "faxed to 575-555-0109. — DW") and writers with their name after a
/// closing ("Thanks, Lei", "Regards,\nTomasz", "love, pilar"). Initials identify a person
/// as a name does.
enum SignOffRule {
  static func apply(_ text: ScalarText, _ out: inout Candidates) {
    guard !text.tokens.isEmpty else { return }
    // Lines are few: the scan for their starts skips bounds checks.
    text.tokens.withUnsafeBufferPointer { tokens in
      for i in 1..<tokens.count where tokens[i].flags.contains(.lineStart) {
        lineEnd(text, i - 1, &out)
      }
    }
    lineEnd(text, text.tokens.count - 1, &out)
  }

  private static func lineEnd(_ text: ScalarText, _ k: Int, _ out: inout Candidates) {
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
  /// as signatures are set off; a single hyphen ("Plan - PT") is a list's or a range's.
  private static func initials(_ text: ScalarText, _ k: Int) -> Token? {
    let token = text.tokens[k]
    guard token.isAllUpper, (2...4).contains(token.length), k >= 2,
      let dash = text.token(k - 1), dash.kind == .symbol, dashes.contains(dash.first),
      !text.isClass(k, [.keywordStart, .month, .weekday, .unit]),
      !text.entries[k].isStateOrCountry
    else { return nil }
    let long = dash.first != 0x2D || text.isSymbol(k - 2, 0x2D) && text.isGlued(k - 1)
    let entry = text.entries[k]
    guard long, !entry.isHealthTerm, entry.wordFrequency <= 6 || entry.isLikelyName else {
      return nil
    }
    return token
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
