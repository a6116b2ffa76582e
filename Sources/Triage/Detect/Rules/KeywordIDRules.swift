/// Identifiers announced by a keyword: "MRN: 00482913", "member id XJH448812",
/// "license plate 7ABC123", "serial number PJN123456", "SSN 123456789"; biometric
/// identifiers named outright; and, as a fallback, any other long number or code.
enum KeywordIDRules {
  private struct Keyword {
    let words: [UInt64]
    let category: PHICategory
    let rule: PHIRule
    /// An everyday word ("report", "order", "case") announces an identifier only with a
    /// "#", ":" or "number" after it, or before a code of letters and digits
    /// ("Police report MPD-26-118204"): "report 3 episodes" and "order 500 mg" are not.
    var needsCue = false
  }

  private static func keyword(
    _ phrase: String, _ category: PHICategory, _ rule: PHIRule, needsCue: Bool = false
  ) -> Keyword {
    Keyword(
      words: phrase.split(separator: " ").map { WordHash.of($0) }, category: category, rule: rule,
      needsCue: needsCue)
  }

  /// Longest phrases first, so "license plate" wins over "license".
  private static let keywords: [Keyword] = {
    let list: [Keyword] = [
      keyword("mrn", .mrn, .mrn), keyword("medical record", .mrn, .mrn),
      keyword("hrn", .mrn, .mrn), keyword("health record", .mrn, .mrn),
      keyword("med rec", .mrn, .mrn), keyword("record number", .mrn, .mrn),
      keyword("chart", .mrn, .mrn), keyword("patient id", .mrn, .mrn),
      keyword("pt id", .mrn, .mrn), keyword("patient number", .mrn, .mrn),
      keyword("hospital number", .mrn, .mrn), keyword("unit number", .mrn, .mrn),
      keyword("unit no", .mrn, .mrn), keyword("record", .mrn, .mrn),
      keyword("mr", .mrn, .mrn),
      keyword("member", .healthPlan, .healthPlan), keyword("policy", .healthPlan, .healthPlan),
      keyword("insurance", .healthPlan, .healthPlan),
      keyword("subscriber", .healthPlan, .healthPlan),
      keyword("medicaid", .healthPlan, .healthPlan),
      keyword("medicare", .healthPlan, .healthPlan),
      keyword("beneficiary", .healthPlan, .healthPlan),
      keyword("health plan", .healthPlan, .healthPlan),
      keyword("group number", .healthPlan, .healthPlan), keyword("group", .healthPlan, .healthPlan),
      keyword("hicn", .healthPlan, .healthPlan), keyword("mbi", .healthPlan, .healthPlan),
      // A claim number identifies one bill, not the plan: writers mark it ID.
      keyword("claim", .id, .keywordID),
      keyword("account", .account, .account), keyword("acct", .account, .account),
      keyword("card", .account, .account), keyword("routing", .account, .account),
      keyword("invoice", .account, .account), keyword("iban", .account, .account),
      keyword("license plate", .vehicle, .vehicle), keyword("licence plate", .vehicle, .vehicle),
      keyword("plate", .vehicle, .vehicle), keyword("vin", .vehicle, .vehicle),
      keyword("tag", .vehicle, .vehicle, needsCue: true),
      keyword("license", .license, .license), keyword("licence", .license, .license),
      keyword("lic", .license, .license), keyword("dl", .license, .license),
      keyword("cdl", .license, .license),
      keyword("dea", .license, .license), keyword("npi", .license, .license),
      keyword("certificate", .license, .license), keyword("cert", .license, .license),
      keyword("permit", .license, .license), keyword("passport", .license, .license),
      keyword("serial", .device, .device), keyword("s n", .device, .device),
      keyword("sn", .device, .device), keyword("imei", .device, .device),
      keyword("udi", .device, .device), keyword("device id", .device, .device),
      keyword("device", .device, .device), keyword("serials", .device, .device),
      keyword("meter id", .device, .device), keyword("pendant id", .device, .device),
      keyword("pump id", .device, .device), keyword("pendant unit", .device, .device),
      keyword("registration", .id, .keywordID, needsCue: true),
      keyword("sensor id", .device, .device),
      keyword("monitor id", .device, .device), keyword("transmitter id", .device, .device),
      keyword("implant id", .device, .device),
      keyword("statement", .account, .account, needsCue: true),
      keyword("encounter", .id, .keywordID), keyword("accession", .id, .keywordID),
      keyword("case number", .id, .keywordID), keyword("specimen", .id, .keywordID),
      keyword("confirmation", .id, .keywordID), keyword("reference", .id, .keywordID),
      keyword("ref", .id, .keywordID), keyword("visit id", .id, .keywordID),
      keyword("requisition", .id, .keywordID), keyword("req", .id, .keywordID, needsCue: true),
      keyword("employee", .id, .keywordID, needsCue: true), keyword("badge", .id, .keywordID),
      keyword("report", .id, .keywordID, needsCue: true),
      keyword("incident", .id, .keywordID, needsCue: true),
      keyword("ticket", .id, .keywordID, needsCue: true),
      keyword("case", .id, .keywordID, needsCue: true),
      // Codes a portal or an app gives one patient: "activation code 7HQ2-KX9M-44TR".
      keyword("access code", .id, .keywordID), keyword("activation code", .id, .keywordID),
      keyword("verification code", .id, .keywordID), keyword("enrollment code", .id, .keywordID),
      keyword("order", .id, .keywordID, needsCue: true),
      keyword("voucher", .id, .keywordID), keyword("key", .id, .keywordID, needsCue: true),
      // An ambulance run and an aircraft's tail number: "run # WFD-26-0093", "aircraft N417LM".
      keyword("run", .id, .keywordID, needsCue: true),
      keyword("aircraft", .vehicle, .vehicle, needsCue: true),
      keyword("tail number", .vehicle, .vehicle),
      // "Palm-vein template PV-7F3A-91C2-0B44": a stored biometric template's identifier.
      keyword("template", .biometric, .biometric, needsCue: true),
      keyword("hash", .biometric, .biometric, needsCue: true),
      keyword("transaction", .id, .keywordID, needsCue: true),
      // "interpreter ID 4471": see `roleID`.
      keyword("id", .id, .keywordID),
      keyword("ssn", .ssn, .ssnKeyword), keyword("social security", .ssn, .ssnKeyword),
      keyword("ss", .ssn, .ssnKeyword),
    ]
    return list.sorted { $0.words.count > $1.words.count }
  }()

