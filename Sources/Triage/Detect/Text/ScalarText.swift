/// A text as Unicode scalar values plus its tokens. Rules index by scalar offset and
/// compare words by hash, so scanning allocates nothing per token.
struct ScalarText: Sendable {
  let scalars: [UInt32]
  let tokens: [Token]

  init(_ text: String) {
    var scalars: [UInt32] = []
    scalars.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars { scalars.append(scalar.value) }
    self.scalars = scalars
    self.tokens = Tokenizer.tokens(of: scalars)
  }

  var count: Int { scalars.count }

  /// The scalars in `start..<end` as a string.
  func string(_ start: Int, _ end: Int) -> String {
    var view = String.UnicodeScalarView()
    for index in start..<end {
      if let scalar = Unicode.Scalar(scalars[index]) { view.append(scalar) }
    }
    return String(view)
  }

  func string(of token: Token) -> String { string(token.start, token.end) }

  /// The scalar at an offset, 0 outside the text.
  @inline(__always)
  subscript(offset: Int) -> UInt32 {
    offset >= 0 && offset < scalars.count ? scalars[offset] : 0
  }

  /// The token at index `i`, nil outside the range.
  @inline(__always)
  func token(_ i: Int) -> Token? { i >= 0 && i < tokens.count ? tokens[i] : nil }

  /// Whether token `i` is the word (compared lower-cased) whose hash is given.
  @inline(__always)
  func isWord(_ i: Int, _ hash: UInt64) -> Bool {
    guard i >= 0 && i < tokens.count else { return false }
    return tokens[i].hash == hash && tokens[i].kind == .word
  }

  /// Whether token `i` is the symbol `c`.
  @inline(__always)
  func isSymbol(_ i: Int, _ c: UInt32) -> Bool {
    guard i >= 0 && i < tokens.count else { return false }
    return tokens[i].kind == .symbol && tokens[i].first == c
  }

  /// Whether token `i` directly follows token `i - 1` with no space between.
  @inline(__always)
  func isGlued(_ i: Int) -> Bool {
    guard i > 0 && i < tokens.count else { return false }
    return tokens[i].start == tokens[i - 1].end
  }

  /// Whether token `i` begins a sentence or a line: first token, after a line break, or
  /// after sentence-ending punctuation.
  func startsSentence(_ i: Int) -> Bool {
    guard i > 0, i < tokens.count else { return true }
    if tokens[i].flags.contains(.lineStart) { return true }
    var j = i - 1
    // Skip closing quotes and brackets.
    while j >= 0, tokens[j].kind == .symbol,
      tokens[j].first == 0x22 || tokens[j].first == 0x201D || tokens[j].first == 0x29
    {
      j -= 1
    }
    guard j >= 0 else { return true }
    let previous = tokens[j]
    guard previous.kind == .symbol else { return false }
    switch previous.first {
    case 0x2E, 0x21, 0x3F, 0x3A, 0x3B, 0x2026, 0x2D, 0x2022, 0x2A, 0x22, 0x201C, 0x28:
      return true
    default:
      return previous.first > 0x2000  // emoji and other symbols end a thought in tweets
    }
  }
}
