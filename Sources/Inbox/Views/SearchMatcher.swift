import Foundation
import Triage

/// Decides, without the database, whether a message matches a search the way the full-text
/// index does (every word a prefix of a word of the text or author, every quoted phrase its
/// words in a row within one of them, ignoring case and accents), and where: so matches can be
/// marked in the list and highlighted in the reader.
public struct SearchMatcher: Sendable {
  private let terms: [SearchPattern.Term]

  public init?(_ search: String?) {
    guard let search else { return nil }
    let terms = SearchPattern.terms(search).map {
      SearchPattern.Term(words: $0.words.map(Self.fold), prefix: $0.prefix)
    }
    guard !terms.isEmpty else { return nil }
    self.terms = terms
  }

  static func fold(_ word: String) -> String {
    // Most words are ASCII, where folding is lower-casing; Foundation's folding is slow.
    if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
    return word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  public func matches(_ message: Message) -> Bool {
    let fields = [message.text, message.authorHandle ?? "", message.authorName ?? ""].map {
      SearchPattern.tokens($0).map(Self.fold)
    }
    // A phrase lies within one field, as in the index (positions do not run across columns).
    return terms.allSatisfy { term in
      fields.contains { words in !Self.starts(of: term, in: words).isEmpty }
    }
  }

  /// The scalar ranges of the words in `text` that some term matches (each word of a phrase).
  public func ranges(in text: String) -> [Range<Int>] {
    let words = SearchPattern.words(in: text)
    let folded = words.map { Self.fold($0.word) }
    var marked = Set<Int>()
    for term in terms {
      for start in Self.starts(of: term, in: folded) {
        marked.formUnion(start..<(start + term.words.count))
      }
    }
    return marked.sorted().map { words[$0].range }
  }

  /// Where a term's words begin in a list of folded words.
  static func starts(of term: SearchPattern.Term, in words: [String]) -> [Int] {
    let count = term.words.count
    guard words.count >= count else { return [] }
    return (0...(words.count - count)).filter { start in
      term.words.indices.allSatisfy { offset in
        let word = words[start + offset]
        let wanted = term.words[offset]
        return term.prefix && offset == count - 1 ? word.hasPrefix(wanted) : word == wanted
      }
    }
  }
}