  /// Words that start a keyword, and "ending" and "last" for `LastDigitsRule`: the
  /// `keywordStart` word class.
  static var firstWords: [UInt64] { keywords.map { $0.words[0] } + [ending, last] }

  private static let byFirstWord = WordMap(
    Dictionary(grouping: keywords, by: { $0.words[0] }).map { ($0.key, $0.value) })

  /// Words between a keyword and its value: "MRN #: 123", "policy number is AB12".
  private static let fillers = WordHash.set([
    "no", "number", "num", "nbr", "nr", "is", "was", "id", "of", "ending", "in", "code",
  ])

  static let printWordsList: [String] = [
    "fingerprint", "fingerprints", "voiceprint", "voiceprints", "faceprint", "faceprints",
    "palmprint", "palmprints",
  ]
  private static let printWords = WordHash.set(printWordsList)
  static let eyeWordsList: [String] = ["retina", "retinal", "iris"]
  private static let eyeWords = WordHash.set(eyeWordsList)
  private static let scanWords = WordHash.set(["scan", "scans", "print", "prints", "id"])

  static func apply(_ text: ScalarText, _ out: inout Candidates) {
    let tokens = text.tokens
    var i = 0
    while i < tokens.count {
      let token = tokens[i]
      defer { i += 1 }
      guard token.kind == .word else { continue }
      if text.isClass(i, .keywordStart) {
        guard let candidates = byFirstWord[token.hash] else {
          // "ending" or "last": marked with the keywords so other words cost nothing.
          LastDigitsRule.apply(text, i, &out)
          continue
        }
        for keyword in candidates {
          guard let after = match(text, keyword.words, at: i) else { continue }
          if keyword.words.count == 1, keyword.words[0] == id, !roleID(text, i) { break }
          if let (start, end) = value(text, after: after, keyword: keyword) {
            // A GS1 UDI, "(01)…(17)…", is unmistakable: its digits are no card number.
            let gs1 = text.scalars[start] == 0x28
            out.add(
              start, end, keyword.category, keyword.rule, confidence: 0.9,
              priority: gs1 ? Priority.structured : Priority.keyword)
          }
          break
        }
      }
      if text.isClass(i, .biometricPrint) {
        out.add(
          token.start, token.end, .biometric, .biometric, confidence: 0.6,
          priority: Priority.keyword)
      } else if text.isClass(i, .biometricEye), let next = text.token(i + 1), next.kind == .word,
        scanWords.contains(next.hash)
      {
        out.add(
          token.start, next.end, .biometric, .biometric, confidence: 0.6, priority: Priority.keyword
        )
      }
      fallback(text, i, &out)
    }
  }

