/// "Don't", "Can ' t": a word before an apostrophe and "t" is a contraction, never a name.
/// Tweets stored one word per line ("Don ’ t act like ...") come back with spaces around
/// the apostrophe, so the spaced form counts too. A name span ending in such a word loses
/// it; a span of nothing else is dropped.
enum ContractionFilter {
  private static let t = WordHash.of("t")

  static func apply(_ text: ScalarText, _ out: inout Candidates) {
    out.reshape { candidate in
      guard candidate.category == .name else { return }
      var last = text.tokenIndex(startingAt: candidate.start)
      while last + 1 < text.tokens.count, text.tokens[last + 1].end <= candidate.end {
        last += 1
      }
      guard last < text.tokens.count, isContraction(text, last) else { return }
      var keep = last - 1
      while keep >= 0, text.tokens[keep].kind != .word { keep -= 1 }
      candidate.end =
        keep >= 0 && text.tokens[keep].start >= candidate.start
        ? text.tokens[keep].end : candidate.start
    }
  }

  /// Whether word `i` is "don't" (one token) or "Don" before an apostrophe and a "t".
  static func isContraction(_ text: ScalarText, _ i: Int) -> Bool {
    let token = text.tokens[i]
    guard token.kind == .word else { return false }
    if token.length >= 3, text[token.end - 1] | 0x20 == 0x74,
      CharacterClass.isApostrophe(text[token.end - 2])
    {
      return true
    }
    guard let mark = text.token(i + 1), mark.kind == .symbol,
      CharacterClass.isApostrophe(mark.first)
    else { return false }
    return text.isWord(i + 2, t)
  }
}
