/// Finds every occurrence of many phrases in a tokenized text in one pass: phrases are indexed
/// by their first word, so a word that starts no phrase costs one hash lookup.
struct PhraseIndex<Payload: Sendable>: Sendable {
  struct Entry: Sendable {
    var pattern: PhrasePattern
    var payload: Payload
  }

  /// One occurrence: the entry and the tokens it covers (`first...last`, indices into `tokens`).
  struct Match: Sendable {
    var entry: Int
    var first: Int
    var last: Int
  }

  private(set) var entries: [Entry] = []
  private var index: [UInt64: [Int]] = [:]
  private var kindIndex: [WordToken.Kind: [Int]] = [:]

  init() {}

  mutating func add(_ pattern: PhrasePattern, _ payload: Payload) {
    let position = entries.count
    entries.append(Entry(pattern: pattern, payload: payload))
    for hash in Set(pattern.firstWords) { index[hash, default: []].append(position) }
    if let kind = pattern.firstKind { kindIndex[kind, default: []].append(position) }
  }

  var isEmpty: Bool { entries.isEmpty }

  func matches(in text: TokenizedText) -> [Match] {
    var found: [Match] = []
    let tokens = text.tokens
    for position in tokens.indices where tokens[position].kind != .punctuation {
      let token = tokens[position]
      if let candidates = index[token.hash] {
        collect(candidates, at: position, tokens, into: &found)
      }
      if token.kind != .word, let candidates = kindIndex[token.kind] {
        collect(candidates, at: position, tokens, into: &found)
      }
    }
    return found
  }

  private func collect(
    _ candidates: [Int], at position: Int, _ tokens: [WordToken], into found: inout [Match]
  ) {
    for candidate in candidates {
      if let last = Self.match(entries[candidate].pattern.elements, 1, tokens, position + 1) {
        found.append(Match(entry: candidate, first: position, last: last))
      }
    }
  }

  /// Matches `elements[element...]` from token `position`; the index of the last token used.
  private static func match(
    _ elements: [PhrasePattern.Element], _ element: Int, _ tokens: [WordToken], _ position: Int
  ) -> Int? {
    guard element < elements.count else { return position - 1 }
    var position = position
    // Hyphens join compounds: "self-harm" matches "self harm".
    while position < tokens.count, tokens[position].kind == .punctuation,
      tokens[position].mark == "-"
    {
      position += 1
    }
    switch elements[element] {
    case .gap(let limit):
      var skip = 0
      var cursor = position
      while true {
        if let last = match(elements, element + 1, tokens, cursor) { return last }
        guard skip < limit, cursor < tokens.count, !tokens[cursor].endsClause else { return nil }
        skip += 1
        cursor += 1
      }
    case .words(let hashes):
      guard position < tokens.count, tokens[position].kind != .punctuation,
        hashes.contains(tokens[position].hash)
      else { return nil }
    case .anyWord:
      guard position < tokens.count,
        tokens[position].kind == .word || tokens[position].kind == .number
      else { return nil }
    case .kind(let kind):
      guard position < tokens.count, tokens[position].kind == kind else { return nil }
    }
    return match(elements, element + 1, tokens, position + 1)
  }
}
