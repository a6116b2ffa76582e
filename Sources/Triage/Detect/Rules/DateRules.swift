/// Dates: digits (3/4/2015, 2015-03-04, 03/2015, "on 3/4"), month names (March 4th, 2015;
/// 4 March; 04-Mar-2015; March 2015) and days of the month ("on the 12th"). A bare year
/// is not PHI and is never reported alone.
enum DateRules {
  static func apply(_ text: ScalarText, _ out: inout Candidates) {
    let s = text.scalars
    let tokens = text.tokens
    for (i, token) in tokens.enumerated() where token.kind == .word {
      // Every date holds a digit, a month or a weekday: other words cost one test.
      if !token.flags.contains(.hasDigit), text.classes[i].isDisjoint(with: [.month, .weekday]) {
        continue
      }
      if token.isNumber {
        guard text.boundaryBefore(token.start) else { continue }
        if let end = numeric(s, token.start) {
          // "lot 25C118, exp 03/2028": a product's expiry, month and year, is no date in a
          // person's life (a certificate's "expires 11/21/2028" is).
          if isExpiry(text, before: i),
            s[token.start..<end].count(where: { $0 == 0x2F || $0 == 0x2D || $0 == 0x2E }) == 1
          {
            continue
          }
          out.add(
            weekdayStart(text, before: i) ?? token.start, end, .date, .dateNumeric,
            confidence: 0.95, priority: Priority.formatted)
        } else if text[token.end] == 0x2E, let end = dottedShortYear(text, i) {
          out.add(
            weekdayStart(text, before: i) ?? token.start, end, .date, .dateNumeric,
            confidence: 0.85, priority: Priority.formatted)
        } else if let end = dayMonth(text, i) {
          out.add(
            weekdayStart(text, before: i) ?? token.start, end, .date, .dateShort,
            confidence: 0.75, priority: Priority.formatted)
        } else if let end = dayThenMonthName(text, i) {
          // "Thu, 19 Nov 2026": a weekday before the date belongs to it.
          out.add(
            weekdayStart(text, before: i) ?? token.start, end, .date, .dateMonthName,
            confidence: 0.9, priority: Priority.formatted)
        }
      } else if text.isClass(i, .month), let month = Words.months[token.hash] {
        if let end = monthNameFirst(text, i, month: month) {
          out.add(
            weekdayStart(text, before: i) ?? token.start, end, .date, .dateMonthName,
            confidence: 0.9, priority: Priority.formatted)
        } else if token.isCapitalized, token.length >= 4, month != 5,
          let lead = text.token(i - 1), lead.kind == .word, monthAloneLeads.contains(lead.hash)
        {
          // "falls since August": a month tied to a person's event (not "may").
          out.add(
            token.start, token.end, .date, .dateMonthName, confidence: 0.7,
            priority: Priority.formatted)
        }
      } else if text.isClass(i, .weekday), text.isWord(i + 1, Words.the),
        let day = text.token(i + 2), day.kind == .word, ordinalDay(text, i + 2) != nil,
        !day.isNumber
      {
        // "Sunday the 3rd", "last Tuesday the 3rd", "Saturday the 7th of November"
        var start = token.start
        if i > 0, text.tokens[i - 1].kind == .word, relativeDays.contains(text.tokens[i - 1].hash) {
          start = text.tokens[i - 1].start
        }
        let end = dayThenMonthName(text, i + 2) ?? day.end
        out.add(start, end, .date, .dateOrdinal, confidence: 0.85, priority: Priority.formatted)
      } else if let day = ordinalDay(text, i), day >= 1 {
        if let end = dayThenMonthName(text, i) {
          out.add(
            token.start, end, .date, .dateMonthName, confidence: 0.9, priority: Priority.formatted)
        } else if text.isWord(i - 1, Words.the), i >= 2,
          tokens[i - 2].kind == .word && Words.ordinalDateLead.contains(tokens[i - 2].hash)
            || text.isSymbol(i - 2, 0x3A) && text.isWord(i - 3, date)  // "Visit date: the 14th"
        {
          out.add(
            token.start, token.end, .date, .dateOrdinal, confidence: 0.8,
            priority: Priority.formatted)
        }
      }
    }
  }

