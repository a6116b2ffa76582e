/// Health details tied to a person: a condition, symptom, medication, procedure or test in
/// a sentence that also refers to a person ("my", "his", "she", "my son", or a name found
/// in the text). A health word in a general question ("is diabetes genetic?") is not PHI.
enum HealthRule {
  static let matcher = PhraseMatcher(HealthWords.terms)

  static let personWordsList: [String] = [
    "i", "i'm", "i've", "i'd", "i'll", "im", "ive", "me", "my", "mine", "myself", "he", "she",
    "him", "his", "her", "hers", "they", "them", "their", "we", "our", "us",
  ]
  private static let personWords = WordHash.set(personWordsList)

  static func apply(_ text: ScalarText, names: [Candidate], _ out: inout Candidates) {
    let tokens = text.tokens
    var sentenceStart = 0
    var i = 0
    while i < tokens.count {
      if text.startsSentence(i) { sentenceStart = i }
      guard text.isClass(i, .healthStart), let last = matcher.match(text, at: i) else {
        i += 1
        continue
      }
      let start = tokens[i].start
      let end = tokens[last].end
      if tiedToPerson(text, names: names, sentenceStart: sentenceStart, around: i) {
        out.add(start, end, .health, .health, confidence: 0.7, priority: Priority.health)
      }
      i = last + 1
    }
  }

  /// Whether the sentence holding token `i` mentions a person.
  private static func tiedToPerson(
    _ text: ScalarText, names: [Candidate], sentenceStart: Int, around i: Int
  ) -> Bool {
    let tokens = text.tokens
    var j = sentenceStart
    while j < tokens.count, j == sentenceStart || j <= i || !text.startsSentence(j) {
      let token = tokens[j]
      if token.kind == .word,
        text.isClass(j, [.person, .relation])
      {
        return true
      }
      j += 1
    }
    let from = tokens[sentenceStart].start
    let to = j < tokens.count ? tokens[j].start : text.count
    return names.contains { $0.start >= from && $0.end <= to }
  }
}
