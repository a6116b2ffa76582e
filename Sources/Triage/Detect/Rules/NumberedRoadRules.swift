/// Addresses and roads named by a number rather than by a name: rural route and highway
/// contract boxes ("RR 2 Box 118", "Rural Route 2", "HC 64 Box 12") and numbered roads
/// ("Route 9", "Hwy 101", "State Road 7", "County Road 12", "on I-95"). A road is smaller
/// than a state, so it places a person like a street does. Called from `AddressRules` for
/// one of `heads` before a number (or glued to "." or "-"), so other words cost nothing.
enum NumberedRoadRules {
  private static let rr = WordHash.of("rr")
  private static let hc = WordHash.of("hc")
  private static let i = WordHash.of("i")
  private static let road = WordHash.of("road")
  private static let route = WordHash.of("route")
  private static let rural = WordHash.of("rural")
  private static let box = WordHash.of("box")
  private static let rt = WordHash.of("rt")

  /// Words that name a road by the number after them.
  static let heads = WordHash.set([
    "rr", "hc", "i", "route", "rte", "rt", "highway", "hwy", "interstate", "road",
  ])

  /// Words before a numbered road that belong to its name: "State Route 9", "County Road 12".
  private static let prefixes = WordHash.set(["state", "county", "us", "farm", "old", "rural"])

  /// Words before a road written in lower case or as "I-95" / "Rt 9" that make it a road:
  /// "on route 9", "took I-95". Without one, "route 2" may be a drug's second route.
  private static let leads = WordHash.set([
    "on", "off", "onto", "along", "via", "near", "from", "to", "take", "took", "taking", "up",
    "down", "across", "at", "by", "toward", "towards", "exit", "crash", "accident", "collision",
  ])

  /// Token `i` is one of `heads`.
  static func apply(_ text: ScalarText, _ i: Int, _ out: inout Candidates) {
    let token = text.tokens[i]
    if token.hash == rr || token.hash == hc {
      // "RR 2 Box 118": respiratory rate ("RR 26") and head circumference ("HC 45") are
      // written the same way, so the box is required.
      guard token.isAllUpper, let end = box(text, afterRoute: i + 1) else { return }
      out.add(token.start, end, .location, .street, confidence: 0.85, priority: Priority.place)
    } else if token.hash == Self.i {
      // "on I-95"
      guard token.isAllUpper, text.isSymbol(i + 1, 0x2D), text.isGlued(i + 1), text.isGlued(i + 2),
        let number = text.token(i + 2), number.isNumber, number.length <= 3,
        text.boundaryAfter(number.end), hasLead(text, before: i)
      else { return }
      out.add(
        token.start, number.end, .location, .street, confidence: 0.75, priority: Priority.place)
    } else {
      numberedRoad(text, i, &out)
    }
  }

  /// "Route 9", "Hwy. 101", "State Road 7", "Rural Route 2, Box 5".
  private static func numberedRoad(_ text: ScalarText, _ i: Int, _ out: inout Candidates) {
    let token = text.tokens[i]
    var j = i + 1
    if text.isSymbol(j, 0x2E), text.isGlued(j) { j += 1 }  // Rte. 9
    guard let number = text.token(j), roadNumber(text, number) else { return }
    // Prefix words: "State Route", "County Road", "Rural Route".
    var first = i
    while first > 0, i - first < 2, let word = text.token(first - 1), word.kind == .word,
      prefixes.contains(word.hash), word.isCapitalized == token.isCapitalized,
      !text.tokens[first].flags.contains(.lineStart)
    {
      first -= 1
    }
    let isRural = first < i && text.tokens[first].hash == rural && token.hash == route
    if token.hash == road && first == i { return }  // "Road 7" alone is not a road's name
    // "route 2 of 3", "Route 1/2": a count, not a road.
    if let after = text.token(j + 1), text.isWord(j + 1, Words.of) || after.first == 0x2F,
      !isRural
    {
      return
    }
    if let after = text.token(j + 1), after.kind == .word, Words.units.contains(after.hash) {
      return
    }
    // Lower case ("on route 9") and "Rt" (also "right") need a word such as "on" before.
    if !isRural, !token.isCapitalized || token.hash == rt, !hasLead(text, before: first) {
      return
    }
    var end = number.end
    if isRural, let boxEnd = box(text, afterRoute: j) { end = boxEnd }
    out.add(
      text.tokens[first].start, end, .location, .street, confidence: 0.75,
      priority: Priority.place)
  }

  /// One to four digits, perhaps with one capital letter ("9A"), ending the word.
  private static func roadNumber(_ text: ScalarText, _ number: Token) -> Bool {
    guard number.kind == .word, number.flags.contains(.hasDigit), number.spaceBefore,
      number.length <= 5, text.boundaryAfter(number.end)
    else { return false }
    var c = Cursor(text.scalars, at: number.start)
    guard let digits = c.digits(1...4), digits.value > 0 else { return false }
    return c.pos == number.end
      || c.pos + 1 == number.end && CharacterClass.isUpperASCII(text.scalars[c.pos])
  }

  /// "2 Box 118" or "2, Box #118" starting at token `j` (the route number): the box's end.
  private static func box(_ text: ScalarText, afterRoute j: Int) -> Int? {
    guard let route = text.token(j), route.isNumber, route.length <= 4 else { return nil }
    var k = j + 1
    if text.isSymbol(k, 0x2C) { k += 1 }
    guard text.isWord(k, box) else { return nil }
    k += 1
    if text.isSymbol(k, 0x23) { k += 1 }
    guard let number = text.token(k), number.isNumber, number.length <= 6 else { return nil }
    return number.end
  }

  /// A word such as "on", "off" or "via" within two words before token `i`.
  private static func hasLead(_ text: ScalarText, before i: Int) -> Bool {
    guard let j = DateRules.previousWord(text, before: i, within: 2) else { return false }
    return leads.contains(text.tokens[j].hash)
  }
}
