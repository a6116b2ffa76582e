/// "#JohnnyWinter", "#RIPShelleySterling": a CamelCase hashtag holding a known first name
/// followed by a known surname names a person.
enum HashtagNameRule {
  static func apply(_ text: ScalarText, _ out: inout Candidates) {
    let tokens = text.tokens
    for (i, token) in tokens.enumerated()
    where token.kind == .word && token.isAlpha && !token.isAllUpper && !token.isAllLower
      && token.length >= 6 && text.isSymbol(i - 1, 0x23) && text.isGlued(i)
    {
      let parts = segments(text, token)
      guard parts.count >= 2 else { continue }
      let lexicon = Lexicon.shared
      for (first, second) in zip(parts, parts.dropFirst()) {
        let given = lexicon[text.hash(first.0, first.1)]
        let family = lexicon[text.hash(second.0, second.1)]
        if given.firstName >= 8, given.isLikelyName, family.surname >= 6 {
          out.add(
            token.start, token.end, .name, .hashtagName, confidence: 0.6,
            priority: Priority.lexical)
          break
        }
      }
    }
  }

  /// Offsets of the capitalised parts of a CamelCase word ("RIPJohnny" → RIP, Johnny).
  private static func segments(_ text: ScalarText, _ token: Token) -> [(Int, Int)] {
    var parts: [(Int, Int)] = []
    var start = token.start
    let s = text.scalars
    for offset in (token.start + 1)..<token.end {
      let c = s[offset]
      let previous = s[offset - 1]
      let next = offset + 1 < token.end ? s[offset + 1] : 0
      // A capital starts a part after a lower-case letter, or ends a run of capitals
      // when a lower-case letter follows ("RIPJohnny": RIP | Johnny).
      if CharacterClass.isUpperASCII(c),
        CharacterClass.isLowerASCII(previous)
          || (CharacterClass.isUpperASCII(previous) && CharacterClass.isLowerASCII(next))
      {
        parts.append((start, offset))
        start = offset
      }
    }
    parts.append((start, token.end))
    return parts
  }
}
