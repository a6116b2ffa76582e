import Foundation

extension String {
  /// Whether the UTF-8 form holds `byte`, by `memchr` over the string's own storage: every
  /// imported text is asked this (a carriage return, an entity) and the generic `contains`
  /// steps through the view one byte at a time.
  func containsUTF8Byte(_ byte: UInt8) -> Bool {
    if let found = utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
      guard let base = bytes.baseAddress else { return false }
      return memchr(base, Int32(byte), bytes.count) != nil
    }) {
      return found
    }
    return utf8.contains(byte)
  }
}
