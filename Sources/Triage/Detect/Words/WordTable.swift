/// A hash table from 64-bit word hashes to small integers, with open addressing and linear
/// probing. The keys are already hashes, so a multiply-shift finds the slot: far cheaper than
/// `Dictionary`'s SipHash on the hot paths (every word of every message is looked up several
/// times). Built once, then read from many threads.
struct WordTable: Sendable {
  private var keys: [UInt64]
  private var values: [Int32]
  private var used: [Bool]
  private var shift: UInt64
  private(set) var count = 0

  init(minimumCapacity: Int = 8) {
    var size = 8
    while size < minimumCapacity * 2 { size <<= 1 }
    keys = Array(repeating: 0, count: size)
    values = Array(repeating: 0, count: size)
    used = Array(repeating: false, count: size)
    shift = UInt64(64 - size.trailingZeroBitCount)
  }

  /// A set of the given hashes (each maps to 0).
  init(_ hashes: some Sequence<UInt64>) {
    let all = Array(hashes)
    self.init(minimumCapacity: all.count)
    for hash in all { self[hash] = 0 }
  }

  @inline(__always)
  private func slot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  subscript(key: UInt64) -> Int32? {
    get {
      let mask = keys.count - 1
      var index = slot(key)
      while used[index] {
        if keys[index] == key { return values[index] }
        index = (index + 1) & mask
      }
      return nil
    }
    set {
      guard let newValue else { preconditionFailure("WordTable does not remove keys") }
      if (count + 1) * 2 > keys.count { grow() }
      let mask = keys.count - 1
      var index = slot(key)
      while used[index] {
        if keys[index] == key {
          values[index] = newValue
          return
        }
        index = (index + 1) & mask
      }
      used[index] = true
      keys[index] = key
      values[index] = newValue
      count += 1
    }
  }

  @inline(__always)
  func contains(_ key: UInt64) -> Bool { self[key] != nil }

  private mutating func grow() {
    let old = zip(keys, zip(values, used)).filter { $0.1.1 }
    self = WordTable(minimumCapacity: keys.count)
    for (key, (value, _)) in old { self[key] = value }
  }
}
