/// FNV-1a hashes of normalized words and of word sequences. Lexicons, the learned model and
/// the matchers compare these instead of strings, so scanning allocates nothing per word.
enum TextHash {
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x100_0000_01b3

  @inline(__always)
  static func add(_ hash: UInt64, _ value: UInt32) -> UInt64 {
    (hash ^ UInt64(value)) &* prime
  }

  /// The hash of a word as the tokenizer normalizes it (see `WordTokenizer.normalize`).
  static func word(_ text: String) -> UInt64 {
    var hash = seed
    for scalar in text.unicodeScalars {
      guard let normal = WordTokenizer.normalize(scalar) else { continue }
      hash = add(hash, normal.value)
    }
    return hash
  }

  /// Order-sensitive combination, for bigrams and feature kinds.
  @inline(__always)
  static func combine(_ first: UInt64, _ second: UInt64) -> UInt64 {
    var mixed = first &* 0x9E37_79B9_7F4A_7C15
    mixed ^= second &+ 0x632B_E59B_D9B4_E019 &+ (mixed << 6) &+ (mixed >> 2)
    return mixed
  }
}
