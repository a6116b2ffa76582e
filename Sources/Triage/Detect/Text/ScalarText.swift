/// A text as Unicode scalar values plus its tokens. Rules index by scalar offset and
/// compare words by hash, so scanning allocates nothing per token.
struct ScalarText: Sendable {
  let scalars: [UInt32]
  let tokens: [Token]
  /// Per token: what the hand-written word lists say about it (empty for symbols).
  let classes: [WordClass]
  /// Per token: the lexicon entry of a word (`.none` for symbols).
  let entries: [LexiconEntry]
  /// How the text uses capitals.
  let caseProfile: CaseProfile
  /// The tokens that open a line after the first: few, so rules about lines need not scan
  /// every token.
  let lineStarts: [Int]

  init(_ text: String, lexicon: Lexicon = .shared) {
    self.scalars = Self.scalars(of: text)
    var lineStarts: [Int] = []
    let tokens = Tokenizer.tokens(of: scalars, lineStarts: &lineStarts)
    self.tokens = tokens
    self.lineStarts = lineStarts
    let table = Vocabulary.table
    // Filled by appending: `Array(repeating:count:)` allocates through an unspecialized
    // runtime call that costs more than the loop.
    var classes: [WordClass] = []
    var entries: [LexiconEntry] = []
    classes.reserveCapacity(tokens.count)
    entries.reserveCapacity(tokens.count)
    var profile = CaseProfile()
    for token in tokens {
      guard token.kind == .word else {
        classes.append([])
        entries.append(.none)
        continue
      }
      classes.append(table[token.hash].map { WordClass(rawValue: $0) } ?? [])
      entries.append(token.flags.contains(.hasLetter) ? lexicon[token.hash] : .none)
      profile.add(token)
    }
    self.classes = classes
    self.entries = entries
    self.caseProfile = profile
  }

  /// The Unicode scalars of a string, decoded straight from its UTF-8 storage when it has
  /// one (native strings do): about twice as fast as walking `unicodeScalars`.
  static func scalars(of text: String) -> [UInt32] {
    var text = text
    return text.withUTF8 { bytes in
      [UInt32](unsafeUninitializedCapacity: bytes.count) { out, count in
        count = decode(bytes, into: out)
      }
    }
  }

