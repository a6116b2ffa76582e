/// A card, account, phone or Social Security number given by its last digits: "my Visa
/// ending in 4417", "last four of my card: 4417", "SSN last 4 is 1234". Part of an
/// identifier still identifies. Called from `KeywordIDRules` at the words "ending" and
/// "last", so other words cost nothing.
enum LastDigitsRule {
  private static let ending = WordHash.of("ending")
  private static let with = WordHash.of("with")
  private static let four = WordHash.of("four")
  private static let fourDigit = WordHash.of("4")

  /// Words between "last four" and the digits: "last four digits of my card are 4417".
  private static let fillers = WordHash.set([
    "digits", "digit", "numbers", "of", "my", "the", "your", "his", "her", "their", "our", "are",
    "is", "were", "was", "on", "for", "in",
  ])

  private static let accountWords = WordHash.set([
    "card", "cards", "visa", "mastercard", "mc", "amex", "discover", "debit", "credit",
    "account", "acct", "checking", "savings", "bank", "iban", "routing",
  ])
  private static let phoneWords = WordHash.set([
    "phone", "cell", "mobile", "tel", "telephone", "landline", "cellphone",
  ])
  private static let ssnWords = WordHash.set(["ssn", "social", "ss"])

  static func apply(_ text: ScalarText, _ i: Int, _ out: inout Candidates) {
    let announcedByLast = text.tokens[i].hash != ending
    var j = i + 1
    if announcedByLast {
      // "last four" / "last 4", perhaps "digits", "of my card", "are".
      guard let count = text.token(j), count.kind == .word,
        count.hash == four || count.hash == fourDigit
      else { return }
      j += 1
      var skipped = 0
      while let token = text.token(j), skipped < 5, !token.flags.contains(.hasDigit) {
        if token.kind == .word {
          guard fillers.contains(token.hash) || context(token.hash) != nil else { return }
        } else if !(token.first == 0x3A || token.first == 0x2D || token.first == 0x23) {
          return
        }
        j += 1
        skipped += 1
      }
    } else {
      // "ending in 4417", "ending with ...4417", "Visa ending 8812"
      if text.isWord(j, Words.in) || text.isWord(j, with) { j += 1 }
      var skipped = 0
      while let token = text.token(j), token.kind == .symbol, skipped < 3,
        token.first == 0x3A || token.first == 0x2A || token.first == 0x2E || token.first == 0x2D
          || token.first == 0x23 || token.first == 0x2026
      {
        j += 1
        skipped += 1
      }
    }
    guard let number = text.token(j), number.isNumber,
      announcedByLast ? number.length == 4 : (3...6).contains(number.length),
      text.boundaryAfter(number.end),
      text[number.end] != 0x2E || !CharacterClass.isDigit(text[number.end + 1])
    else { return }
    // What the digits belong to, from the words around: "Visa", "card", "phone", "SSN".
    var found: (PHICategory, PHIRule)?
    var k = max(0, i - 4)
    while k < j, found == nil {
      if text.tokens[k].kind == .word { found = context(text.tokens[k].hash) }
      k += 1
    }
    // "a season ending in 2019": without such a word, "ending in" is not an identifier.
    guard let (category, rule) = found ?? (announcedByLast ? (.id, .keywordID) : nil) else {
      return
    }
    out.add(
      number.start, number.end, category, rule, confidence: 0.8, priority: Priority.keyword)
  }

  private static func context(_ hash: UInt64) -> (PHICategory, PHIRule)? {
    if accountWords.contains(hash) { return (.account, .account) }
    if phoneWords.contains(hash) { return (.phone, .phone) }
    if ssnWords.contains(hash) { return (.ssn, .ssnKeyword) }
    return nil
  }
}
