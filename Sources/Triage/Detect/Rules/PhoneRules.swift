/// Telephone and fax numbers: North American forms with area code, seven-digit local
/// numbers with a dash, and international numbers starting with +.
enum PhoneRules {
  private static let separators: [UInt32] = [0x2D, 0x2E, 0x20]  // - . space

  static func apply(_ text: ScalarText, _ out: inout Candidates) {
    let s = text.scalars
    for (i, token) in text.tokens.enumerated() {
      let start = token.start
      let first = s[start]
      let startsNumber =
        CharacterClass.isDigit(first)
        || ((first == 0x28 || first == 0x2B) && CharacterClass.isDigit(text[start + 1]))
      guard startsNumber, text.boundaryBefore(start), !followsDigitSeparator(s, start) else {
        continue
      }
      var end: Int?
      var rule = PHIRule.phone
      var confidence = 0.95
      var priority = Priority.formatted
      if first == 0x2B, text[start + 1] != 0x31 || !isNANP(s, start) {
        end = international(s, start)
        rule = .phoneInternational
      } else if let nanp = nanp(s, start) {
        end = nanp.end
        confidence = nanp.separated ? 0.95 : 0.8
        // "Account #: 4419003872": ten bare digits after an identifier's keyword are that
        // identifier, so the keyword rule wins.
        if !nanp.separated, hasIdentifierKeyword(text, before: i) {
          priority = Priority.groupedNumber
        }
      } else if let local = local(s, start) {
        end = local
        confidence = 0.75
      } else if let grouped = grouped(s, start), grouped.digits >= 7,
        grouped.trunkPrefix && grouped.groups >= 3 && grouped.digits >= 8
          || grouped.groups >= 2
            && (hasPhoneContext(text, before: i) || label(text, after: grouped.end) != nil)
      {
        end = grouped.end
        rule = .phoneInternational
        confidence = 0.7
        priority = Priority.groupedNumber
      }
      guard let end else { continue }
      let finalEnd = withExtension(text, end)
      // A label after the number ("416 60 039 office", "... 38 fax") wins over one before.
      let after = label(text, after: finalEnd)
      if after == Words.fax || after == nil && isFax(text, before: i) {
        out.add(start, finalEnd, .fax, .fax, confidence: confidence, priority: priority)
      } else {
        out.add(start, finalEnd, .phone, rule, confidence: confidence, priority: priority)
      }
    }
  }

  /// "12-555..." or "3.555...": the number continues something that came before.
  private static func followsDigitSeparator(_ s: [UInt32], _ start: Int) -> Bool {
    guard start >= 2 else { return false }
    let c = s[start - 1]
    return (c == 0x2D || c == 0x2E || c == 0x2F) && CharacterClass.isDigit(s[start - 2])
  }

  private static func isNANP(_ s: [UInt32], _ start: Int) -> Bool { nanp(s, start) != nil }

  /// [+1|1|001 sep] (ddd) ddd-dddd, ddd-ddd-dddd, ddd.ddd.dddd, ddd ddd dddd or ten digits.
  static func nanp(_ s: [UInt32], _ start: Int) -> (end: Int, separated: Bool)? {
    var c = Cursor(s, at: start)
    if c.take(0x2B) {
      guard c.take(0x31) else { return nil }
      _ = c.takeAny(separators)
      c.spaces(limit: 1)
    } else if c.current == 0x31, separators.contains(c.peek(1)),
      CharacterClass.isDigit(c.peek(2)) || c.peek(2) == 0x28
    {
      c.pos += 2
    } else if c.current == 0x30, c.peek(1) == 0x30, c.peek(2) == 0x31, c.peek(3) == 0x2D {
      c.pos += 4  // 001- international prefix from North America
    }
    let paren = c.take(0x28)
    if !paren, c.pos == start {
      // Ten digits written together, or eleven starting with the country code 1.
      var whole = c
      if let run = whole.digits(10...11), run.length == 10 || s[start] == 0x31, whole.atBoundary {
        return (whole.pos, false)
      }
    }
    guard c.digits(3...3) != nil else { return nil }
    var separated = paren
    if paren {
      guard c.take(0x29) else { return nil }
      if c.takeAny([0x2D]) == 0 { c.spaces(limit: 1) }
    } else if c.takeAny(separators) != 0 {
      separated = true
    }
    guard c.digits(3...3) != nil else { return nil }
    let second = c.takeAny(separators)
    if separated != (second != 0) && !paren { return nil }
    if paren && second == 0x20 { return nil }
    // "345-899-3560x4587": an extension may be glued on with an "x".
    guard c.digits(4...4) != nil,
      c.atBoundary || (c.current | 0x20) == 0x78 && CharacterClass.isDigit(c.peek(1))
    else { return nil }
    if (c.current == 0x2D || c.current == 0x2F) && CharacterClass.isDigit(c.peek(1)) { return nil }
    if c.current == 0x2E && CharacterClass.isDigit(c.peek(1)) { return nil }
    return (c.pos, separated)
  }

