@testable import Triage

/// One shared detector for the tests (the lexicon loads once).
let detector = PHIDetector()

/// The (category, text) pairs found in a text.
func found(_ text: String) -> [(String, String)] {
  detector.findings(in: text).map { ($0.category, $0.text) }
}

/// Whether `text` yields a finding of `category` whose text is `match`.
func finds(_ text: String, _ category: PHICategory, _ match: String) -> Bool {
  detector.findings(in: text).contains { $0.category == category.rawValue && $0.text == match }
}

/// The categories found in a text, for hard negatives.
func categories(_ text: String) -> [String] {
  detector.findings(in: text).map(\.category)
}
