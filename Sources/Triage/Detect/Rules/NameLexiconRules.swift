/// Names known from the name lexicon: a first name followed by a surname ("Maria Gonzalez"),
/// a surname, comma, first name ("Whitaker, John"), and a first name alone when it is rarely
/// an everyday word ("Priya", but not "Will" or "Hope").
enum NameLexiconRules {
  /// How sure the tagger must be that a word is not a name to overrule the lexicon (tuned on
  /// the WNUT17 and BTC dev splits).
  static let veto: Float = 16

  static func apply(
    _ text: ScalarText, lexicon: Lexicon, tags: [(label: Int, margin: Float)],
    _ out: inout Candidates
  ) {
    let tokens = text.tokens
    let shouting = text.caseProfile.isMostlyUpper
    var i = 0
    while i < tokens.count {
      let token = tokens[i]
      guard token.kind == .word, token.isAlpha, token.isCapitalized, token.length >= 2,
        !NameWords.notNames.contains(token.hash),
        !(token.isAllUpper && !shouting && token.length <= 4)
      else {
        i += 1
        continue
      }
      let entry = text.entries[i]
      guard !entry.isHealthTerm, !entry.isStateOrCountry,
        !(tags[i].label != 1 && tags[i].margin > veto)
      else {
        i += 1
        continue
      }
      // Surname, First
      if entry.surname >= 7, entry.isLikelyName, text.isSymbol(i + 1, 0x2C),
        let given = text.token(i + 2), given.kind == .word, given.isCapitalized, given.isAlpha,
        text.entries[i + 2].firstName >= 8, text.entries[i + 2].isLikelyName,
        !text.entries[i + 2].isCity, !entry.isCity
      {
        out.add(
          token.start, given.end, .name, .invertedName, confidence: 0.7, priority: Priority.context)
        i += 3
        continue
      }
      guard entry.firstName >= 6, !articles.contains(token.hash) else {
        i += 1
        continue
      }
      // First [Middle] Surname
      var j = i + 1
      var end = token.end
      var words = 0
      var initials = 0
      while j < tokens.count, words < 2, words + initials < 3 {
        let next = tokens[j]
        // A middle initial ("John F. Kennedy", "Eric E . Plott") joins the name before a
        // surname, or glued ("Sarah K.") at its end; "Da L . E . S" is an acronym.
        if next.kind == .word, next.length == 1, next.isAllUpper, text.isSymbol(j + 1, 0x2E) {
          if text.isGlued(j + 1), !isInitial(text, j + 2) { end = tokens[j + 1].end }
          initials += 1
          j += 2
          continue
        }
        guard next.kind == .word, next.isAlpha, next.isCapitalized, next.spaceBefore,
          isSurname(next, text.entries[j], shouting: shouting)
        else { break }
        end = next.end
        words += 1
        j += 1
        // "Osei-Bonsu": a double-barrelled surname keeps its second part.
        if text.isSymbol(j, 0x2D), text.isGlued(j), text.isGlued(j + 1),
          let part = text.token(j + 1), part.kind == .word, part.isAlpha, part.isCapitalized,
          !NameWords.notNames.contains(part.hash)
        {
          end = part.end
          j += 2
          break
        }
      }
      if end > token.end {
        out.add(token.start, end, .name, .lexiconName, confidence: 0.85, priority: Priority.lexical)
        i = j
        continue
      }
      let strong = max(entry.firstName, entry.surname) - entry.wordFrequency >= 3
      if entry.isLikelyName, !entry.isCity || entry.firstName >= 10,
        !shouting || entry.wordFrequency <= 5,
        tags[i].label == 1 || (strong && !text.startsSentence(i)),
        // "Dawn patrol", "Hope so": a very common word opening a sentence needs a strong name.
        strong || entry.wordFrequency < 9 || !text.startsSentence(i),
        !(token.isAllUpper && token.length <= 4)
      {
        out.add(
          token.start, token.end, .name, .lexiconName, confidence: 0.65, priority: Priority.lexical)
      }
      i += 1
    }
  }

  /// "LE MORT", "De La Soul": articles and particles are not first names.
  private static let articles = WordHash.set([
    "le", "la", "les", "de", "da", "di", "du", "des", "der", "den", "dos", "das", "della",
  ])

  /// Whether token `i` is a single capital letter with a full stop after it.
  private static func isInitial(_ text: ScalarText, _ i: Int) -> Bool {
    guard let token = text.token(i), token.kind == .word, token.length == 1 else { return false }
    return token.isAllUpper && text.isSymbol(i + 1, 0x2E)
  }

  private static func isSurname(_ token: Token, _ entry: LexiconEntry, shouting: Bool) -> Bool {
    if NameWords.notNames.contains(token.hash) { return false }
    if entry.isHealthTerm || entry.isStateOrCountry { return false }
    if token.isAllUpper && token.length <= 4 && !shouting { return false }
    if shouting { return entry.surname >= 5 && entry.isLikelyName }
    // "Pete Reaches", "Ibarbo Warns", "Roman Catholic": an everyday word that no surname
    // list knows, capitalised as headlines and brands capitalise words.
    if entry.surname == 0 && entry.wordFrequency >= 6 { return false }
    return entry.surname >= 8 || entry.wordFrequency < 10 || entry.isLikelyName
  }
}

/// How a text uses capitals: tweets in all caps or all lower case need different rules.
struct CaseProfile {
  var words = 0
  var upper = 0
  var capitalized = 0

  init() {}

  init(_ tokens: [Token]) {
    for token in tokens { add(token) }
  }

  /// Counts one token (words of two letters or more only).
  @inline(__always)
  mutating func add(_ token: Token) {
    guard token.kind == .word, token.isAlpha, token.length >= 2 else { return }
    words += 1
    if token.isAllUpper { upper += 1 } else if token.isCapitalized { capitalized += 1 }
  }

  var isMostlyUpper: Bool { words >= 3 && upper * 10 >= words * 6 }
  var isMostlyLower: Bool { words >= 4 && (upper + capitalized) * 20 <= words }
  /// "Thanks For The Update Sherlock Holmes": most words capitalised, so capitals say
  /// little about names.
  var isTitleCase: Bool { words >= 4 && capitalized * 10 >= words * 7 }

  /// The tagger's view: 0 mixed, 1 mostly capitals, 2 mostly lower case, 3 title case.
  var taggerCode: UInt64 {
    isMostlyUpper ? 1 : isMostlyLower ? 2 : isTitleCase ? 3 : 0
  }
}
