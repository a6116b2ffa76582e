@testable import Triage

/// One classifier and one reply checker for the triage tests (lexicons and model load once).
let classifier = TriageClassifier()
let replyChecker = ReplyChecker()

/// The category and urgency of a text.
func triage(_ text: String, platform: Platform? = nil) -> (Category, Int) {
  let result = classifier.classify(text, platform: platform)
  return (result.category, result.urgency)
}

/// The rule ids behind a text's triage (flags included).
func rules(_ text: String) -> [String] {
  classifier.classify(text).reasons.map(\.rule)
}

/// The rule ids of a reply's risks.
func risks(_ reply: String, context: String? = nil) -> [String] {
  replyChecker.risks(in: reply, context: context).map(\.rule)
}
