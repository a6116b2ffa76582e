/// A position in the scalars with small matching steps, for hand-written patterns
/// (phone numbers, dates, addresses) that would otherwise need regular expressions.
struct Cursor {
  let s: [UInt32]
  var pos: Int

  init(_ s: [UInt32], at pos: Int) {
    self.s = s
    self.pos = pos
  }

  var current: UInt32 { pos < s.count ? s[pos] : 0 }
  var atEnd: Bool { pos >= s.count }
  func peek(_ offset: Int = 0) -> UInt32 {
    let index = pos + offset
    return index >= 0 && index < s.count ? s[index] : 0
  }

  /// Consumes a run of ASCII digits whose length is in `lengths`, returning its value
  /// (saturated) and length; consumes nothing when the run is shorter or longer.
  mutating func digits(_ lengths: ClosedRange<Int>) -> (value: Int, length: Int)? {
    var end = pos
    var value = 0
    while end < s.count, CharacterClass.isDigit(s[end]) {
      if value < 1_000_000_000_000 { value = value * 10 + Int(s[end] - 48) }
      end += 1
    }
    let length = end - pos
    guard lengths.contains(length) else { return nil }
    pos = end
    return (value, length)
  }

  /// Consumes one scalar if it is `c`.
  @discardableResult
  mutating func take(_ c: UInt32) -> Bool {
    guard current == c, !atEnd else { return false }
    pos += 1
    return true
  }

  /// Consumes `word` (ASCII, compared without case) when a word boundary follows it.
  mutating func take(word: [UInt32]) -> Bool {
    guard pos + word.count <= s.count else { return false }
    for (k, c) in word.enumerated() where s[pos + k] | 0x20 != c { return false }
    let end = pos + word.count
    guard end == s.count || !CharacterClass.isWordScalar(s[end]) else { return false }
    pos = end
    return true
  }

  /// Consumes one scalar if it is one of `set`, returning it (0 when none).
  mutating func takeAny(_ set: [UInt32]) -> UInt32 {
    let c = current
    guard !atEnd, set.contains(c) else { return 0 }
    pos += 1
    return c
  }

  /// Consumes horizontal spaces (at most `limit`), returning how many.
  @discardableResult
  mutating func spaces(limit: Int = 3) -> Int {
    var count = 0
    while count < limit, pos < s.count, s[pos] == 32 || s[pos] == 0xA0 || s[pos] == 9 {
      pos += 1
      count += 1
    }
    return count
  }

  /// Whether the scalar at the position does not continue a word or number.
  var atBoundary: Bool {
    guard pos < s.count else { return true }
    return !CharacterClass.isWordScalar(s[pos])
  }
}

extension ScalarText {
  /// Whether `offset` starts a new word or number: the scalar before it is not a letter or digit.
  func boundaryBefore(_ offset: Int) -> Bool {
    offset == 0 || !CharacterClass.isWordScalar(scalars[offset - 1])
  }

  /// Whether `offset` ends a word or number: the scalar there is not a letter or digit.
  func boundaryAfter(_ offset: Int) -> Bool {
    offset >= scalars.count || !CharacterClass.isWordScalar(scalars[offset])
  }

  /// The index of the token starting at or after a scalar offset.
  func tokenIndex(startingAt offset: Int, from hint: Int = 0) -> Int {
    var low = max(0, hint)
    var high = tokens.count
    while low < high {
      let middle = (low + high) / 2
      if tokens[middle].start < offset { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
