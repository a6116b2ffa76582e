/// Names found through the words around them: titles ("Dr. Okafor"), relations and roles
/// ("my daughter Emma", "Pt John Smith"), introductions ("my name is Priya Raman") and
/// initials ("J. Whitaker").
enum NameContextRules {
  static func apply(_ text: ScalarText, lexicon: Lexicon, _ out: inout Candidates) {
    let tokens = text.tokens
    for (i, token) in tokens.enumerated() where token.kind == .word && token.isAlpha {
      let hash = token.hash
      if NameWords.titles.contains(hash) {
        if NameWords.weakTitles.contains(hash) && !token.isCapitalized { continue }
        if NameWords.relations.contains(hash), i > 0, text.isWord(i - 1, hash) { continue }
        var j = i + 1
        if text.isSymbol(j, 0x2E), text.isGlued(j) { j += 1 }
        let lenient = token.isCapitalized || token.isAllUpper
        if let span = name(text, lexicon, from: j, lenient: lenient, maxWords: 3) {
          out.add(span.0, span.1, .name, .titledName, confidence: 0.9, priority: Priority.context)
          continue
        }
      }
      if NameWords.relations.contains(hash) || NameWords.roles.contains(hash) {
        let hasPossessive =
          DateRules.previousWord(text, before: i, within: 1).map {
            NameWords.possessives.contains(tokens[$0].hash)
          } ?? false
        guard hasPossessive || NameWords.roles.contains(hash) else { continue }
        var j = i + 1
        if text.isSymbol(j, 0x2C) || text.isSymbol(j, 0x3A) { j += 1 }
        if let span = name(text, lexicon, from: j, lenient: false, maxWords: 3) {
          out.add(
            span.0, span.1, .name, .relativeName, confidence: 0.85, priority: Priority.context)
        }
        continue
      }
      if NameWords.introducers.contains(hash) {
        if let span = name(text, lexicon, from: i + 1, lenient: false, maxWords: 3) {
          out.add(
            span.0, span.1, .name, .introducedName, confidence: 0.85, priority: Priority.context)
        }
        continue
      }
      if hash == NameWords.name || hash == NameWords.names {
        // "my name is X", "name: X", "name's X"
        var j = i + 1
        if text.isWord(j, NameWords.isWord) {
          j += 1
        } else if text.isSymbol(j, 0x3A) {
          j += 1
        } else if text.isSymbol(j, 0x27) || text.isSymbol(j, 0x2019), text.isWord(j + 1, Words.s) {
          j += 2
        } else {
          continue
        }
        if let span = name(text, lexicon, from: j, lenient: true, maxWords: 3) {
          out.add(
            span.0, span.1, .name, .introducedName, confidence: 0.85, priority: Priority.context)
        }
        continue
      }
      // J. Whitaker
      if token.length == 1, token.isAllUpper, token.first != 0x49, token.first != 0x41,
        text.isSymbol(i + 1, 0x2E), text.isGlued(i + 1),
        let span = name(text, lexicon, from: i + 2, lenient: false, maxWords: 2)
      {
        out.add(
          token.start, span.1, .name, .initialsName, confidence: 0.8, priority: Priority.context)
      }
    }
  }

  /// One to `maxWords` name words from token `j`: capitalised words that are not ordinary
  /// sentence words, initials ("J."), and hyphenated parts. With `lenient`, a lower-case
  /// word the lexicon knows as a name (and rarely as a word) is accepted too.
  static func name(
    _ text: ScalarText, _ lexicon: Lexicon, from j: Int, lenient: Bool, maxWords: Int
  ) -> (Int, Int)? {
    var k = j
    var words = 0
    var start = -1
    var end = -1
    while let token = text.token(k), words < maxWords, token.kind == .word, token.isAlpha {
      guard isNameWord(token, lexicon, lenient: lenient && words == 0 || words > 0 && lenient)
      else { break }
      if start < 0 { start = token.start }
      end = token.end
      words += 1
      k += 1
      if token.length == 1, token.isAllUpper, text.isSymbol(k, 0x2E), text.isGlued(k) {
        end = text.tokens[k].end
        k += 1
      }
      // Smith-Jones
      if text.isSymbol(k, 0x2D), text.isGlued(k), let next = text.token(k + 1), text.isGlued(k + 1),
        next.isAlpha, next.isCapitalized
      {
        end = next.end
        k += 2
      }
    }
    guard start >= 0 else { return nil }
    return (start, end)
  }

  /// A word that can be part of a name.
  static func isNameWord(_ token: Token, _ lexicon: Lexicon, lenient: Bool) -> Bool {
    if NameWords.notNames.contains(token.hash) { return false }
    let entry = lexicon[token.hash]
    if entry.isHealthTerm || entry.isStateOrCountry { return false }
    if token.isCapitalized || token.isAllUpper && token.length >= 2 { return true }
    guard lenient else { return false }
    return entry.isLikelyName
  }
}
