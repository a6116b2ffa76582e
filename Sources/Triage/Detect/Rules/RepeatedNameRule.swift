/// A capitalised word already part of a name elsewhere in the text is a name here too:
/// "Dr. Okafor called. Okafor said to rest."
enum RepeatedNameRule {
  static func apply(_ text: ScalarText, _ out: inout Candidates) {
    let names = out.items.filter { $0.category == .name && $0.confidence >= 0.75 }
    guard !names.isEmpty else { return }
    let tokens = text.tokens
    var known: [UInt64] = []
    for (i, token) in tokens.enumerated() where token.kind == .word && token.isAlpha {
      let inside = names.contains { $0.start <= token.start && token.end <= $0.end }
      if inside, token.isCapitalized, token.length >= 3, !text.isClass(i, .notName) {
        known.append(token.hash)
      }
    }
    guard !known.isEmpty else { return }
    for (i, token) in tokens.enumerated()
    where token.kind == .word && token.isCapitalized && known.contains(token.hash)
      && !text.isClass(i, .notName)
    {
      if !out.covers(token.start, token.end) {
        out.add(
          token.start, token.end, .name, .repeatedName, confidence: 0.7,
          priority: Priority.lexical)
      }
    }
  }
}
