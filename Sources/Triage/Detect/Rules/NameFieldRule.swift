/// On a form that splits a name into fields, each field's value is part of it: "LAST:
/// GRZYBOWSKI FIRST: STANISLAWA MI: J", "Given name: Thanh Mai", "Maiden: Kowalczyk". The
/// label ("First", "Last", "Middle", "MI", "Given", "Surname", "Maiden", "Alias", "AKA"),
/// perhaps "name", then a colon; the value is one or two capitalised words or an initial.
enum NameFieldRule {
  static let labelsList = [
    "first", "last", "middle", "mi", "given", "surname", "maiden", "alias", "aka", "forename",
  ]

  /// The value of the name field labelled at token `i` (see `CueWordRules`).
  static func apply(_ text: ScalarText, at i: Int, _ out: inout Candidates) {
    var k = i + 1
    if text.isWord(k, NameWords.name) {
      k += 1
    } else if text.tokens[i].hash == given {
      return  // "Vaccines given: DTaP": only "Given name:" is a label
    }
    guard text.tokens[i].kind == .word, text.isSymbol(k, 0x3A), isValueWord(text, k + 1),
      isNameLike(text, k + 1)
    else { return }
    var last = k + 1
    if isValueWord(text, last + 1), !text.tokens[last].isAllUpper || text.tokens[last].length > 1 {
      last += 1
    }
    out.add(
      text.tokens[k + 1].start, text.tokens[last].end, .name, .introducedName, confidence: 0.8,
      priority: Priority.context)
  }

  /// An initial, a word the name lexicon knows and no everyday word, or a rare word:
  /// "First: Take 2 tablets" is an instruction.
  private static func isNameLike(_ text: ScalarText, _ m: Int) -> Bool {
    if text.tokens[m].length == 1 { return true }
    let entry = text.entries[m]
    return entry.isName && (entry.isLikelyName || entry.wordFrequency <= 6)
      || entry.wordFrequency <= 4
  }

  private static let given = WordHash.of("given")

  /// A capitalised word or an initial on the label's line that is no next label.
  private static func isValueWord(_ text: ScalarText, _ m: Int) -> Bool {
    guard let t = text.token(m), t.kind == .word, t.isAlpha, t.isCapitalized || t.isAllUpper,
      !t.flags.contains(.lineStart), !text.isSymbol(m + 1, 0x3A),
      !text.isWord(m + 1, NameWords.name),
      !text.isClass(m, [.notName, .month, .weekday, .title, .keywordStart, .recordKey, .nameLabel])
    else { return false }
    return !text.entries[m].isHealthTerm
  }
}
