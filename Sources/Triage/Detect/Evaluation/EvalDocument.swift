/// A labelled text for scoring: the text and, for each scored token, its span (Unicode
/// scalars) and its gold category. Tokens whose gold label is "don't care" are left out.
public struct EvalDocument: Sendable {
  public struct Token: Sendable {
    public var start: Int
    public var end: Int
    /// The gold category, nil for a token that is not PHI.
    public var gold: PHICategory?
  }

  public var text: String
  public var tokens: [Token]

  public init(text: String, tokens: [Token]) {
    self.text = text
    self.tokens = tokens
  }
}

/// A named set of documents and the categories its annotations cover: the scorer ignores
/// predictions in categories the set does not annotate (tweets mark names and places only).
public struct EvalSet: Sendable {
  public var name: String
  public var documents: [EvalDocument]
  /// Categories annotated in this set; predictions of other categories are not counted.
  public var categories: Set<PHICategory>

  public init(name: String, documents: [EvalDocument], categories: Set<PHICategory>) {
    self.name = name
    self.documents = documents
    self.categories = categories
  }
}

/// Splits a text into word tokens (letters and digits; punctuation is not scored) with
/// their scalar offsets, for sets whose gold labels are character spans.
enum EvalTokenizer {
  static func wordSpans(_ text: String) -> [(start: Int, end: Int)] {
    var spans: [(Int, Int)] = []
    var start = -1
    var offset = 0
    for scalar in text.unicodeScalars {
      if CharacterClass.isWordScalar(scalar.value) {
        if start < 0 { start = offset }
      } else if start >= 0 {
        spans.append((start, offset))
        start = -1
      }
      offset += 1
    }
    if start >= 0 { spans.append((start, offset)) }
    return spans
  }
}
