/// Addresses as much of the world writes them: the street before the house number
/// ("Koskikatu 25", "Rua do Arenque 1634", "Király u. 15"), address lines that end in an
/// apartment or suite ("6750 Koskikatu 25 Apt. 864"), and US military post addresses
/// ("PSC 0413, Box 8144", "APO AE 09012").
enum InternationalAddressRules {
  /// Endings of street names in other languages: Koskikatu, Puruntie, Storgatan,
  /// Bundesstrasse, Kalverstraat, Vesterbrogade...
  private static let streetEndings: [[UInt32]] = [
    "katu", "tie", "gatan", "vägen", "vagen", "veien", "strasse", "straße", "str", "weg",
    "gasse", "allee", "platz", "laan", "straat", "gracht", "plein", "utca", "ulica", "ulice",
    "vej", "gade", "polku", "kuja", "väg", "gata",
  ].map { $0.unicodeScalars.map(\.value) }

  /// Words that begin a street's name: Rua, Avenida, Calle, Via, Rue...
  static let streetStartsList: [String] = [
    "rua", "avenida", "calle", "carrer", "via", "viale", "piazza", "rue", "praça", "praca",
    "camino", "paseo", "strada", "rruga", "ulica", "avinguda", "travessa", "largo", "corso",
    "boulevard", "chaussée", "allée", "quai", "avenue",
  ]
  private static let streetStarts = WordHash.set(streetStartsList)

  /// Small words inside such names: "Rua do Arenque", "Calle de la Paz".
  private static let connectors = WordHash.set([
    "do", "da", "de", "del", "dos", "das", "di", "la", "le", "les", "des", "du", "della", "von",
    "van", "der", "den", "el", "y", "e",
  ])
  static let militaryWordsList = ["psc", "cmr", "unit", "apo", "fpo", "dpo"]
  private static let militaryUnits = WordHash.set(["psc", "cmr", "unit"])
  private static let militaryPosts = WordHash.set(["apo", "fpo", "dpo"])
  private static let militaryRegions = WordHash.set(["aa", "ae", "ap"])
  private static let box = WordHash.of("box")
  private static let u = WordHash.of("u")

  /// The address starting at word `i` (capitalised), if any. Called from AddressRules'
  /// pass over the words.
  static func apply(_ text: ScalarText, at i: Int, _ out: inout Candidates) {
    let tokens = text.tokens
    guard i + 1 < tokens.count else { return }
    let token = tokens[i]
    // Only a street word, a unit, a military word, or a word right before a number or
    // "u." can start one of these addresses: cheap tests first.
    let marked = text.classes[i].contains(.addressStart)
    let next = tokens[i + 1]
    guard marked || next.flags.contains(.hasDigit) || next.length == 1 && next.isAlpha,
      token.isAlpha
    else { return }
    if marked, PlaceWords.units.contains(token.hash), let (start, end) = unitLine(text, i) {
      out.add(start, end, .location, .unitAddress, confidence: 0.85, priority: Priority.place)
    }
    if let end = streetThenNumber(text, i) {
      let start = houseNumberBefore(text, i) ?? token.start
      out.add(
        start, end, .location, .internationalStreet, confidence: 0.8, priority: Priority.place)
    } else if marked, let end = military(text, i) {
      out.add(token.start, end, .location, .military, confidence: 0.9, priority: Priority.place)
    }
  }

  /// A street name (a word with a street ending, or a street word and up to four name
  /// words) and then a house number: the end of the number.
  private static func streetThenNumber(_ text: ScalarText, _ i: Int) -> Int? {
    let token = text.tokens[i]
    var j = i + 1
    if streetStarts.contains(token.hash) {
      var words = 0
      while let next = text.token(j), next.kind == .word, next.isAlpha, words < 5,
        next.isCapitalized || connectors.contains(next.hash)
      {
        words += 1
        j += 1
      }
      guard words > 0 else { return nil }
    } else if text.isWord(j, u), text.isSymbol(j + 1, 0x2E), token.length >= 3 {
      j += 2  // Király u. 15
    } else {
      // Koskikatu 25: only a word right before a number is worth checking for an ending.
      guard text.token(j)?.flags.contains(.hasDigit) ?? false, hasStreetEnding(text, token)
      else { return nil }
    }
    guard let number = text.token(j), number.kind == .word, houseNumber(text, number),
      number.spaceBefore
    else { return nil }
    return number.end
  }

  /// 1 to 5 digits, perhaps with one letter: 25, 1634, 12B.
  private static func houseNumber(_ text: ScalarText, _ token: Token) -> Bool {
    guard token.flags.contains(.hasDigit), token.length <= 6 else { return false }
    var c = Cursor(text.scalars, at: token.start)
    guard let digits = c.digits(1...5), digits.value > 0 else { return false }
    return token.end - c.pos <= 1
  }

  private static func hasStreetEnding(_ text: ScalarText, _ token: Token) -> Bool {
    for ending in streetEndings where token.length >= ending.count + 3 {
      var matches = true
      for (k, c) in ending.enumerated() {
        let s = text.scalars[token.end - ending.count + k]
        if (CharacterClass.isUpperASCII(s) ? s + 32 : s) != c {
          matches = false
          break
        }
      }
      if matches { return true }
    }
    return false
  }

  /// A house number right before the street on the same line: "86036 Rua do Arenque 1634".
  private static func houseNumberBefore(_ text: ScalarText, _ i: Int) -> Int? {
    guard i >= 1, let number = text.token(i - 1), number.isNumber, number.length <= 6,
      !text.tokens[i].flags.contains(.lineStart)
    else { return nil }
    return number.start
  }

  /// "6750 Koskikatu 25 Apt. 864", "20789 Allika 46 / Suite 501": an apartment or suite
  /// number ending a line of numbers and capitalised words that starts with a number.
  private static func unitLine(_ text: ScalarText, _ i: Int) -> (Int, Int)? {
    var j = i + 1
    if text.isSymbol(j, 0x2E) { j += 1 }
    if text.isSymbol(j, 0x23) { j += 1 }
    guard let value = text.token(j), value.kind == .word, value.flags.contains(.hasDigit) else {
      return nil
    }
    // Walk back over the address line (or the line before, when the unit starts a line).
    var k = i - 1
    var first = -1
    var words = 0
    while let token = text.token(k), i - k <= 8 {
      if token.kind == .symbol {
        guard token.first == 0x2C || token.first == 0x2E else { break }
      } else if token.isNumber {
        first = k
      } else if token.isCapitalized || token.isAllUpper {
        words += 1
      } else {
        break
      }
      if token.flags.contains(.lineStart) { break }  // the start of this line or the one before
      k -= 1
    }
    guard first >= 0, words > 0, first < i - 1 else { return nil }
    return (text.tokens[first].start, value.end)
  }

  /// "PSC 0413, Box 8144" or "APO AE 09012".
  private static func military(_ text: ScalarText, _ i: Int) -> Int? {
    let token = text.tokens[i]
    guard token.isAllUpper else { return nil }
    if militaryUnits.contains(token.hash), let number = text.token(i + 1), number.isNumber {
      var j = i + 2
      if text.isSymbol(j, 0x2C) { j += 1 }
      guard text.isWord(j, box), let boxNumber = text.token(j + 1), boxNumber.isNumber else {
        return nil
      }
      return boxNumber.end
    }
    if militaryPosts.contains(token.hash), let region = text.token(i + 1), region.kind == .word,
      militaryRegions.contains(region.hash), let zip = text.token(i + 2), zip.isNumber,
      zip.length == 5
    {
      return zip.end
    }
    return nil
  }
}
