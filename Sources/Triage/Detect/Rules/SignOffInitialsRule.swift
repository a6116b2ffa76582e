/// Staff sign a phone log or a note with their initials after a dash at the end of a line:
/// "call back tomorrow. --LMV", "faxed to 575-555-0109. — DW". Initials identify the
/// person as a name does. Two to four capitals after a double hyphen or a long dash, at the
/// line's end.
enum SignOffInitialsRule {
  static func apply(_ text: ScalarText, _ out: inout Candidates) {
    let tokens = text.tokens
    guard !tokens.isEmpty else { return }
    for i in 1..<tokens.count where tokens[i].flags.contains(.lineStart) {
      check(text, i - 1, &out)
    }
    check(text, tokens.count - 1, &out)
  }

  private static let dashes: Set<UInt32> = [0x2D, 0x2013, 0x2014]

  private static func check(_ text: ScalarText, _ k: Int, _ out: inout Candidates) {
    guard let initials = text.token(k), initials.kind == .word, initials.isAlpha,
      initials.isAllUpper, (2...4).contains(initials.length), k >= 2,
      let dash = text.token(k - 1), dash.kind == .symbol, dashes.contains(dash.first),
      !text.isClass(k, [.keywordStart, .month, .weekday, .unit]),
      !text.entries[k].isStateOrCountry
    else { return }
    // "--LMV", "-- JWH", "— DW": a double hyphen or a long dash, as signatures are set off;
    // a single hyphen ("Plan - PT") is a list's or a range's.
    let long = dash.first != 0x2D || text.isSymbol(k - 2, 0x2D) && text.isGlued(k - 1)
    let entry = text.entries[k]
    guard long, !entry.isHealthTerm, entry.wordFrequency <= 6 || entry.isLikelyName else { return }
    out.add(
      initials.start, initials.end, .name, .initialsName, confidence: 0.6,
      priority: Priority.context)
  }
}
