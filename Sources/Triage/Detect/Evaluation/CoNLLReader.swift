import Foundation

/// Reads CoNLL files (`token<TAB>BIO-label`, blank line between sentences) such as WNUT17
/// and the Broad Twitter Corpus. The text is rebuilt by joining tokens with spaces; an `@`
/// token is joined to the next one so handles look as they do in tweets, and handles are
/// not scored (the tweet bar leaves them out), nor are punctuation tokens, nor locations
/// that name a state or a country (Safe Harbor allows those).
public enum CoNLLReader {
  /// Gold labels: person names and locations; other entity types (organisations, products,
  /// creative works, groups) are not PHI.
  static func category(_ label: Substring) -> PHICategory? {
    guard label.count > 2 else { return nil }
    switch label.dropFirst(2).lowercased() {
    case "per", "person": return .name
    case "loc", "location": return .location
    default: return nil
    }
  }

  public static func read(path: String, name: String) throws -> EvalSet {
    guard let data = FileManager.default.contents(atPath: path),
      let content = String(data: data, encoding: .utf8)
    else {
      throw RoundsError(.notFound, "cannot read \(path)", fix: "check the corpus path (--corpus)")
    }
    var documents: [EvalDocument] = []
    var rows: [(Substring, Substring)] = []
    func flush() {
      if !rows.isEmpty { documents.append(document(rows)) }
      rows.removeAll()
    }
    for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
      if trimmed.trimmingCharacters(in: .whitespaces).isEmpty {
        flush()
        continue
      }
      let fields = trimmed.split(separator: "\t")
      guard fields.count >= 2 else { continue }
      rows.append((fields[0], fields[fields.count - 1]))
    }
    flush()
    return EvalSet(name: name, documents: documents, categories: [.name, .location])
  }

  static func document(_ rows: [(Substring, Substring)]) -> EvalDocument {
    let largerThanCity = statesAndCountries(rows)
    var text = ""
    var offset = 0
    var tokens: [EvalDocument.Token] = []
    var joinNext = false
    var skipNext = false
    for (index, (word, label)) in rows.enumerated() {
      if !text.isEmpty && !joinNext {
        text += " "
        offset += 1
      }
      let length = word.unicodeScalars.count
      text += word
      let isAt = word == "@"
      let isHandle = word.hasPrefix("@") || skipNext
      let isWordToken = word.unicodeScalars.contains { CharacterClass.isWordScalar($0.value) }
      if !isHandle && !isAt && isWordToken && !largerThanCity.contains(index) {
        tokens.append(.init(start: offset, end: offset + length, gold: category(label)))
      }
      offset += length
      joinNext = isAt
      skipNext = isAt
    }
    return EvalDocument(text: text, tokens: tokens)
  }

  /// Rows of location entities that name a state or a country (Safe Harbor allows those):
  /// "don't care" rows, neither found nor missed.
  static func statesAndCountries(_ rows: [(Substring, Substring)]) -> Set<Int> {
    var result = Set<Int>()
    var index = 0
    while index < rows.count {
      guard category(rows[index].1) == .location, rows[index].1.hasPrefix("B") else {
        index += 1
        continue
      }
      var end = index + 1
      while end < rows.count, rows[end].1.hasPrefix("I"), category(rows[end].1) == .location {
        end += 1
      }
      let words = rows[index..<end].map { String($0.0) }
      let phrase = words.joined(separator: " ").lowercased()
      let entry = Lexicon.shared[phrase]
      let isCode =
        words.count == 1 && words[0].count == 2 && words[0].uppercased() == words[0]
        && Words.stateCodes.contains(WordHash.of(words[0]))
      if entry.isStateOrCountry && !(entry.isCity && words.count > 1) || isCode {
        result.formUnion(index..<end)
      }
      index = end
    }
    return result
  }
}