  /// Decodes valid UTF-8 (a string's storage) into `out`, which has room for one value per
  /// byte; returns how many scalars it wrote. An ASCII text, the common case, is found eight
  /// bytes at a time and widened in a loop the compiler vectorizes.
  static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt32>
  )
    -> Int
  {
    let end = bytes.count
    guard let base = bytes.baseAddress, let target = out.baseAddress else { return 0 }
    var high: UInt64 = 0
    var i = 0
    while i + 8 <= end {
      high |= UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
      i += 8
    }
    while i < end {
      high |= UInt64(base[i])
      i += 1
    }
    if high & 0x8080_8080_8080_8080 == 0 {
      for j in 0..<end { target[j] = UInt32(base[j]) }
      return end
    }
    i = 0
    var n = 0
    while i < end {
      let b0 = UInt32(base[i])
      if b0 < 0x80 {
        target[n] = b0
        i += 1
      } else if b0 < 0xE0 {
        target[n] = (b0 & 0x1F) << 6 | UInt32(base[i + 1] & 0x3F)
        i += 2
      } else if b0 < 0xF0 {
        target[n] =
          (b0 & 0x0F) << 12 | UInt32(base[i + 1] & 0x3F) << 6 | UInt32(base[i + 2] & 0x3F)
        i += 3
      } else {
        target[n] =
          (b0 & 0x07) << 18 | UInt32(base[i + 1] & 0x3F) << 12
          | UInt32(base[i + 2] & 0x3F) << 6 | UInt32(base[i + 3] & 0x3F)
        i += 4
      }
      n += 1
    }
    return n
  }

  /// Whether token `i` is a word in the given class.
  @inline(__always)
  func isClass(_ i: Int, _ word: WordClass) -> Bool {
    i >= 0 && i < classes.count && !classes[i].isDisjoint(with: word)
  }

  var count: Int { scalars.count }

  /// The scalars in `start..<end` as a string.
  func string(_ start: Int, _ end: Int) -> String {
    // Encoded straight into the string's storage: appending to a `String.UnicodeScalarView`
    // costs some 270 instructions a scalar.
    String(unsafeUninitializedCapacity: (end - start) * 4) { buffer in
      var count = 0
      for value in scalars[start..<end] {
        if value < 0x80 {
          buffer[count] = UInt8(value)
          count += 1
        } else if let scalar = Unicode.Scalar(value) {
          UTF8.encode(scalar) { byte in
            buffer[count] = byte
            count += 1
          }
        }
      }
      return count
    }
  }

  func string(of token: Token) -> String { string(token.start, token.end) }

  /// `hash` continued with the lower-cased scalars of token `i` (for phrases).
  func extend(_ hash: UInt64, with i: Int) -> UInt64 {
    var hash = hash
    for offset in tokens[i].start..<tokens[i].end {
      WordHash.addLowercased(scalars[offset], to: &hash)
    }
    return hash
  }

  /// The word hash of the scalars in `start..<end`, without building a string.
  func hash(_ start: Int, _ end: Int) -> UInt64 {
    var hash = WordHash.offsetBasis
    for offset in start..<end { WordHash.addLowercased(scalars[offset], to: &hash) }
    return hash
  }

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

  /// Whether token `i` is an apostrophe: straight, or the right single quote phones type.
  @inline(__always)
  func isApostrophe(_ i: Int) -> Bool { isSymbol(i, 0x27) || isSymbol(i, 0x2019) }

  /// Whether token `i` directly follows token `i - 1` with no space between.
  @inline(__always)
  func isGlued(_ i: Int) -> Bool {
    guard i > 0 && i < tokens.count else { return false }
    return tokens[i].start == tokens[i - 1].end
  }

  /// Calls `body` with the index of every token whose word class meets `mask`: rules that
  /// start from a rare word scan the classes without bounds checks (a few instructions a
  /// token) instead of testing each token.
  @inline(__always)
  func forEachToken(in mask: WordClass, _ body: (Int) -> Void) {
    classes.withUnsafeBufferPointer { buffer in
      for i in buffer.indices where buffer[i].rawValue & mask.rawValue != 0 { body(i) }
    }
  }

  /// "#2", "#09921", "#14C" right after token `last`: a branch, store or unit number that
  /// belongs to the name before it. The number's token index, or nil.
  func branchNumber(after last: Int) -> Int? {
    guard isSymbol(last + 1, 0x23), let number = token(last + 2), number.kind == .word,
      number.isNumber || number.flags.contains(.hasDigit) && number.length <= 4,
      isGlued(last + 2)
    else { return nil }
    return last + 2
  }

  /// Whether token `i` is the second part of a hyphenated word ("Tri-County"), which the
  /// sentence-start test reads as following a dash.
  @inline(__always)
  func isHyphenated(_ i: Int) -> Bool { isSymbol(i - 1, 0x2D) && isGlued(i) && isGlued(i - 1) }

  /// Whether token `i` begins a sentence or a line: first token, after a line break, or
  /// after sentence-ending punctuation. A right single quote is skipped like a closing
  /// quote, so the possessive phones type ("Linda’s MRI") stays in its sentence.
  func startsSentence(_ i: Int) -> Bool { startsSentence(i, apostropheEnds: false) }

  /// The tagger's sentence-start feature: as `startsSentence`, except that a right single
  /// quote (’) ends a thought like any symbol above U+2000, as it did when the tagger was
  /// trained (`starts_sentence` in scripts/train-tagger.py). Changing it means retraining.
  func taggerSentenceStart(_ i: Int) -> Bool { startsSentence(i, apostropheEnds: true) }

  @inline(__always)
  private func startsSentence(_ i: Int, apostropheEnds: Bool) -> Bool {
    guard i > 0, i < tokens.count else { return true }
    if tokens[i].flags.contains(.lineStart) { return true }
    var j = i - 1
    // Skip closing quotes and brackets.
    while j >= 0, tokens[j].kind == .symbol,
      tokens[j].first == 0x22 || tokens[j].first == 0x201D || tokens[j].first == 0x29
        || (tokens[j].first == 0x2019 && !apostropheEnds)
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
