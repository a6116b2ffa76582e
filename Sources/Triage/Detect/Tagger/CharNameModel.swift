import Foundation

/// How much a word the word classes do not know is spelt like a name ("Tebogo",
/// "Fedorova" against "Wooow", "Disloike"): a logistic regression over hashed letter 2-,
/// 3- and 4-grams of the lower-cased word between marks for its beginning and end, fitted
/// on the name and word lexicons by `scripts/build-charnames.py` (weights in
/// `CharNameWeights.swift`). The training script computes the same levels; change both
/// together.
enum CharNameModel {
  static let weights: [Int8] = {
    let data =
      Data(base64Encoded: CharNameWeights.base64, options: .ignoreUnknownCharacters) ?? Data()
    let count = 1 << CharNameWeights.tableBits
    var weights = [Int8](repeating: 0, count: count)
    data.withUnsafeBytes { raw in
      for index in 0..<min(count, raw.count) { weights[index] = Int8(bitPattern: raw[index]) }
    }
    return weights
  }()
  static let mask = (1 << CharNameWeights.tableBits) - 1
  static let cuts = CharNameWeights.cuts
  static let begin: UInt32 = 0x02
  static let end: UInt32 = 0x03

  /// The tagger's name-likeness value for a word without a class: 8 plus the spelling level
  /// (1...7), and 8 more when a capital follows a lower-case letter ("NoBiggieTV"), so
  /// these values never meet the word classes' levels (1...7).
  @inline(__always)
  static func likeness(
    _ scalars: UnsafeBufferPointer<UInt32>, _ token: Token, weights: UnsafeBufferPointer<Int8>
  ) -> UInt64 {
    let start = token.start
    let length = token.end - start
    var camel = false
    var previous: UInt32 = 0
    for offset in start..<token.end {
      let c = scalars[offset]
      if CharacterClass.isUpperASCII(c), previous &- 0x61 < 26 { camel = true }
      previous = c
    }
    // The word between its marks: position 0 is the beginning mark, length + 1 the end.
    @inline(__always) func scalar(_ q: Int) -> UInt32 {
      q == 0 ? begin : q == length + 1 ? end : scalars[start + q - 1]
    }
    // FNV-1a runs on from each position: the 2-, 3- and 4-gram hashes there are one
    // hash after two, three and four letters.
    var total: Int32 = 0
    let padded = length + 2
    for first in 0..<(padded - 1) {
      var hash = WordHash.offsetBasis
      WordHash.addLowercased(scalar(first), to: &hash)
      for n in 2...4 {
        let q = first + n - 1
        if q >= padded { break }
        WordHash.addLowercased(scalar(q), to: &hash)
        total &+= Int32(weights[TaggerFeatures.index(raw: 200 + UInt64(n), hash, mask: mask)])
      }
    }
    var level: UInt64 = 1
    for cut in cuts where total >= cut { level += 1 }
    return 8 + level + (camel ? 8 : 0)
  }
}