  private static let id = WordHash.of("id")
  private static let ending = WordHash.of("ending")
  private static let last = WordHash.of("last")

  /// "ID" alone announces an identifier when a person's role or another word comes before
  /// it ("interpreter ID 4471", "staff ID: 0913"), but not when an identifier keyword does
  /// ("member ID ...", which that keyword reports) nor where ID is Idaho ("Boise, ID 83702").
  private static func roleID(_ text: ScalarText, _ i: Int) -> Bool {
    guard let before = text.token(i - 1) else { return true }
    guard before.kind == .word else { return before.first != 0x2C }
    return !text.isClass(i - 1, .keywordStart) && !text.entries[i - 1].isCity
  }

  /// The token index after `words` starting at `i` (symbols such as ' / . may sit between).
  private static func match(_ text: ScalarText, _ words: [UInt64], at i: Int) -> Int? {
    var j = i
    for (index, word) in words.enumerated() {
      if index > 0 {
        while let token = text.token(j), token.kind == .symbol,
          token.first == 0x27 || token.first == 0x2F || token.first == 0x2E || token.first == 0x2019
        {
          j += 1
        }
      }
      guard text.isWord(j, word) else { return nil }
      j += 1
    }
    return j
  }

  /// Fillers that announce a value as an identifier: "no.", "number", "ID", "ending".
  private static let announcing = WordHash.set([
    "no", "number", "num", "nbr", "nr", "id", "ending",
  ])

  /// The identifier after a keyword: skip fillers and punctuation, then a code holding
  /// digits (glued parts joined by dashes), or for an SSN nine digits in any grouping.
  private static func value(_ text: ScalarText, after: Int, keyword: Keyword) -> (Int, Int)? {
    var j = after
    var skipped = 0
    var announced = false
    var throughWord = false  // "in", "of", "is"...
    while let token = text.token(j), skipped < 4 {
      if token.kind == .symbol {
        guard
          token.first == 0x3A || token.first == 0x23 || token.first == 0x2D
            || token.first == 0x3D || token.first == 0x28 || token.first == 0x2E
        else { return nil }
        announced = announced || token.first == 0x3A || token.first == 0x23
      } else if !(fillers.contains(token.hash) && !token.flags.contains(.hasDigit)) {
        break
      } else if announcing.contains(token.hash) {
        announced = true
      } else {
        throughWord = true
      }
      j += 1
      skipped += 1
    }
    // "plate KY 3MT-482": a plate's state comes before it.
    var stateStart: Int?
    if keyword.category == .vehicle, let state = text.token(j), state.kind == .word,
      state.isAllUpper, state.length == 2, Words.stateCodes.contains(state.hash),
      let plate = text.token(j + 1), plate.kind == .word, plate.spaceBefore,
      plate.flags.contains(.hasDigit), !plate.flags.contains(.lineStart)
    {
      stateStart = state.start
      j += 1
    }
    guard let first = text.token(j), first.kind == .word else { return nil }
    var end = first.end
    var digits = digitCount(text, first)
    var hasLetter = first.flags.contains(.hasLetter)
    var k = j + 1
    // Glued continuation: AB-1234-5678, 123.456, and a device's UDI in GS1 form,
    // "(01)08717648211035(17)280131(10)0113481".
    while let separator = text.token(k), separator.kind == .symbol,
      separator.first == 0x2D || separator.first == 0x2E || separator.first == 0x2F
        || separator.first == 0x28 || separator.first == 0x29,
      text.isGlued(k), let next = text.token(k + 1), next.kind == .word, text.isGlued(k + 1),
      next.flags.contains(.hasDigit) || next.isAllUpper
    {
      end = next.end
      digits += digitCount(text, next)
      hasLetter = hasLetter || next.flags.contains(.hasLetter)
      k += 2
    }
    // Space-separated digit groups: "1234 5678 9012", and after a few capitals "DDX 9902
    // 4471 03", "F 412 553 088 170" (six digits at least: "BCBS 12 visits" is none).
    let letterPrefix = first.isAllUpper && first.isAlpha && first.length <= 4 && end == first.end
    if first.isNumber || letterPrefix {
      var groups = 0
      var groupDigits = 0
      var groupEnd = end
      while let next = text.token(k), next.isNumber, next.spaceBefore, next.start == groupEnd + 1,
        !next.flags.contains(.lineStart)
      {
        groupEnd = next.end
        groupDigits += next.length
        groups += 1
        k += 1
      }
      if first.isNumber || groupDigits >= 6 {
        end = groupEnd
        digits += groupDigits
      } else {
        k -= groups
      }
    }
    if keyword.category == .ssn { return digits == 9 ? (first.start, end) : nil }
    if keyword.category == .vehicle, let plate = plateGroups(text, from: k, start: first.start) {
      end = plate.end
      digits += plate.digits
      hasLetter = hasLetter || plate.hasLetter
    }
    let length = end - first.start
    guard digits >= 3 || (digits >= 2 && length >= 5) else { return nil }
    // "hired as an employee in 2010", "record of 2019": a year after a small word.
    if throughWord, !announced, end == first.end, isYear(text, first) { return nil }
    if keyword.needsCue && !announced && !(hasLetter && digits > 0 && length >= 5) { return nil }
    // "(01)0871…": a GS1 code keeps the bracket that opens its first application identifier.
    if text.isSymbol(j - 1, 0x28), text.isGlued(j), text.isSymbol(j + 1, 0x29), end > first.end {
      return (text.tokens[j - 1].start, end)
    }
    return (stateStart ?? first.start, end)
  }

