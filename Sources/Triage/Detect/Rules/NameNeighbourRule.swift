/// What sits right beside a name belongs to the person: the other half of a hyphenated
/// name the tagger split ("Aguilar-Montes", "Mei-Ling Fairweather") and a nickname in
/// quotes after it ("Walter Ferrell (“Buck”)", "Stanisław “Stan” Kowalczyk", "Kwabena
/// “K.B.” Asante").
enum NameNeighbourRule {
  static func apply(_ text: ScalarText, _ out: inout Candidates) {
    var nicknames: [(Int, Int)] = []
    out.reshape { candidate in
      guard candidate.category == .name else { return }
      let first = text.tokenIndex(startingAt: candidate.start)
      var next = text.tokenIndex(startingAt: candidate.end, from: first)
      // "Thanh Huong Acct 4400918273": a label after the name is no part of it.
      if next - 1 > first, NameContextRules.isFieldLabel(text, next - 1) {
        candidate.end = text.tokens[next - 2].end
        next -= 1
      }
      if isHyphenPart(text, next) { candidate.end = text.tokens[next + 1].end }
      // "Otis Washington Jr.", "Darnell Price, Sr."
      let suffix = text.isSymbol(next, 0x2C) ? next + 1 : next
      if let word = text.token(suffix), word.kind == .word, word.isCapitalized,
        suffixes.contains(word.hash), suffix == next || word.spaceBefore
      {
        candidate.end =
          text.isSymbol(suffix + 1, 0x2E) && text.isGlued(suffix + 1)
          ? text.tokens[suffix + 1].end : word.end
      }
      if first >= 2, text.isHyphenated(first), let part = text.token(first - 2), part.isAlpha,
        part.isCapitalized
      {
        candidate.start = part.start
      }
      let after = text.tokenIndex(startingAt: candidate.end, from: first)
      if let nickname = quotedNickname(text, at: after) { nicknames.append(nickname) }
    }
    for (start, end) in nicknames {
      out.add(start, end, .name, .introducedName, confidence: 0.8, priority: Priority.context)
    }
  }

  private static let suffixes = WordHash.set(["jr", "sr", "ii", "iii", "iv"])

  /// A glued hyphen and a capitalised word at token `k`, or a short syllable after a short
  /// part ("Hyun-woo", "Eun-ji").
  private static func isHyphenPart(_ text: ScalarText, _ k: Int) -> Bool {
    guard text.isHyphenated(k + 1), let part = text.token(k + 1), part.isAlpha
    else { return false }
    return part.isCapitalized
      || part.isAllLower && part.length <= 3 && text.tokens[k - 1].length <= 4
        && text.tokens[k - 1].isCapitalized && !text.tokens[k - 1].isAllUpper
  }

  /// `“Buck”`, `("Buck")`, `"K.B."` starting at token `k`: the nickname's offsets.
  private static func quotedNickname(_ text: ScalarText, at k: Int) -> (Int, Int)? {
    var j = k
    if text.isSymbol(j, 0x28) { j += 1 }
    guard text.isSymbol(j, 0x201C) || text.isSymbol(j, 0x22) else { return nil }
    j += 1
    guard let first = text.token(j), first.kind == .word, first.isAlpha, first.isCapitalized,
      text.isGlued(j)
    else { return nil }
    var last = j
    // "K.B.": initials with their full stops, or a second word ("Big Mike").
    var m = j + 1
    while m - j < 5, let t = text.token(m), !t.flags.contains(.lineStart),
      t.kind == .word && t.isCapitalized || t.first == 0x2E
    {
      last = m
      m += 1
    }
    guard text.isSymbol(m, 0x201D) || text.isSymbol(m, 0x22), text.isGlued(m) else { return nil }
    return (first.start, text.tokens[last].end)
  }
}
