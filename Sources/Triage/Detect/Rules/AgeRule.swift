/// Ages over 89: "93 years old", "92 y/o", "age 97", "aged 101", "a 95-year-old", "in her 90s".
enum AgeRule {
  private static let after = WordHash.set(["yo", "y", "yrs", "yr", "year", "years", "yoa"])
  private static let before = WordHash.set(["age", "aged", "ages", "aet", "turned", "turning"])
  private static let possessive = WordHash.set(["her", "his", "their", "my", "your", "our"])

  static func apply(_ text: ScalarText, _ out: inout Candidates) {
    let tokens = text.tokens
    for (i, token) in tokens.enumerated()
    where token.kind == .word && token.flags.contains(.hasDigit) {
      var c = Cursor(text.scalars, at: token.start)
      guard let number = c.digits(2...3), (90...125).contains(number.value),
        text.boundaryBefore(token.start)
      else { continue }
      if c.pos < token.end {
        // 92yo, 93y, 90s
        let suffix = WordHash.of(text.string(c.pos, token.end))
        if after.contains(suffix) {
          add(token.start, c.pos, &out)
        } else if suffix == Words.s,
          let previous = DateRules.previousWord(text, before: i, within: 2),
          possessive.contains(tokens[previous].hash)
        {
          add(token.start, c.pos, &out)
        }
        continue
      }
      if text.isSymbol(i + 1, 0x2E), text.isGlued(i + 1),
        CharacterClass.isDigit(text[token.end + 1])
      {
        continue  // 90.5 is a measurement
      }
      var j = i + 1
      if text.isSymbol(j, 0x2D) { j += 1 }  // 95-year-old
      if let next = text.token(j), next.kind == .word, after.contains(next.hash) {
        if next.hash == Words.y {
          // y/o, y.o., y o
          let k = text.isSymbol(j + 1, 0x2F) || text.isSymbol(j + 1, 0x2E) ? j + 2 : j + 1
          if text.isWord(k, Words.o) { add(token.start, token.end, &out) }
        } else if next.hash == WordHash.of("year") || next.hash == WordHash.of("years")
          || next.hash == WordHash.of("yrs") || next.hash == WordHash.of("yr")
        {
          var k = j + 1
          if text.isSymbol(k, 0x2D) { k += 1 }
          if text.isWord(k, Words.old) || text.isWord(k, Words.of)
            || text.isWord(k, WordHash.of("young"))
          {
            add(token.start, token.end, &out)
          }
        } else {
          add(token.start, token.end, &out)
        }
        continue
      }
      if let previous = DateRules.previousWord(text, before: i, within: 2),
        before.contains(tokens[previous].hash)
      {
        add(token.start, token.end, &out)
      }
    }
  }

  private static func add(_ start: Int, _ end: Int, _ out: inout Candidates) {
    out.add(start, end, .age, .age, confidence: 0.9, priority: Priority.formatted)
  }
}