  /// "4TRX 617", "7 ABC 123": a licence plate written in two or three groups of digits
  /// and capitals on one line (eight letters and digits at most; a group of letters alone
  /// has three or more, so a state code after the plate stays out).
  private static func plateGroups(_ text: ScalarText, from k: Int, start: Int) -> (
    end: Int, digits: Int, hasLetter: Bool
  )? {
    guard let previous = text.token(k - 1) else { return nil }
    var end = previous.end
    var total = end - start
    var digits = 0
    var hasLetter = false
    var j = k
    while let group = text.token(j), group.kind == .word, group.start == end + 1,
      group.isNumber || group.isAllUpper && (group.flags.contains(.hasDigit) || group.length >= 3),
      !group.flags.contains(.lineStart),
      total + group.length <= 8, j - k < 2
    {
      end = group.end
      total += group.length
      digits += digitCount(text, group)
      hasLetter = hasLetter || group.flags.contains(.hasLetter)
      j += 1
    }
    return j > k ? (end, digits, hasLetter) : nil
  }

  private static func isYear(_ text: ScalarText, _ token: Token) -> Bool {
    guard token.isNumber, token.length == 4 else { return false }
    var c = Cursor(text.scalars, at: token.start)
    return c.digits(4...4).map { (1900...2099).contains($0.value) } ?? false
  }

  private static func digitCount(_ text: ScalarText, _ token: Token) -> Int {
    guard token.flags.contains(.hasDigit) else { return 0 }
    var count = 0
    for index in token.start..<token.end where CharacterClass.isDigit(text.scalars[index]) {
      count += 1
    }
    return count
  }

  private static let currency: Set<UInt32> = [0x24, 0xA3, 0x20AC, 0xA5, 0x20B9]
  private static let batchWords = WordHash.set(["lot", "batch"])

  /// Any other unique number: five or more digits, or a code of letters and four or more
  /// digits, that is not an amount, a measurement or a decimal.
  private static func fallback(_ text: ScalarText, _ i: Int, _ out: inout Candidates) {
    let token = text.tokens[i]
    guard token.flags.contains(.hasDigit), token.length >= 5, text.boundaryBefore(token.start)
    else {
      return
    }
    let digits = digitCount(text, token)
    let letters = token.length - digits
    guard digits >= 5 || (digits >= 4 && letters >= 1 && token.length >= 6) else { return }
    let s = text.scalars
    if token.start > 0, currency.contains(s[token.start - 1]) { return }
    if token.start > 1, s[token.start - 1] == 0x2E || s[token.start - 1] == 0x2C,
      CharacterClass.isDigit(s[token.start - 2])
    {
      return
    }
    if (text[token.end] == 0x2E || text[token.end] == 0x2C)
      && CharacterClass.isDigit(text[token.end + 1])
    {
      return
    }
    if letters > 0 {
      // 10000mg, 2500kcal, 1080p: a number with its unit.
      var c = Cursor(s, at: token.start)
      _ = c.digits(1...20)
      if c.pos > token.start, Words.units.contains(text.hash(c.pos, token.end)) {
        return
      }
    }
    if let next = text.token(i + 1), next.kind == .word, Words.units.contains(next.hash) { return }
    // "lot U7713AA": a vaccine or drug batch, not a person.
    if let lead = DateRules.previousWord(text, before: i, within: 3),
      batchWords.contains(text.tokens[lead].hash)
    {
      return
    }
    if isProcedureCode(text, i, digits: digits, letters: letters) || isClinicalNotation(text, i) {
      return
    }
    let (start, end) = hyphenatedCode(text, i)
    out.add(start, end, .id, .otherID, confidence: 0.6, priority: Priority.fallback)
  }

