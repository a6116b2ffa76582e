/// Finds where bytes stop being valid UTF-8, so an error can name the byte.
public enum UTF8Check {
  /// The 0-based offset of the first byte that is not part of a valid UTF-8 sequence, or
  /// `bytes.count` when all are valid.
  public static func firstInvalidByte(_ bytes: [UInt8]) -> Int {
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch b {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        high = 0x9F
      case 0xF0:
        length = 4
        low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        high = 0x8F
      default: return i
      }
      guard i + length <= bytes.count else { return i }
      for k in 1..<length {
        let c = bytes[i + k]
        let (lo, hi) = k == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
        guard c >= lo && c <= hi else { return i }
      }
      i += length
    }
    return bytes.count
  }
}
