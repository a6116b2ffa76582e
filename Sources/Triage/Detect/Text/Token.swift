/// One token of a text: a word (letters and digits, with inner apostrophes) or a single
/// punctuation or symbol scalar. Offsets are Unicode-scalar offsets, end exclusive.
struct Token: Sendable {
  enum Kind: UInt8, Sendable {
    case word
    case symbol
  }

  struct Flags: OptionSet, Sendable {
    let rawValue: UInt16
    static let hasLetter = Flags(rawValue: 1 << 0)
    static let hasDigit = Flags(rawValue: 1 << 1)
    /// The first scalar is an upper-case letter.
    static let upperFirst = Flags(rawValue: 1 << 2)
    /// Every letter is upper case (and there is at least one).
    static let allUpper = Flags(rawValue: 1 << 3)
    /// Every letter is lower case (and there is at least one).
    static let allLower = Flags(rawValue: 1 << 4)
    /// Whitespace comes right before the token (or it starts the text).
    static let spaceBefore = Flags(rawValue: 1 << 5)
    /// A line break comes before the token (or it starts the text).
    static let lineStart = Flags(rawValue: 1 << 6)
    /// Some scalar is outside ASCII.
    static let nonASCII = Flags(rawValue: 1 << 7)
  }

  var start: Int
  var end: Int
  var kind: Kind
  var flags: Flags
  /// FNV-1a of the lower-cased UTF-8 form: the key for every word list and feature.
  var hash: UInt64
  /// The first scalar, for quick punctuation tests.
  var first: UInt32

  var length: Int { end - start }
  var isWord: Bool { kind == .word }
  var isNumber: Bool { kind == .word && flags.contains(.hasDigit) && !flags.contains(.hasLetter) }
  var isAlpha: Bool { kind == .word && flags.contains(.hasLetter) && !flags.contains(.hasDigit) }
  var isCapitalized: Bool { flags.contains(.upperFirst) }
  var isAllUpper: Bool { flags.contains(.allUpper) }
  var isAllLower: Bool { flags.contains(.allLower) }
  var spaceBefore: Bool { flags.contains(.spaceBefore) }
  func isSymbol(_ scalar: Character) -> Bool {
    kind == .symbol && first == scalar.unicodeScalars.first!.value
  }
}