  private static let codeWords = WordHash.set(["cpt", "hcpcs", "code", "codes", "billed"])
  private static let visitWords = WordHash.set(["visit", "visits", "code", "level", "charge"])

  /// A billing code, not a person's number: five digits in brackets after the service
  /// they bill ("CBC w/ diff (85025)", "manual therapy (97140)"), after "CPT", or an
  /// office-visit code before "visit" ("billed for a 99214 visit").
  private static func isProcedureCode(_ text: ScalarText, _ i: Int, digits: Int, letters: Int)
    -> Bool
  {
    guard digits == 5, letters == 0 else { return false }
    if text.isSymbol(i - 1, 0x28), text.isGlued(i), text.isSymbol(i + 1, 0x29),
      let before = text.token(i - 2), before.kind == .word, before.isAlpha
    {
      return true
    }
    // "CPT 97110, 97140, 97530", "CPT 99214 + 69210": back over the list to its keyword.
    var j = i - 1
    while j >= 0, i - j <= 12 {
      let t = text.tokens[j]
      if t.kind == .word {
        if codeWords.contains(t.hash) { return true }
        guard t.isNumber && t.length == 5 || t.hash == Words.and else { break }
      } else if t.first != 0x2C && t.first != 0x2B && t.first != 0x3A {
        break
      }
      j -= 1
    }
    guard let next = text.token(i + 1), next.kind == .word, visitWords.contains(next.hash) else {
      return false
    }
    return text.tokens[i].first == 0x39 && text.scalars[text.tokens[i].start + 1] == 0x39
  }

  /// Notation that is medicine, not a person's number: a pregnancy history ("G3P2002"), a
  /// trial registration ("NCT05219874"), a gene variant ("c.5946delT", "p.Ser1982fs").
  private static func isClinicalNotation(_ text: ScalarText, _ i: Int) -> Bool {
    let token = text.tokens[i]
    let s = text.scalars
    if token.first | 0x20 == 0x67, token.length >= 4, CharacterClass.isDigit(s[token.start + 1]) {
      var k = token.start + 1
      while k < token.end, CharacterClass.isDigit(s[k]) { k += 1 }
      if k < token.end, s[k] | 0x20 == 0x70 { return true }
    }
    if token.length == 11, token.isAllUpper || token.flags.contains(.hasDigit),
      s[token.start] == 0x4E, s[token.start + 1] == 0x43, s[token.start + 2] == 0x54
    {
      return true
    }
    if i >= 2, text.isSymbol(i - 1, 0x2E), text.isGlued(i), let prefix = text.token(i - 2),
      prefix.length == 1, variantPrefixes.contains(prefix.first | 0x20), text.isGlued(i - 1)
    {
      return true
    }
    return false
  }
  /// c., g., m., n., p., r.: the reference sequence of a variant.
  private static let variantPrefixes: Set<UInt32> = [0x63, 0x67, 0x6D, 0x6E, 0x70, 0x72]

  /// The whole code around token `i` when parts of capitals or digits are glued to it by
  /// hyphens ("LR-55190247", "IR-26-01473"): an identifier keeps its prefix.
  private static func hyphenatedCode(_ text: ScalarText, _ i: Int) -> (Int, Int) {
    func isPart(_ k: Int) -> Bool {
      guard let part = text.token(k), part.kind == .word, part.length <= 10 else { return false }
      return part.isNumber
        || part.isAllUpper && (part.length <= 6 || part.flags.contains(.hasDigit))
    }
    var first = i
    while first >= 2, text.isSymbol(first - 1, 0x2D), text.isGlued(first),
      text.isGlued(first - 1), isPart(first - 2)
    {
      first -= 2
    }
    var last = i
    while text.isSymbol(last + 1, 0x2D), text.isGlued(last + 1), text.isGlued(last + 2),
      isPart(last + 2)
    {
      last += 2
    }
    return (text.tokens[first].start, text.tokens[last].end)
  }
}
