/// One unit of a tokenized text. Offsets count Unicode scalars of the original text, end
/// exclusive; `hash` is the hash of the normalized form (lower case, apostrophes removed).
struct WordToken: Sendable, Hashable {
  enum Kind: UInt8, Sendable {
    case word
    case number
    case url
    case email
    case mention
    case hashtag
    case emoji
    /// Sentence and clause punctuation, quotes and line breaks; `mark` says which.
    case punctuation
  }

  var kind: Kind
  var start: Int
  var end: Int
  var hash: UInt64
  /// The normalized scalars are `TokenizedText.normalized[normStart..<normEnd]`.
  var normStart: Int32
  var normEnd: Int32
  /// For punctuation: the mark (`.`, `!`, `?`, `;`, `:`, `,`, `"`, `(`, `)`, `\n`, `-`, `/`).
  var mark: Unicode.Scalar
  /// True when the word is written in capitals and has at least two letters.
  var isAllCaps: Bool

  var length: Int { Int(normEnd - normStart) }

  /// Ends a clause for the context rules (negation and hypotheticals do not reach past it).
  var endsClause: Bool {
    kind == .punctuation
      && (mark == "." || mark == "!" || mark == "?" || mark == ";" || mark == "\n")
  }

  var isQuote: Bool { kind == .punctuation && mark == "\"" }
}