  private static let date = WordHash.of("date")
  /// Words before a weekday that belong to the date: "last Tuesday the 3rd".
  private static let relativeDays = WordHash.set(["last", "this", "next", "past"])
  private static let de = WordHash.of("de")
  private static let expiryWords = WordHash.set([
    "exp", "expires", "expiry", "expiration", "expiring", "expd", "use-by",
  ])

  /// Whether the word before token `i` (past a ":" or ".") announces an expiry date.
  private static func isExpiry(_ text: ScalarText, before i: Int) -> Bool {
    var j = i - 1
    while j >= 0, text.isSymbol(j, 0x3A) || text.isSymbol(j, 0x2E) { j -= 1 }
    return j >= 0 && text.tokens[j].kind == .word && expiryWords.contains(text.tokens[j].hash)
  }

  /// m/d/yyyy, m-d-yy, d.m.yyyy, yyyy-mm-dd and m/yyyy, with plausible parts and one kind
  /// of separator.
  static func numeric(_ s: [UInt32], _ start: Int) -> Int? {
    var c = Cursor(s, at: start)
    guard let first = c.digits(1...4) else { return nil }
    let separator = c.takeAny([0x2F, 0x2D, 0x2E])
    guard separator != 0, let second = c.digits(1...4) else { return nil }
    let afterSecond = c.pos
    if first.length == 4 {
      // yyyy-mm-dd
      guard (1800...2100).contains(first.value), second.length <= 2,
        (1...12).contains(second.value),
        c.take(separator), let third = c.digits(1...2), (1...31).contains(third.value)
      else { return nil }
      return finish(c)
    }
    guard first.length <= 2 else { return nil }
    if c.take(separator), let third = c.digits(2...4), third.length != 3 {
      guard second.length <= 2, plausibleDayMonth(first.value, second.value) else { return nil }
      if third.length == 4 { guard (1800...2100).contains(third.value) else { return nil } }
      // 1.2.10 is more often a version number than a date.
      if separator == 0x2E && third.length == 2 { return nil }
      return finish(c)
    }
    // m/yyyy or mm-yyyy
    c.pos = afterSecond
    guard separator != 0x2E, second.length == 4, (1800...2100).contains(second.value),
      (1...12).contains(first.value)
    else { return nil }
    return finish(c)
  }

  private static func plausibleDayMonth(_ a: Int, _ b: Int) -> Bool {
    ((1...12).contains(a) && (1...31).contains(b)) || ((1...31).contains(a) && (1...12).contains(b))
  }

  /// The end of a numeric date: at a word boundary, or before the "T" of an ISO timestamp
  /// ("2015-03-04T10:30"). A time of day is not PHI, so it never joins the date.
  private static func finish(_ c: Cursor) -> Int? {
    guard c.atBoundary || c.current == 0x54 && CharacterClass.isDigit(c.peek(1)) else {
      return nil
    }
    let next = c.current
    if (next == 0x2F || next == 0x2D || next == 0x2E) && CharacterClass.isDigit(c.peek(1)) {
      return nil
    }
    return c.pos
  }

  /// "Tuesday, " before a date: the offset where the weekday starts.
  private static func weekdayStart(_ text: ScalarText, before i: Int) -> Int? {
    var j = i - 1
    if text.isSymbol(j, 0x2C) { j -= 1 }
    guard let weekday = text.token(j), weekday.kind == .word, Words.weekdays.contains(weekday.hash),
      weekday.isCapitalized || text.tokens[i].isAllLower
    else { return nil }
    return weekday.start
  }

