/// A text split into tokens: words, numbers, URLs, e-mail addresses, @-mentions, hashtags,
/// emoji and punctuation. One pass over the scalars; no regular expressions.
struct TokenizedText: Sendable {
  let scalars: [Unicode.Scalar]
  var tokens: [WordToken] = []
  /// Normalized scalars of every word-like token, back to back.
  var normalized: [Unicode.Scalar] = []

  init(_ text: String) {
    let scalars = Self.scalars(of: text)
    self.scalars = scalars
    var tokens: [WordToken] = []
    // A token's normalized scalars are at most its scalars, and tokens never overlap: the
    // buffer is filled in place, without a capacity and uniqueness check per scalar.
    normalized = [Unicode.Scalar](unsafeUninitializedCapacity: scalars.count) { buffer, count in
      scalars.withUnsafeBufferPointer { source in
        var builder = TokenBuilder(array: scalars, scalars: source, normalized: buffer)
        builder.run()
        tokens = builder.tokens
        count = builder.count
      }
    }
    self.tokens = tokens
  }

  /// The scalars of `text`, decoded from its UTF-8 storage in one pass
  /// (`Array(text.unicodeScalars)` decodes twice, once to count).
  static func scalars(of text: String) -> [Unicode.Scalar] {
    var text = text
    return text.withUTF8 { bytes in
      [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
        // A scalar is its 32-bit value.
        count = buffer.withMemoryRebound(to: UInt32.self) { ScalarText.decode(bytes, into: $0) }
      }
    }
  }

  /// The normalized text of a token (for rules that need characters, not just the hash).
  func text(of token: WordToken) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: normalized[Int(token.normStart)..<Int(token.normEnd)])
    return String(view)
  }

  /// The original text of `start..<end` (scalar offsets).
  func original(_ start: Int, _ end: Int) -> String {
    // Encoded straight into the string's storage: appending scalars to a
    // `String.UnicodeScalarView` one by one costs several times more.
    String(unsafeUninitializedCapacity: (end - start) * 4) { buffer in
      var count = 0
      for scalar in scalars[start..<end] {
        if scalar.value < 0x80 {
          buffer[count] = UInt8(scalar.value)
          count += 1
        } else {
          UTF8.encode(scalar) { byte in
            buffer[count] = byte
            count += 1
          }
        }
      }
      return count
    }
  }

}

/// Cuts scalars into tokens, writing their normalized scalars into a buffer as long as the
/// text.
private struct TokenBuilder {
  let array: [Unicode.Scalar]
  let scalars: UnsafeBufferPointer<Unicode.Scalar>
  let normalized: UnsafeMutableBufferPointer<Unicode.Scalar>
  var count = 0
  var tokens: [WordToken] = []

  init(
    array: [Unicode.Scalar], scalars: UnsafeBufferPointer<Unicode.Scalar>,
    normalized: UnsafeMutableBufferPointer<Unicode.Scalar>
  ) {
    self.array = array
    self.scalars = scalars
    self.normalized = normalized
    tokens.reserveCapacity(scalars.count / 4 + 4)
  }

  mutating func run() {
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\n" {
        append(.punctuation, index, index + 1, mark: "\n")
        index += 1
      } else if WordTokenizer.isSpace(scalar) {
        index += 1
      } else {
        // A link needs "@" first or a dot, at sign or colon after the first scalar
        // (`WordTokenizer.link`): noted here, so plain words are not scanned twice.
        var end = index + 1
        var mayBeLink = scalar == "@"
        while end < scalars.count {
          let next = scalars[end]
          if next == "." || next == "@" || next == ":" {
            mayBeLink = true
          } else if WordTokenizer.isSpace(next) {
            break
          }
          end += 1
        }
        chunk(index, end, mayBeLink: mayBeLink)
        index = end
      }
    }
  }

  // MARK: - Chunks (whitespace-separated runs)

  mutating func chunk(_ start: Int, _ end: Int, mayBeLink: Bool) {
    if mayBeLink, let (kind, tokenEnd) = WordTokenizer.link(in: array, start, end) {
      append(kind, start, tokenEnd, normalize: kind != .url)
      pieces(tokenEnd, end)
    } else {
      pieces(start, end)
    }
  }

  /// Words, numbers, hashtags, emoji and punctuation inside a chunk.
  mutating func pieces(_ start: Int, _ end: Int) {
    var index = start
    while index < end {
      let scalar = scalars[index]
      if WordTokenizer.isLetter(scalar) {
        var stop = index + 1
        while stop < end {
          let next = scalars[stop]
          if WordTokenizer.isLetter(next) || WordTokenizer.isMark(next) {
            stop += 1
          } else if WordTokenizer.isApostrophe(next), stop + 1 < end,
            WordTokenizer.isLetter(scalars[stop + 1])
          {
            stop += 1
          } else {
            break
          }
        }
        append(.word, index, stop)
        index = stop
      } else if WordTokenizer.isDigit(scalar) {
        var stop = index + 1
        while stop < end {
          let next = scalars[stop]
          if WordTokenizer.isDigit(next) {
            stop += 1
          } else if next == "." || next == "," || next == ":" || next == "/" || next == "-",
            stop + 1 < end, WordTokenizer.isDigit(scalars[stop + 1])
          {
            stop += 2
          } else {
            break
          }
        }
        append(.number, index, stop)
        index = stop
      } else if scalar == "#", index + 1 < end, WordTokenizer.isLetter(scalars[index + 1]) {
        var stop = index + 1
        while stop < end,
          WordTokenizer.isLetter(scalars[stop]) || WordTokenizer.isDigit(scalars[stop])
            || scalars[stop] == "_"
        {
          stop += 1
        }
        append(.hashtag, index, stop, skipFirst: true)
        index = stop
      } else if let mark = WordTokenizer.punctuationMark(scalar) {
        append(.punctuation, index, index + 1, mark: mark)
        index += 1
      } else if WordTokenizer.isEmoji(scalar) {
        var stop = index + 1
        while stop < end, WordTokenizer.isEmojiContinuation(scalars[stop]) { stop += 1 }
        append(.emoji, index, stop)
        index = stop
      } else {
        index += 1
      }
    }
  }

  mutating func append(
    _ kind: WordToken.Kind, _ start: Int, _ end: Int, mark: Unicode.Scalar = " ",
    normalize: Bool = true, skipFirst: Bool = false
  ) {
    let normStart = Int32(count)
    var hash = TextHash.seed
    var letters = 0
    var capitals = 0
    if kind != .punctuation {
      for position in (skipFirst ? start + 1 : start)..<end {
        let scalar = scalars[position]
        if WordTokenizer.isLetter(scalar) {
          letters += 1
          if scalar.value < 0x80 {
            if (0x41...0x5A).contains(scalar.value) { capitals += 1 }
          } else if scalar.properties.isUppercase {
            capitals += 1
          }
        }
        let normal = normalize ? WordTokenizer.normalize(scalar) : scalar
        guard let normal else { continue }
        normalized[count] = normal
        count += 1
        hash = TextHash.add(hash, normal.value)
      }
    }
    tokens.append(
      WordToken(
        kind: kind, start: start, end: end, hash: hash, normStart: normStart,
        normEnd: Int32(count), mark: mark, isAllCaps: letters >= 2 && capitals == letters
      ))
  }
}
