/// What the detector knows about a word or phrase: how common it is as a first name, as a
/// surname and as an English word, and whether it names a place.
struct LexiconEntry: Sendable, Equatable {
  let bits: UInt32

  static let none = LexiconEntry(bits: 0)

  /// round(2 × log10(people with this first name)): 0 (none) to 15; 6 is a thousand people.
  var firstName: Int { Int(bits & 15) }
  /// The same scale for surnames.
  var surname: Int { Int((bits >> 4) & 15) }
  /// round(2 × Zipf frequency) of the word in English: 0 (unknown) to 15; "the" is 15.
  var wordFrequency: Int { Int((bits >> 8) & 15) }
  var isCity: Bool { bits & (1 << 12) != 0 }
  var isState: Bool { bits & (1 << 13) != 0 }
  var isCountry: Bool { bits & (1 << 14) != 0 }
  var isPlacePrefix: Bool { bits & (1 << 15) != 0 }
  /// Set at load time from the hand-written health vocabulary.
  var isHealthTerm: Bool { bits & (1 << 16) != 0 }

  /// The word's distributional class (`ClusterData`, k-means over sentence-encoder
  /// embeddings) plus one; 0 when the word has none.
  var cluster: Int { Int((bits >> 17) & 0x7FF) }
  /// How much the word is used like a name, 1 (not at all) to 7, from a probe on the same
  /// embeddings fitted on the name lexicon; 0 when the word has no cluster.
  var nameLikeness: Int { Int((bits >> 28) & 7) }

  var isStateOrCountry: Bool { isState || isCountry }
  var isName: Bool { firstName > 0 || surname > 0 }

  /// More common as a name than as a word: "okafor", "priya", "john" but not "will" or
  /// "hope" (people named so, against how often the word is written).
  var isLikelyName: Bool {
    let nameStrength = max(firstName, surname)
    guard nameStrength > 0 else { return false }
    return nameStrength - wordFrequency >= 1
  }
}

/// A read-only open-addressing table from word hash to entry, built once from
/// `LexiconData.packed` (about 140,000 entries). Each slot packs the upper 32 bits of the
/// hash with the entry's 32 bits, so a lookup touches one cache line.
final class Lexicon: Sendable {
  private let slots: [UInt64]
  private let mask: Int

  static let shared = Lexicon(
    packed: LexiconData.packed, healthTerms: HealthWords.singleWords,
    clusters: ClusterData.packed, newClusterWords: ClusterData.newWords)

  /// `clusters` lists words by cluster and name-likeness (`ClusterData.packed`); `newClusterWords` is how many
  /// of them `packed` does not list.
  init(packed: String, healthTerms: [String], clusters: String = "", newClusterWords: Int = 0) {
    var pairs: [(UInt64, UInt32)] = []
    pairs.reserveCapacity(310_000)
    Lexicon.read(packed, hex: true, into: &pairs) { $0 }
    for term in healthTerms {
      pairs.append((WordHash.of(term), 1 << 16))
    }
    // Most clustered words are in the lexicon already and share its slot: only the others
    // (`newWords`) need room. At most three quarters of the slots are used.
    let keys = pairs.count + (clusters.isEmpty ? 0 : newClusterWords)
    Lexicon.read(clusters, hex: false, into: &pairs) { code in
      ((code & 1023) + 1) << 17 | (code >> 10) << 28
    }
    var capacity = 1
    while capacity < keys * 4 / 3 { capacity <<= 1 }
    var slots = [UInt64](repeating: 0, count: capacity)
    let mask = capacity - 1
    for (key, value) in pairs {
      let tag = Lexicon.tag(key)
      var slot = Lexicon.slot(key, mask)
      while slots[slot] != 0 && slots[slot] >> 32 != tag { slot = (slot + 1) & mask }
      slots[slot] = tag << 32 | (slots[slot] & 0xFFFF_FFFF) | UInt64(value)
    }
    self.slots = slots
    self.mask = mask
  }

  /// Reads lines of `CODE<TAB>word word ...` in one pass over the UTF-8 bytes (`_` in a
  /// word stands for a space): hexadecimal codes are the lexicon's bits, decimal ones
  /// cluster codes (name-likeness × 1024 + cluster); `value` turns a code into the entry's
  /// bits (the cluster goes to bits 17-27 as cluster + 1, so 0 means none; the
  /// name-likeness to bits 28-30).
  private static func read(
    _ packed: String, hex: Bool, into pairs: inout [(UInt64, UInt32)],
    value: (UInt32) -> UInt32
  ) {
    var packed = packed
    packed.withUTF8 { bytes in
      var code: UInt32 = 0
      var inCode = true
      var inWord = false
      var hash = WordHash.offsetBasis
      for byte in bytes {
        switch byte {
        case 0x0A, 0x20:
          if inWord { pairs.append((hash, value(code))) }
          inWord = false
          if byte == 0x0A {
            inCode = true
            code = 0
          }
        case 0x09:
          inCode = false
        default:
          if inCode {
            let digit = byte <= 57 ? UInt32(byte &- 48) : UInt32(byte &- 87)
            code = hex ? code << 4 | digit : code &* 10 &+ digit
          } else {
            if !inWord {
              hash = WordHash.offsetBasis
              inWord = true
            }
            WordHash.add(byte == 0x5F ? 0x20 : byte, to: &hash)
          }
        }
      }
      if inWord { pairs.append((hash, value(code))) }
    }
  }

  /// The upper half of the hash, never zero (zero marks an empty slot).
  @inline(__always)
  private static func tag(_ hash: UInt64) -> UInt64 { (hash >> 32) | 1 }

  @inline(__always)
  private static func slot(_ hash: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: hash) & mask
  }

  subscript(hash: UInt64) -> LexiconEntry {
    let tag = Lexicon.tag(hash)
    var slot = Lexicon.slot(hash, mask)
    while true {
      let value = slots[slot]
      if value >> 32 == tag { return LexiconEntry(bits: UInt32(truncatingIfNeeded: value)) }
      if value == 0 { return .none }
      slot = (slot + 1) & mask
    }
  }

  subscript(word: String) -> LexiconEntry { self[WordHash.of(word)] }
}