  /// m/d without a year. A valid month and day are necessary, not sufficient: 3/4 and 7/10
  /// are fractions and scores. It is a date after a word such as "on" or "since" (or a
  /// weekday), or with a day of 11 to 31 (5/14), never before a unit. Weaker evidence, for
  /// a value that does not look like a common fraction and does not follow a score word
  /// ("pain 4/10"): a clinical event word before it ("last dose 11/08", "labs 3/5") or a
  /// clock time after it ("12/2 at 7:30am", "11/8 14:30").
  private static func dayMonth(_ text: ScalarText, _ i: Int) -> Int? {
    var c = Cursor(text.scalars, at: text.tokens[i].start)
    guard let month = c.digits(1...2), c.take(0x2F), let day = c.digits(1...2),
      (1...12).contains(month.value), (1...31).contains(day.value), c.atBoundary
    else { return nil }
    if c.current == 0x2F || c.current == 0x2E && CharacterClass.isDigit(c.peek(1)) { return nil }
    // "1 1/2": a mixed number
    if i > 0, text.tokens[i - 1].isNumber, text.tokens[i].spaceBefore,
      !text.tokens[i].flags.contains(.lineStart)
    {
      return nil
    }
    let next = text.tokenIndex(startingAt: c.pos, from: i)
    let lead = previousWord(text, before: i, within: 2)
    // "on 3/4", "Wed 4/5"
    let hasLead =
      lead.map {
        Words.dateLead.contains(text.tokens[$0].hash) || text.isClass($0, .weekday)
      } ?? false
    // "3/4 in" is three quarters of an inch, but "done on 11/4 in two stages" a date.
    if let after = text.token(next), after.kind == .word, Words.units.contains(after.hash),
      !(hasLead && after.hash == Words.in)
    {
      return nil
    }
    if hasLead || day.value >= 11 { return c.pos }
    guard !looksLikeFraction(month.value, day.value), !text.isWord(next, Words.of) else {
      return nil
    }
    if let lead, scoreWords.contains(text.tokens[lead].hash) { return nil }
    let eventLead = lead.map { eventWords.contains(text.tokens[$0].hash) } ?? false
    // "to finish 11/5", "Next video 12/7": a month past June with a day under 10 is no
    // fraction or grade anyone writes ("7/10 pain", "5/5 strength" and "Apgars 8/9", which
    // a score word announces, are).
    let lateMonth =
      month.value >= 7 && day.value <= 9 && !(lead.map { text.tokens[$0].isNumber } ?? false)
    guard
      eventLead || lateMonth || clockTime(text.scalars, after: c.pos)
        || listsADate(text.scalars, c.pos) || endsARange(text, i)
    else { return nil }
    return c.pos
  }

  /// "11/3 through 11/5": the end of a range after an m/d.
  private static func endsARange(_ text: ScalarText, _ i: Int) -> Bool {
    guard i >= 4, let word = text.token(i - 1), word.kind == .word, rangeHashes.contains(word.hash),
      text.tokens[i - 2].isNumber, text.isSymbol(i - 3, 0x2F), text.tokens[i - 4].isNumber
    else { return false }
    return true
  }
  /// Words before a month named alone that tie it to an event: "since August".
  /// ("in March" alone stays a season of the year, as the earlier samples mark it).
  private static let monthAloneLeads = WordHash.set(["since", "until", "till", "through"])
  private static let rangeHashes = WordHash.set(["through", "thru", "until", "till"])

  private static let rangeWords: [[UInt32]] = ["through", "thru", "until", "till"].map {
    $0.unicodeScalars.map(\.value)
  }

  /// "called 10/2, 10/9 and 10/16": in a list of m/d values, one with a day of 11 to 31
  /// makes the others dates too. Up to four items after `start` are read.
  private static func listsADate(_ s: [UInt32], _ start: Int) -> Bool {
    var c = Cursor(s, at: start)
    for _ in 0..<4 {
      let comma = c.take(0x2C)
      _ = c.spaces(limit: 1)
      var joined = comma
      // "11/3 through 11/5": a range of days; no score is written so.
      var range = false
      for word in rangeWords where c.take(word: word) {
        joined = true
        range = true
        guard c.spaces(limit: 1) == 1 else { return false }
        break
      }
      if c.take(0x26) || c.current == 0x61 && c.peek(1) == 0x6E && c.peek(2) == 0x64 {
        if c.current == 0x61 { c.pos += 3 }
        joined = true
        guard c.spaces(limit: 1) == 1 else { return false }
      }
      guard joined, let month = c.digits(1...2), c.take(0x2F), let day = c.digits(1...2),
        (1...12).contains(month.value), (1...31).contains(day.value), c.atBoundary,
        c.current != 0x2F
      else { return false }
      if day.value >= 11 || range { return true }
    }
    return false
  }

