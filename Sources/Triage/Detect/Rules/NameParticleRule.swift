/// A name carries on across lower-case particles to a capitalised surname: "Louis van
/// Gaal", "Leonardo da Vinci", "Ahmed bin Rashid", "Osama al-Nujaifi". The lexicon and the
/// tagger find the given name or the surname alone and stop at the particle; the context
/// rules already read particles inside the names they find.
enum NameParticleRule {
  /// Particles glued to the surname by a hyphen: "al-Nujaifi", "el-Sayed".
  private static let hyphenated = WordHash.set(["al", "el", "bin", "abu", "ibn"])

  static func apply(_ text: ScalarText, _ out: inout Candidates) {
    let tokens = text.tokens
    let count = out.items.count
    for index in 0..<count {
      let name = out.items[index]
      guard name.category == .name, let last = lastToken(text, endingAt: name.end),
        tokens[last].kind == .word, tokens[last].isCapitalized,
        text.token(last + 1)?.isAllLower ?? false, let end = surnameEnd(text, after: last)
      else { continue }
      // A name the tagger or the lexicon found for the surname itself ends the span.
      let surname = out.items[0..<count].first {
        $0.category == .name && $0.start == tokens[end].start
      }
      let through = surname?.end ?? tokens[end].end
      out.add(
        name.start, through, .name, name.rule, confidence: name.confidence,
        priority: name.priority)
    }
  }

  /// The surname's token after one or two particles following token `last`, if any.
  private static func surnameEnd(_ text: ScalarText, after last: Int) -> Int? {
    var k = last + 1
    var count = 0
    while count < 2, let particle = text.token(k), particle.kind == .word,
      particle.isAllLower, particle.spaceBefore, NameWords.particles.contains(particle.hash)
    {
      count += 1
      k += 1
      // "al-Nujaifi"
      if hyphenated.contains(particle.hash), text.isSymbol(k, 0x2D), text.isGlued(k),
        text.isGlued(k + 1)
      {
        k += 1
        return isSurname(text, k, spaced: false) ? k : nil
      }
    }
    guard count > 0 else { return nil }
    return isSurname(text, k, spaced: true) ? k : nil
  }

  private static func isSurname(_ text: ScalarText, _ k: Int, spaced: Bool) -> Bool {
    guard let token = text.token(k), token.kind == .word, token.isAlpha, token.isCapitalized,
      !token.isAllUpper || token.length > 4, !spaced || token.spaceBefore,
      !token.flags.contains(.lineStart), !text.isClass(k, [.notName, .facilityHead, .month])
    else { return false }
    let entry = text.entries[k]
    return !entry.isHealthTerm && !entry.isStateOrCountry
  }

  /// The index of the token that ends at scalar offset `end`.
  private static func lastToken(_ text: ScalarText, endingAt end: Int) -> Int? {
    let last = text.tokenIndex(startingAt: end) - 1
    return last >= 0 && text.tokens[last].end == end ? last : nil
  }
}
