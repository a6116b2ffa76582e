/// Splits scalars into word and symbol tokens in one pass.
enum Tokenizer {
  /// The tokens, and in `lineStarts` the index of every token that opens a line after the
  /// first (noted here, where line breaks are seen, so no later pass need look for them).
  static func tokens(of s: [UInt32], lineStarts: inout [Int]) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(s.count / 4 + 4)
    var i = 0
    let n = s.count
    var sawSpace = true
    var sawLineBreak = true
    while i < n {
      let c = s[i]
      if CharacterClass.isSpace(c) {
        sawSpace = true
        if CharacterClass.isLineBreak(c) { sawLineBreak = true }
        i += 1
        continue
      }
      var flags: Token.Flags = []
      if sawSpace { flags.insert(.spaceBefore) }
      if sawLineBreak {
        flags.insert(.lineStart)
        if !tokens.isEmpty { lineStarts.append(tokens.count) }
      }
      sawSpace = false
      sawLineBreak = false
      if CharacterClass.isWordScalar(c) {
        let start = i
        var hash = WordHash.offsetBasis
        var upper = 0
        var lower = 0
        var index = 0
        while i < n {
          let d = s[i]
          if d < 0x80 {
            if CharacterClass.isUpperASCII(d) {
              upper += 1
              if index == 0 { flags.insert(.upperFirst) }
              flags.insert(.hasLetter)
            } else if CharacterClass.isLowerASCII(d) {
              lower += 1
              flags.insert(.hasLetter)
            } else if CharacterClass.isDigit(d) {
              flags.insert(.hasDigit)
            } else if CharacterClass.isApostrophe(d), continuesAfterApostrophe(s, i) {
              // inner apostrophe: O'Brien, don't
            } else {
              break
            }
          } else if CharacterClass.isWordScalar(d) {
            flags.insert(.nonASCII)
            let (isUpper, isLower) = CharacterClass.caseOf(d)
            if isUpper {
              upper += 1
              if index == 0 { flags.insert(.upperFirst) }
            }
            if isLower { lower += 1 }
            flags.insert(.hasLetter)
          } else if CharacterClass.isApostrophe(d), continuesAfterApostrophe(s, i) {
            flags.insert(.nonASCII)
          } else {
            break
          }
          WordHash.addLowercased(d, to: &hash)
          index += 1
          i += 1
        }
        if upper > 0 && lower == 0 { flags.insert(.allUpper) }
        if lower > 0 && upper == 0 { flags.insert(.allLower) }
        tokens.append(
          Token(start: start, end: i, kind: .word, flags: flags, hash: hash, first: c))
      } else {
        var hash = WordHash.offsetBasis
        WordHash.addLowercased(c, to: &hash)
        if c >= 0x80 { flags.insert(.nonASCII) }
        tokens.append(
          Token(start: i, end: i + 1, kind: .symbol, flags: flags, hash: hash, first: c))
        i += 1
      }
    }
    return tokens
  }

  /// An apostrophe stays inside a word when a letter follows, except the possessive
  /// "'s" (John's → John ' s), so a name never swallows its possessive.
  private static func continuesAfterApostrophe(_ s: [UInt32], _ i: Int) -> Bool {
    guard i > 0, i + 1 < s.count else { return false }
    let before = s[i - 1]
    let after = s[i + 1]
    guard CharacterClass.isASCIILetter(before) || before >= 0x80,
      CharacterClass.isASCIILetter(after)
    else { return false }
    if after | 0x20 == 0x73 {  // 's
      let next = i + 2 < s.count ? s[i + 2] : 0
      return CharacterClass.isASCIILetter(next)
    }
    return true
  }
}