  /// Clinical events that a bare m/d after them dates: "last dose 11/08", "labs 3/5".
  static let eventWordsList: [String] = [
    "dose", "doses", "given", "taken", "scheduled", "rescheduled", "booked", "drawn",
    "collected", "performed", "completed", "stopped", "held", "resumed", "received", "faxed",
    "noted", "diagnosed", "dx", "onset", "vaccinated", "labs", "lab", "rtc", "return",
    "returns", "returning", "msg", "message", "called", "note",
  ]
  private static let eventWords = WordHash.set(eventWordsList)

  /// Words before a score or ratio that looks like a date: "pain 4/10 at 0800".
  private static let scoreWords = WordHash.set([
    "pain", "score", "scored", "rated", "rate", "rating", "scale", "strength", "grade", "power",
    "motor", "reflexes", "gcs", "apgar", "apgars", "take", "takes", "took", "taking", "drink",
    "drank", "ate", "eat", "about", "over", "only", "approx", "approximately", "nearly",
  ])

  /// 1/2, 2/3, 3/4, 5/8...: a proper fraction with a denominator of 2, 3, 4 or 8.
  private static func looksLikeFraction(_ numerator: Int, _ denominator: Int) -> Bool {
    numerator < denominator
      && (denominator == 2 || denominator == 3 || denominator == 4
        || denominator == 8)
  }

  /// A clock time after `start` on the same line: "at 7:30am", "@ 1800", "at 9 pm", or
  /// "14:30" directly. Four bare digits or an hour with "am"/"pm" need the "at".
  static func clockTime(_ s: [UInt32], after start: Int) -> Bool {
    var c = Cursor(s, at: start)
    guard c.spaces(limit: 2) > 0 else { return false }
    var announced = false
    if c.take(0x40) {
      announced = true
    } else if c.current | 0x20 == 0x61, c.peek(1) | 0x20 == 0x74,
      !CharacterClass.isWordScalar(c.peek(2))
    {
      c.pos += 2
      announced = true
    }
    if announced { guard c.spaces(limit: 2) > 0 || s[c.pos - 1] == 0x40 else { return false } }
    guard let hour = c.digits(1...4) else { return false }
    if hour.length == 4 {
      return announced && hour.value / 100 <= 23 && hour.value % 100 <= 59 && c.atBoundary
    }
    guard hour.value <= 23 else { return false }
    if c.take(0x3A) {
      guard let minutes = c.digits(2...2), minutes.value <= 59 else { return false }
      if c.atBoundary { return true }
      // "9:40a", "2:15p": the shorthand of phone messages.
      if c.current | 0x20 == 0x61 || c.current | 0x20 == 0x70,
        !CharacterClass.isWordScalar(c.peek(1))
      {
        return true
      }
      return meridiem(&c)
    }
    guard announced, hour.value <= 12 else { return false }
    c.spaces(limit: 1)
    return meridiem(&c)
  }

  /// "am", "PM", "a.m." ending a word.
  private static func meridiem(_ c: inout Cursor) -> Bool {
    let first = c.current | 0x20
    guard first == 0x61 || first == 0x70 else { return false }
    c.pos += 1
    c.take(0x2E)
    guard c.current | 0x20 == 0x6D else { return false }
    c.pos += 1
    c.take(0x2E)
    return c.atBoundary
  }

  /// m.d.yy after a word that announces a date ("born 11.17.26"); without one, 1.2.10 is
  /// more often a version number.
  private static func dottedShortYear(_ text: ScalarText, _ i: Int) -> Int? {
    var c = Cursor(text.scalars, at: text.tokens[i].start)
    guard let first = c.digits(1...2), c.take(0x2E), let second = c.digits(1...2),
      c.take(0x2E), c.digits(2...2) != nil, plausibleDayMonth(first.value, second.value),
      let end = finish(c), let lead = previousWord(text, before: i, within: 2),
      dottedLeads.contains(text.tokens[lead].hash)
    else { return nil }
    return end
  }

  private static let dottedLeads = WordHash.set([
    "born", "dob", "dated", "date", "birthday", "bday", "died", "admitted", "discharged",
    "expires", "expired", "effective", "due", "since", "seen",
  ])

  /// The index of the nearest word token before `i`, looking back over `within` tokens.
  static func previousWord(_ text: ScalarText, before i: Int, within: Int) -> Int? {
    var j = i - 1
    while j >= 0 && j >= i - within {
      if text.tokens[j].kind == .word { return j }
      j -= 1
    }
    return nil
  }