  /// ddd-dddd with a dash.
  private static func local(_ s: [UInt32], _ start: Int) -> Int? {
    var c = Cursor(s, at: start)
    guard c.digits(3...3) != nil, c.take(0x2D), c.digits(4...4) != nil, c.atBoundary else {
      return nil
    }
    if (c.current == 0x2D || c.current == 0x2E || c.current == 0x2F)
      && CharacterClass.isDigit(c.peek(1))
    {
      return nil
    }
    return c.pos
  }

  /// +CC then groups of digits separated by single spaces, dashes or dots; 8 to 15 digits.
  private static func international(_ s: [UInt32], _ start: Int) -> Int? {
    var c = Cursor(s, at: start)
    guard c.take(0x2B) else { return nil }
    var total = 0
    var groups = 0
    var end = c.pos
    while true {
      if c.take(0x28) {
        guard let group = c.digits(1...4), c.take(0x29) else { break }
        total += group.length
        // "+46 (0)8 928": a bracketed trunk prefix runs straight into the next group.
        if let glued = c.digits(1...12) { total += glued.length }
      } else if let group = c.digits(1...12) {
        total += group.length
      } else {
        break
      }
      groups += 1
      end = c.pos
      let mark = c.pos
      if c.takeAny(separators) == 0 { break }
      if !(CharacterClass.isDigit(c.current) || c.current == 0x28) {
        c.pos = mark
        break
      }
    }
    guard (8...15).contains(total), groups >= 1 else { return nil }
    return end
  }

  /// Groups of digits written the way most of the world writes phone numbers:
  /// "0494 92 82 32", "07700 063 966", "03.93.92.16.85", "(08) 8747 6301". One kind of
  /// separator between groups; a bracketed first group allowed.
  static func grouped(_ s: [UInt32], _ start: Int) -> (
    end: Int, digits: Int, groups: Int, trunkPrefix: Bool
  )? {
    var c = Cursor(s, at: start)
    var digits = 0
    var groups = 0
    var separator: UInt32 = 0
    var end = start
    let trunkPrefix = c.current == 0x30 || (c.current == 0x28 && c.peek(1) == 0x30)
    if c.take(0x28) {
      guard let group = c.digits(1...4), c.take(0x29) else { return nil }
      digits += group.length
      groups += 1
      end = c.pos
      guard c.take(0x20) else { return nil }
    }
    while let group = c.digits(1...5) {
      digits += group.length
      groups += 1
      end = c.pos
      let mark = c.pos
      let next = c.takeAny(separators)
      guard next != 0, separator == 0 || next == separator, CharacterClass.isDigit(c.current) else {
        c.pos = mark
        break
      }
      separator = next
    }
    guard groups >= 2, digits <= 13, Cursor(s, at: end).atBoundary else { return nil }
    // 0555-0952-02 is a drug code (NDC): three dashed groups end with three digits or more.
    if separator == 0x2D, groups == 3, let lastDash = s[start..<end].lastIndex(of: 0x2D),
      end - lastDash - 1 < 3
    {
      return nil
    }
    if (s.count > end + 1) && (s[end] == 0x2E || s[end] == 0x2D || s[end] == 0x2F)
      && CharacterClass.isDigit(s[end + 1])
    {
      return nil
    }
    return (end, digits, groups, trunkPrefix)
  }

