/// On a form, the value of a place field is a place: "Location: Bellmont CPEP, Unit 3",
/// "Address: Bldg 4, 2255 Seward Ave", "School: Lowell Street Middle". The value runs to
/// its first comma or the end of its field (a line end, ";", "|", a bracket or the next
/// label) and counts only when a word in it names a place, so "Location: Adult ED" and
/// "Address: on file" stay unflagged. What follows a comma ("5 West, room 512" is a ward;
/// ", Castle Hill" a town) is left to `PlaceNeighbourRule` and the address rules.
enum LocationFieldRule {
  static let labelsList = [
    "location", "address", "addr", "facility", "school", "site", "residence", "placement",
    "shelter", "campus", "branch",
  ]

  /// The field whose label is token `i` (see `CueWordRules`).
  static func apply(_ text: ScalarText, at i: Int, _ out: inout Candidates) {
    guard text.tokens[i].kind == .word, text.isSymbol(i + 1, 0x3A),
      let (first, last) = value(text, from: i + 2)
    else { return }
    out.add(
      text.tokens[first].start, text.tokens[last].end, .location, .locationField,
      confidence: 0.75, priority: Priority.place)
  }

  /// The first and last token of the field's value starting at token `k`, or nil.
  private static func value(_ text: ScalarText, from k: Int) -> (Int, Int)? {
    guard let start = text.token(k), !start.flags.contains(.lineStart),
      start.kind == .word, start.isCapitalized || start.isAllUpper || start.isNumber,
      !text.isClass(k, [.title, .month, .weekday, .placeStop, .notName])
    else { return nil }
    // "Billing address: Sara Schwarz": an address label may open with the addressee, whom
    // the name rules read; a given name first is no place.
    if text.entries[k].firstName >= 7, text.entries[k].isLikelyName,
      !text.isClass(k + 1, [.facilityHead, .facilityTail, .facilityNoun, .organizationTail])
    {
      return nil
    }
    var last = k
    var named = false
    var m = k
    while m - k < 14, let t = text.token(m), m == k || !t.flags.contains(.lineStart) {
      if t.kind == .word {
        // "Bellmont CPEP Phone:": the next label ends the field.
        if m > k, text.isSymbol(m + 1, 0x3A) { break }
        if t.isAllLower && !Self.joiners.contains(t.hash) { break }
        named = named || isNaming(text, m)
        last = m
      } else if !Self.inside.contains(t.first) {
        // "Seward Ave.": a full stop after a short abbreviation stays inside.
        guard t.first == 0x2E, text.isGlued(m), text.tokens[m - 1].length <= 4,
          text.token(m + 1).map({ !$0.flags.contains(.lineStart) }) ?? false
        else { break }
      }
      m += 1
    }
    return named ? (k, last) : nil
  }

  /// Symbols inside an address or a facility's name: & # - / ' ’
  private static let inside: Set<UInt32> = [0x26, 0x23, 0x2D, 0x2F, 0x27, 0x2019]
  private static let joiners = WordHash.set(["and", "of", "de", "la", "del", "the", "s"])

  /// A word that names a place: a house number, a town, a name or a rare word, never a
  /// department, a facility word or a health word alone.
  private static func isNaming(_ text: ScalarText, _ m: Int) -> Bool {
    let token = text.tokens[m]
    if token.flags.contains(.hasDigit) { return token.isNumber && token.length <= 6 }
    let entry = text.entries[m]
    if entry.isHealthTerm || entry.isStateOrCountry { return false }
    if token.isAllUpper && token.length <= 3 { return false }  // "ED", "OR", "ICU"
    if text.isClass(m, [.facilityHead, .facilityTail, .facilityNoun, .department, .role]) {
      return false
    }
    return entry.isCity || entry.isLikelyName || entry.wordFrequency <= 6
  }
}