  /// The day in "4", "4th", "21st" (1...31), nil otherwise.
  static func ordinalDay(_ text: ScalarText, _ i: Int) -> Int? {
    let token = text.tokens[i]
    var c = Cursor(text.scalars, at: token.start)
    guard let day = c.digits(1...2), (1...31).contains(day.value) else { return nil }
    if c.pos == token.end { return day.value }
    let suffix = text.hash(c.pos, token.end)
    return Words.ordinalSuffixes.contains(suffix) ? day.value : nil
  }

  /// A four-digit year 1800...2100 at token `i`.
  private static func year(_ text: ScalarText, _ i: Int) -> Bool {
    guard let token = text.token(i), token.isNumber, token.length == 4 else { return false }
    var c = Cursor(text.scalars, at: token.start)
    guard let value = c.digits(4...4)?.value else { return false }
    return (1800...2100).contains(value)
  }

  /// Skips a "." after an abbreviated month, returning the next token index.
  private static func afterMonth(_ text: ScalarText, _ i: Int) -> Int {
    text.isSymbol(i + 1, 0x2E) && text.isGlued(i + 1) ? i + 2 : i + 1
  }

  /// March 4th, 2015 · Mar. 4 · March 2015 · Mar-04 · March 4th at night.

  private static func monthNameFirst(_ text: ScalarText, _ i: Int, month: Int) -> Int? {
    let token = text.tokens[i]
    // "may" and "march" are also verbs: as lower-case words they need a day with a suffix
    // or a year.
    let ambiguous = (token.hash == Words.may || token.hash == Words.march) && !token.isCapitalized
    var j = afterMonth(text, i)
    if text.isSymbol(j, 0x2D), text.isGlued(j), text.isGlued(j + 1) { j += 1 }  // Mar-04
    if let day = text.token(j), day.kind == .word, ordinalDay(text, j) != nil {
      let hasSuffix = !day.isNumber
      // "May 5 mg" is a dose, not a date; "Nov 3 in clinic" is a date ("in" is an inch only
      // after a month that is also a word).
      if let unit = text.token(j + 1), unit.kind == .word, Words.units.contains(unit.hash),
        !hasSuffix, unit.hash != Words.in || ambiguous
      {
        return nil
      }
      var end = day.end
      var k = j + 1
      if text.isSymbol(k, 0x2C) { k += 1 }
      if year(text, k) {
        end = text.tokens[k].end
      } else if ambiguous && !hasSuffix {
        return nil
      }
      return end
    }
    var k = j
    if text.isSymbol(k, 0x2C) { k += 1 }
    if year(text, k) {
      if ambiguous { return nil }
      return text.tokens[k].end
    }
    return nil
  }

  /// 4 March 2015 · 4th of March · 04-Mar-2015.
  private static func dayThenMonthName(_ text: ScalarText, _ i: Int) -> Int? {
    guard ordinalDay(text, i) != nil else { return nil }
    var j = i + 1
    if text.isSymbol(j, 0x2D), text.isGlued(j), text.isGlued(j + 1) {
      j += 1
    } else if text.isWord(j, Words.of) || text.isWord(j, de) && text.tokens[i].isNumber {
      j += 1  // "4th of March", "3 de marzo"
    }
    guard let month = text.token(j), month.kind == .word, Words.months[month.hash] != nil else {
      return nil
    }
    if (month.hash == Words.may || month.hash == Words.march) && !month.isCapitalized {
      return nil
    }
    var end = month.end
    var k = afterMonth(text, j)
    if text.isSymbol(k, 0x2D), text.isGlued(k), text.isGlued(k + 1) {
      k += 1
    } else if text.isSymbol(k, 0x2C) || text.isWord(k, de) {
      k += 1  // "4 March, 2015", "3 de marzo de 2026"
    }
    if year(text, k) {
      end = text.tokens[k].end
    } else if let token = text.token(k), token.isNumber, token.length == 2, text.isGlued(k),
      text.isSymbol(k - 1, 0x2D)
    {
      end = token.end  // 04-Mar-15
    }
    return end
  }
}
