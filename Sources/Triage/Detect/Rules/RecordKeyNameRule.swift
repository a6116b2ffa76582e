/// The words right before a record's key are the person it is about: "Re: Hope Winter, DOB
/// 12/25/1996", "records for Benedikt Novotný, DOB", "re: Kaylee ROSS MRN KF-3310745",
/// "Patient: BEGAY, HOPE R. MRN:". Two to four capitalised words (a "SURNAME, GIVEN" comma
/// and an initial may sit among them) before DOB, MRN, DOS, SSN or HRN, one of them a name.
enum RecordKeyNameRule {
  static let keysList = ["dob", "mrn", "dos", "ssn", "hrn"]

  /// The name before record key `k` (see `CueWordRules`).
  static func apply(_ text: ScalarText, at k: Int, _ out: inout Candidates) {
    guard text.tokens[k].kind == .word, let (first, last) = nameBefore(text, k) else { return }
    out.add(
      text.tokens[first].start, text.tokens[last].end, .name, .relativeName, confidence: 0.75,
      priority: Priority.context)
  }

  /// The first and last token of the name before key `k`, or nil.
  private static func nameBefore(_ text: ScalarText, _ k: Int) -> (Int, Int)? {
    var last = k - 1
    // "FIFITA, SIONE | DOB", "LEBLANC, JUNE A. Sex F DOB": a separator or a sex field first.
    if text.isSymbol(last, 0x2C) || text.isSymbol(last, 0x28) || text.isSymbol(last, 0x7C) {
      last -= 1
    }
    if let sex = text.token(last), sex.kind == .word, sex.length == 1, sexes.contains(sex.hash) {
      var label = last - 1
      if text.isSymbol(label, 0x3A) { label -= 1 }
      if text.isWord(label, sexWord) { last = label - 1 }
    }
    // "WASHINGTON, DESHAWN 44 M MRN": an age and a sex between the name and the key.
    if let sex = text.token(last), sex.kind == .word, sex.length == 1, sexes.contains(sex.hash),
      let age = text.token(last - 1), age.isNumber, age.length <= 3
    {
      last -= 2
    }
    // "HOPE R. MRN": an initial's full stop.
    if text.isSymbol(last, 0x2E), text.isGlued(last), text.token(last - 1)?.length == 1 {
      last -= 1
    }
    guard last >= 0, text.tokens[last].kind == .word, !text.tokens[k].flags.contains(.lineStart)
    else { return nil }
    var first = last
    var words = 0
    var named = false
    var comma = false
    var j = last
    while j >= 0, last - j < 7, let t = text.token(j) {
      if t.kind == .symbol {
        // "BEGAY, HOPE": one comma between a surname and a given name; "R." an initial.
        guard
          t.first == 0x2C && !comma && words > 0
            || t.first == 0x2E && text.isGlued(j)
              && text.token(j - 1)?.length == 1
        else { break }
        comma = comma || t.first == 0x2C
        j -= 1
        continue
      }
      // "JUNE A.": an initial, though "A" is also an article.
      let initial = t.kind == .word && t.length == 1 && t.isAllUpper && text.isSymbol(j + 1, 0x2E)
      guard t.kind == .word, t.isAlpha, t.isCapitalized || t.isAllUpper,
        initial || isNameWord(text, j)
      else { break }
      let entry = text.entries[j]
      // "ENDOCRINE PROGRESS NOTE Ikaika Kahananui DOS": a heading's capitals end the name.
      if t.isAllUpper, entry.wordFrequency >= 7, !entry.isLikelyName, words > 0,
        !text.tokens[first].isAllUpper
      {
        break
      }
      named =
        named || entry.isLikelyName || entry.firstName >= 7 || entry.surname >= 7
        || entry.wordFrequency <= 3
      first = j
      words += 1
      if t.flags.contains(.lineStart) { break }
      j -= 1
    }
    // The comma belongs to the name only when a word came before it.
    while text.tokens[first].kind == .symbol { first += 1 }
    guard words >= 2, named, words <= 4 else { return nil }
    return (first, last)
  }

  private static let sexes = WordHash.set(["m", "f"])
  private static let sexWord = WordHash.of("sex")

  /// A word that can be part of a name here: no label, title, role or calendar word; a
  /// state only as a surname in capitals before a comma ("WASHINGTON, DESHAWN").
  private static func isNameWord(_ text: ScalarText, _ j: Int) -> Bool {
    let entry = text.entries[j]
    if entry.isHealthTerm { return false }
    if entry.isStateOrCountry {
      guard text.tokens[j].isAllUpper, text.isSymbol(j + 1, 0x2C),
        NameContextRules.stateSurnames.contains(text.tokens[j].hash)
      else { return false }
    }
    if text.isSymbol(j + 1, 0x3A) { return false }  // "Patient:"
    let token = text.tokens[j]
    if token.isAllUpper, token.length == 2, Words.stateCodes.contains(token.hash) { return false }
    // "LEBLANC, JUNE A.": a month in capitals right after the comma is a given name.
    if text.isClass(j, .month) { return token.isAllUpper && text.isSymbol(j - 1, 0x2C) }
    return !text.isClass(
      j,
      [
        .title, .role, .formRole, .notName, .weekday, .keywordStart, .name, .placeStop,
        .facilityHead, .facilityNoun, .department, .recordKey, .relation,
      ])
  }
}
