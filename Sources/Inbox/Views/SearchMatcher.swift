import Foundation
import Triage

/// Decides, without the database, whether a message matches a search the way the full-text
/// index does (every word a prefix of a word of the text or author, ignoring case and
/// accents), and where: so matches can be marked in the list and highlighted in the reader.
public struct SearchMatcher: Sendable {
  private let terms: [String]

  public init?(_ search: String?) {
    guard let search else { return nil }
    let terms = SearchPattern.tokens(search).map(Self.fold)
    guard !terms.isEmpty else { return nil }
    self.terms = terms
  }

  static func fold(_ word: String) -> String {
    // Most words are ASCII, where folding is lower-casing; Foundation's folding is slow.
    if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
    return word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  public func matches(_ message: Message) -> Bool {
    let words = Set(
      [message.text, message.authorHandle ?? "", message.authorName ?? ""].flatMap {
        SearchPattern.tokens($0).map(Self.fold)
      })
    return terms.allSatisfy { term in words.contains { $0.hasPrefix(term) } }
  }

  /// The scalar ranges of the words in `text` that some term matches.
  public func ranges(in text: String) -> [Range<Int>] {
    SearchPattern.words(in: text).compactMap { word, range in
      let folded = Self.fold(word)
      return terms.contains { folded.hasPrefix($0) } ? range : nil
    }
  }
}
