/// Finds every occurrence of many phrases in a tokenized text in one pass: phrases are indexed
/// by their first word, so a word that starts no phrase costs one hash lookup. Patterns are
/// stored flat (no arrays inside elements or entries), so matching does no reference counting.
struct PhraseIndex<Payload: Sendable>: Sendable {
  struct Entry: Sendable {
    var payload: Payload
    /// This entry's elements are `elements[first..<end]`.
    var first: Int
    var end: Int
    /// When the second element is a word: one bit per alternative (`hash & 63`), so most
    /// candidates are refused by the next word without running the matcher; else all ones.
    var secondWords: UInt64
  }

  /// One occurrence: the entry and the tokens it covers (`first...last`, indices into `tokens`).
  struct Match: Sendable {
    var entry: Int
    var first: Int
    var last: Int
  }

  /// A compiled element: `words` uses `alternatives[a..<a+b]`; `gap` skips up to `a` tokens;
  /// `kind` matches a token kind (`a` is its raw value).
  struct Element: Sendable {
    enum Op: UInt8, Sendable { case words, anyWord, gap, kind }
    var op: Op
    var a: Int32
    var b: Int32
  }

  private(set) var entries: [Entry] = []
  private var elements: [Element] = []
  private var alternatives: [UInt64] = []
  private var index: [UInt64: [Int]] = [:]
  /// Entries that start with a token kind, by the kind's raw value.
  private var kindIndex = [[Int]](
    repeating: [], count: Int(WordToken.Kind.punctuation.rawValue) + 1)
  /// `index` flattened by `finish()`: a word's candidates are
  /// `candidates[offsets[slot]..<offsets[slot + 1]]` for the slot `table` gives it.
  private var table = WordTable()
  private var offsets: [Int32] = [0]
  private var candidates: [Int32] = []

  init() {}

  mutating func add(_ pattern: PhrasePattern, _ payload: Payload) {
    let position = entries.count
    let first = elements.count
    for element in pattern.elements {
      switch element {
      case .words(let hashes):
        elements.append(Element(op: .words, a: Int32(alternatives.count), b: Int32(hashes.count)))
        alternatives.append(contentsOf: hashes)
      case .anyWord: elements.append(Element(op: .anyWord, a: 0, b: 0))
      case .gap(let limit): elements.append(Element(op: .gap, a: Int32(limit), b: 0))
      case .kind(let kind): elements.append(Element(op: .kind, a: Int32(kind.rawValue), b: 0))
      }
    }
    var secondWords = UInt64.max
    if pattern.elements.count > 1, case .words(let hashes) = pattern.elements[1] {
      secondWords = hashes.reduce(0) { $0 | Self.bit($1) }
    }
    entries.append(
      Entry(payload: payload, first: first, end: elements.count, secondWords: secondWords))
    for hash in Set(pattern.firstWords) { index[hash, default: []].append(position) }
    if let kind = pattern.firstKind { kindIndex[Int(kind.rawValue)].append(position) }
  }

  var isEmpty: Bool { entries.isEmpty }

  /// Freezes the index for fast lookups; call after the last `add`.
  mutating func finish() {
    table = WordTable(minimumCapacity: index.count)
    offsets = [0]
    candidates = []
    for (slot, (hash, list)) in index.enumerated() {
      table[hash] = Int32(slot)
      candidates.append(contentsOf: list.map(Int32.init))
      offsets.append(Int32(candidates.count))
    }
  }

  func matches(in text: TokenizedText) -> [Match] {
    precondition(table.count == index.count, "PhraseIndex.finish() was not called")
    var found: [Match] = []
    text.tokens.withUnsafeBufferPointer { tokens in
      elements.withUnsafeBufferPointer { elements in
        alternatives.withUnsafeBufferPointer { alternatives in
          let matcher = Matcher(tokens: tokens, elements: elements, alternatives: alternatives)
          for position in tokens.indices where tokens[position].kind != .punctuation {
            let token = tokens[position]
            if let slot = table[token.hash] {
              let next = matcher.nextWordBit(after: position)
              for offset in Int(offsets[Int(slot)])..<Int(offsets[Int(slot) + 1]) {
                let candidate = Int(candidates[offset])
                let entry = entries[candidate]
                if entry.secondWords != .max, entry.secondWords & next == 0 { continue }
                if let last = matcher.match(entry.first + 1, entry.end, position + 1) {
                  found.append(Match(entry: candidate, first: position, last: last))
                }
              }
            }
            if token.kind != .word {
              for candidate in kindIndex[Int(token.kind.rawValue)] {
                let entry = entries[candidate]
                if let last = matcher.match(entry.first + 1, entry.end, position + 1) {
                  found.append(Match(entry: candidate, first: position, last: last))
                }
              }
            }
          }
        }
      }
    }
    return found
  }

  @inline(__always)
  private static func bit(_ hash: UInt64) -> UInt64 { 1 << (hash & 63) }

  private struct Matcher {
    let tokens: UnsafeBufferPointer<WordToken>
    let elements: UnsafeBufferPointer<Element>
    let alternatives: UnsafeBufferPointer<UInt64>

    /// The `Entry.secondWords` bit of the word a phrase's second element would be matched
    /// against (hyphens skipped, as `match` does); 0 when no word follows.
    @inline(__always)
    func nextWordBit(after position: Int) -> UInt64 {
      var next = position + 1
      while next < tokens.count, tokens[next].kind == .punctuation, tokens[next].mark == "-" {
        next += 1
      }
      guard next < tokens.count, tokens[next].kind != .punctuation else { return 0 }
      return PhraseIndex.bit(tokens[next].hash)
    }

    /// Matches `elements[element..<end]` from token `position`; the index of the last token.
    func match(_ element: Int, _ end: Int, _ position: Int) -> Int? {
      guard element < end else { return position - 1 }
      var position = position
      // Hyphens join compounds: "self-harm" matches "self harm".
      while position < tokens.count, tokens[position].kind == .punctuation,
        tokens[position].mark == "-"
      {
        position += 1
      }
      let current = elements[element]
      switch current.op {
      case .gap:
        var skip = 0
        var cursor = position
        while true {
          if let last = match(element + 1, end, cursor) { return last }
          guard skip < Int(current.a), cursor < tokens.count, !tokens[cursor].endsClause else {
            return nil
          }
          skip += 1
          cursor += 1
        }
      case .words:
        guard position < tokens.count, tokens[position].kind != .punctuation else { return nil }
        let hash = tokens[position].hash
        var found = false
        for offset in Int(current.a)..<Int(current.a + current.b) where alternatives[offset] == hash
        {
          found = true
          break
        }
        guard found else { return nil }
      case .anyWord:
        guard position < tokens.count,
          tokens[position].kind == .word || tokens[position].kind == .number
        else { return nil }
      case .kind:
        guard position < tokens.count, tokens[position].kind.rawValue == UInt8(current.a) else {
          return nil
        }
      }
      return match(element + 1, end, position + 1)
    }
  }
}
