/// A set of word hashes with open addressing. Word hashes are already well mixed, so a
/// lookup is a mask and a compare or two, far cheaper than `Set<UInt64>`'s SipHash.
struct WordSet: Sendable {
  private let keys: [UInt64]
  private let mask: Int

  init(_ hashes: some Sequence<UInt64>) {
    let unique = Array(Set(hashes))
    var capacity = 8
    while capacity < unique.count * 3 { capacity <<= 1 }
    var keys = [UInt64](repeating: 0, count: capacity)
    for key in unique {
      var slot = WordSet.slot(key, capacity - 1)
      while keys[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
      keys[slot] = key
    }
    self.keys = keys
    self.mask = capacity - 1
  }

  @inline(__always)
  static func slot(_ hash: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
  }

  @inline(__always)
  func contains(_ hash: UInt64) -> Bool {
    var slot = WordSet.slot(hash, mask)
    while true {
      let key = keys[slot]
      if key == hash { return true }
      if key == 0 { return false }
      slot = (slot + 1) & mask
    }
  }
}

/// A map from word hashes to small values, with the same layout as `WordSet`.
struct WordMap<Value: Sendable>: Sendable {
  private let keys: [UInt64]
  private let values: [Value?]
  private let mask: Int

  init(_ pairs: [(UInt64, Value)]) {
    var capacity = 8
    while capacity < pairs.count * 3 { capacity <<= 1 }
    var keys = [UInt64](repeating: 0, count: capacity)
    var values = [Value?](repeating: nil, count: capacity)
    for (key, value) in pairs {
      var slot = WordSet.slot(key, capacity - 1)
      while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (capacity - 1) }
      keys[slot] = key
      values[slot] = value
    }
    self.keys = keys
    self.values = values
    self.mask = capacity - 1
  }

  @inline(__always)
  subscript(hash: UInt64) -> Value? {
    var slot = WordSet.slot(hash, mask)
    while true {
      let key = keys[slot]
      if key == hash { return values[slot] }
      if key == 0 { return nil }
      slot = (slot + 1) & mask
    }
  }
}