  private static let extensionWord = WordHash.of("extension")

  private static let phoneWords = WordHash.set([
    "call", "calling", "phone", "tel", "telephone", "cell", "mobile", "mob", "number", "ring",
    "text", "reach", "contact", "ph", "whatsapp", "sms", "landline", "dial", "messages",
    "message", "answering", "voicemail", "texts",
  ])

  /// Words that label a number written before them: "416 60 039 office", "... 38 fax".
  private static let labelWords = WordHash.set([
    "office", "mobile", "cell", "home", "work", "fax", "phone", "tel", "landline", "direct",
  ])

  /// The label word right after a number on the same line, if any.
  private static func label(_ text: ScalarText, after end: Int) -> UInt64? {
    var c = Cursor(text.scalars, at: end)
    guard c.spaces(limit: 2) >= 1 else { return nil }
    let wordStart = c.pos
    while CharacterClass.isASCIILetter(c.current) { c.pos += 1 }
    guard c.pos > wordStart, c.atBoundary else { return nil }
    let word = text.hash(wordStart, c.pos)
    return labelWords.contains(word) ? word : nil
  }

  /// A word such as "call", "phone" or "number" within the five tokens before.
  private static func hasPhoneContext(_ text: ScalarText, before i: Int) -> Bool {
    var j = i - 1
    while j >= 0 && j >= i - 5 {
      let token = text.tokens[j]
      if token.kind == .word {
        if phoneWords.contains(token.hash) { return true }
        if token.flags.contains(.hasDigit) { return false }
      }
      j -= 1
    }
    return false
  }

  /// A word that announces an identifier ("account", "MRN", "member") within the four
  /// tokens before, and no phone word.
  private static func hasIdentifierKeyword(_ text: ScalarText, before i: Int) -> Bool {
    var j = i - 1
    while j >= 0 && j >= i - 4 {
      let token = text.tokens[j]
      if token.kind == .word {
        if phoneWords.contains(token.hash) { return false }
        if text.isClass(j, .keywordStart) { return true }
      }
      j -= 1
    }
    return false
  }

  /// " x123", " ext. 123" after a number.
  private static func withExtension(_ text: ScalarText, _ end: Int) -> Int {
    var c = Cursor(text.scalars, at: end)
    c.spaces(limit: 1)
    let wordStart = c.pos
    while CharacterClass.isASCIILetter(c.current) { c.pos += 1 }
    let word = text.hash(wordStart, c.pos)
    guard word == Words.x || word == Words.ext || word == extensionWord else { return end }
    c.take(0x2E)
    c.spaces(limit: 1)
    guard c.digits(1...6) != nil, c.atBoundary else { return end }
    return c.pos
  }

  /// "fax", "f:" or "facsimile" within the four tokens before.
  private static func isFax(_ text: ScalarText, before i: Int) -> Bool {
    var j = i - 1
    while j >= 0 && j >= i - 4 {
      let token = text.tokens[j]
      if token.kind == .word {
        if token.hash == Words.fax || token.hash == Words.facsimile {
          // "... 38 fax" then a line break: the label of the number before, not this one.
          let trailing =
            j > 0 && text.tokens[j - 1].flags.contains(.hasDigit)
            && text.token(j + 1).map { $0.flags.contains(.lineStart) } ?? false
          return !trailing
        }
        if token.hash == Words.f, text.isSymbol(j + 1, 0x3A) { return true }
        if token.flags.contains(.hasDigit) { return false }
      }
      j -= 1
    }
    return false
  }
}
