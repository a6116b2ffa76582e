/// What follows a place after a comma is often where it is: "4476 County Road 19,
/// Ellsworth.", "works at Golden Lotus Bakery, Flushing.", "Harborview Rehab, Suite 110",
/// "1186 Flatbush Ave, 3rd floor, Brooklyn". After a street, facility or workplace, a
/// town (a word that is no likely name, or a known town) closed by punctuation, a line end
/// or a state, and a suite or floor, are places too.
enum PlaceNeighbourRule {
  private static let anchors: Set<String> = [
    PHIRule.street.id, PHIRule.facility.id, PHIRule.organization.id, PHIRule.workplace.id,
    PHIRule.unitAddress.id, PHIRule.locationField.id,
  ]
  private static let floor = WordHash.set(["floor", "fl"])
  private static let unitWord = WordHash.of("unit")
  private static let suites = WordHash.set([
    "suite", "ste", "apt", "apartment", "bldg", "building",
  ])

  static func apply(_ text: ScalarText, _ out: inout Candidates) {
    var added: [(Int, Int)] = []
    for candidate in out.items
    where candidate.category == .location && anchors.contains(candidate.rule.id) {
      var k = text.tokenIndex(startingAt: candidate.end)
      // Up to two more parts: "..., 3rd floor, Brooklyn".
      for _ in 0..<2 {
        guard text.isSymbol(k, 0x2C), let part = text.token(k + 1), part.kind == .word,
          !part.flags.contains(.lineStart)
        else { break }
        // "Hawthorne Apartments, Unit 12C" is a home; "Bellmont CPEP, Unit 3" a ward.
        let ward =
          candidate.rule.id == PHIRule.facility.id
          || candidate.rule.id == PHIRule.locationField.id
        if let last = unit(text, k + 1, ward: ward) ?? town(text, k + 1) {
          added.append((part.start, text.tokens[last].end))
          k = last + 1
        } else {
          break
        }
      }
    }
    for (start, end) in added {
      out.add(start, end, .location, .city, confidence: 0.7, priority: Priority.place)
    }
  }

  /// "Suite 110", "Ste 4B", "3rd floor": the last token, or nil.
  private static func unit(_ text: ScalarText, _ k: Int, ward: Bool) -> Int? {
    // A room or a unit in a hospital is a ward, no address; a suite or an apartment is.
    let hash = text.tokens[k].hash
    if suites.contains(hash) || !ward && hash == unitWord, let number = text.token(k + 1),
      number.kind == .word,
      number.flags.contains(.hasDigit), number.length <= 5
    {
      return k + 1
    }
    if text.tokens[k].flags.contains(.hasDigit), text.tokens[k].length <= 4,
      let word = text.token(k + 1), word.kind == .word, floor.contains(word.hash)
    {
      return k + 1
    }
    return nil
  }

  /// One or two capitalised words closed by punctuation, a line end or a state.
  private static func town(_ text: ScalarText, _ k: Int) -> Int? {
    var last = k - 1
    var m = k
    while m < k + 2, let t = text.token(m), t.kind == .word, t.isAlpha, t.isCapitalized,
      !t.flags.contains(.lineStart) || m == k
    {
      let entry = text.entries[m]
      // "Unalaska Claim: WC-26…": the next field's label is no part of the town.
      if m > k, text.isSymbol(m + 1, 0x3A) { break }
      guard !entry.isStateOrCountry || entry.isCity, !entry.isHealthTerm,
        !text.isClass(
          m,
          [
            .title, .notName, .month, .weekday, .role, .formRole, .facilityHead, .facilityTail,
            .facilityNoun, .department, .organizationTail,
          ]),
        entry.isCity || !entry.isLikelyName || stateFollows(text, m)
          || m > k && text.isClass(m, .geoTail),
        !(t.isAllUpper && t.length <= 3)
      else { break }
      last = m
      m += 1
    }
    guard last >= k else { return nil }
    guard let after = text.token(last + 1), !after.flags.contains(.lineStart) else { return last }
    if after.kind == .symbol {
      // "Roosevelt Middle School, Bismarck: Ezekiel…" but not "…, Attn: Marisol".
      if after.first == 0x3A { return text.entries[last].isCity ? last : nil }
      return [0x2C, 0x2E, 0x3B, 0x29].contains(after.first) ? last : nil
    }
    return text.entries[last + 1].isState || Words.stateCodes.contains(after.hash) ? last : nil
  }

  /// "…, Grant, NE": a comma and a state after word `m`, which makes even a name a town.
  private static func stateFollows(_ text: ScalarText, _ m: Int) -> Bool {
    guard text.isSymbol(m + 1, 0x2C), let state = text.token(m + 2), state.kind == .word
    else { return false }
    return state.isAllUpper && state.length == 2 && Words.stateCodes.contains(state.hash)
      || state.isCapitalized && text.entries[m + 2].isState
  }
}
