/// FNV-1a (64-bit) over the lower-cased UTF-8 bytes of a word. The lexicon and tagger
/// generators (`scripts/`) compute the same function, so tables are keyed by it.
enum WordHash {
  static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x100_0000_01b3

  @inline(__always)
  static func add(_ byte: UInt8, to hash: inout UInt64) {
    hash = (hash ^ UInt64(byte)) &* prime
  }

  /// Adds the lower-cased UTF-8 form of one scalar.
  @inline(__always)
  static func addLowercased(_ c: UInt32, to hash: inout UInt64) {
    if c < 0x80 {
      add(UInt8(CharacterClass.isUpperASCII(c) ? c + 32 : c), to: &hash)
      return
    }
    guard let scalar = Unicode.Scalar(c) else { return }
    for byte in scalar.properties.lowercaseMapping.utf8 { add(byte, to: &hash) }
  }

  /// The hash of a word given as a string (for word lists and tests).
  static func of(_ word: some StringProtocol) -> UInt64 {
    var hash = offsetBasis
    for scalar in word.unicodeScalars { addLowercased(scalar.value, to: &hash) }
    return hash
  }

  /// The hashes of a list of words, for membership tests.
  static func set(_ words: [String]) -> WordSet { WordSet(spellings(of: words).map { of($0) }) }

  /// The words of a hand-written list, and each one with an apostrophe also spelt with the
  /// right single quote that phones type ("i'm" and "i’m"): the tokenizer keeps either inside
  /// a word, and they hash apart.
  static func spellings(of words: [String]) -> [String] {
    words
      + words.compactMap {
        $0.utf8.contains(0x27) ? String($0.map { $0 == "'" ? "\u{2019}" : $0 }) : nil
      }
  }
}
