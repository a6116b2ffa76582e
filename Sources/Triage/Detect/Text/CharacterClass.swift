/// Scalar classification with an ASCII fast path; Unicode properties only for the rest.
enum CharacterClass {
  @inline(__always)
  static func isDigit(_ c: UInt32) -> Bool { c &- 48 < 10 }

  @inline(__always)
  static func isASCIILetter(_ c: UInt32) -> Bool { (c | 0x20) &- 97 < 26 }

  @inline(__always)
  static func isUpperASCII(_ c: UInt32) -> Bool { c &- 65 < 26 }

  @inline(__always)
  static func isLowerASCII(_ c: UInt32) -> Bool { c &- 97 < 26 }

  @inline(__always)
  static func isSpace(_ c: UInt32) -> Bool {
    if c < 0x80 { return c == 32 || (c >= 9 && c <= 13) }
    return c == 0xA0 || c == 0x85 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B)
      || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF
  }

  @inline(__always)
  static func isLineBreak(_ c: UInt32) -> Bool {
    c == 10 || c == 13 || c == 0x85 || c == 0x2028 || c == 0x2029
  }

  /// Letters, and marks that continue a word (combining accents).
  static func isWordScalar(_ c: UInt32) -> Bool {
    if c < 0x80 { return isASCIILetter(c) || isDigit(c) }
    guard let scalar = Unicode.Scalar(c) else { return false }
    let properties = scalar.properties
    if properties.isAlphabetic { return true }
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber: return true
    default: return false
    }
  }

  static func isApostrophe(_ c: UInt32) -> Bool { c == 0x27 || c == 0x2019 }

  /// Letters for the purpose of upper/lower case, outside ASCII.
  static func caseOf(_ c: UInt32) -> (isUpper: Bool, isLower: Bool) {
    guard let scalar = Unicode.Scalar(c) else { return (false, false) }
    return (scalar.properties.isUppercase, scalar.properties.isLowercase)
  }
}
