/// One run of the reply checker over one reply: the tokens, the phrase matches by family,
/// and the findings so far. Each rule family adds its findings (see the extensions).
struct ReplyReview {
  let reply: String
  let original: ReplyOriginal?
  let checker: ReplyChecker.Parts
  /// The classifier's reading of the original message, when there is one.
  let triage: TriageResult?
  let text: TokenizedText
  /// Matches by rule (positions in `checker.lexicon.rules`), in text order.
  let matches: [[PhraseIndex<Int>.Match]]
  private(set) var findings: [Finding] = []

  init(
    reply: String, original: ReplyOriginal?, checker: ReplyChecker.Parts, triage: TriageResult?
  ) {
    self.reply = reply
    self.original = original
    self.checker = checker
    self.triage = triage
    self.text = TokenizedText(reply)
    self.matches = checker.lexicon.matches(in: text)
  }

  var policy: PracticePolicy { checker.policy }

  mutating func run() {
    checkRelationship()
    checkDiagnosis()
    checkDosing()
    checkEchoedPHI()
    checkGuidance()
    checkAdvice()
    checkPhrases(.guarantee, skipNegated: true)
    checkPhrases(.tone, skipNegated: false)
    checkPhrases(.cost, skipNegated: false)
    checkStyle()
    checkLinks()
    checkTags()
    checkRequiredText()
  }

  // MARK: - Adding findings

  mutating func add(
    _ rule: String, _ category: String, _ severity: Severity, first: Int, last: Int,
    _ message: String, _ suggestion: ReplySuggestions.Kind
  ) {
    let start = text.tokens[first].start
    let end = text.tokens[last].end
    add(rule, category, severity, start: start, end: end, message, suggestion)
  }

  mutating func add(
    _ rule: String, _ category: String, _ severity: Severity, start: Int, end: Int,
    _ message: String, _ suggestion: ReplySuggestions.Kind
  ) {
    // Overlapping matches of one rule become one finding covering both.
    if let same = findings.firstIndex(where: {
      $0.rule == rule && $0.start < max(end, start + 1) && start < max($0.end, $0.start + 1)
    }) {
      let merged = (min(findings[same].start, start), max(findings[same].end, end))
      findings[same].start = merged.0
      findings[same].end = merged.1
      findings[same].text = text.original(merged.0, merged.1)
      return
    }
    findings.append(
      Finding(
        detector: "reply", category: category, severity: severity, start: start, end: end,
        text: text.original(start, end), rule: rule, explanation: message,
        suggestion: checker.suggestions[suggestion]))
  }

  mutating func add(_ rule: ReplyRule, first: Int, last: Int) {
    add(
      rule.id, rule.family, rule.severity, first: first, last: last, rule.message,
      rule.suggestion)
  }

  func family(_ family: ReplyLexicon.Family) -> [PhraseIndex<Int>.Match] {
    matches[family.rawValue]
  }

  /// The rule of a family, when the reply has a match of it: the rule is copied only then,
  /// which is rarely.
  func matchedRule(_ family: ReplyLexicon.Family) -> (ReplyRule, [PhraseIndex<Int>.Match])? {
    let found = matches[family.rawValue]
    return found.isEmpty ? nil : (checker.lexicon.rules[family.rawValue], found)
  }

  // MARK: - Phrase families

  /// Words before an appointment phrase that make it an offer, not a confirmation
  /// ("to book your appointment").
  static let bookingVerbs = ContextCues.set(
    "book schedule make request booking scheduling reschedule confirm cancel")

  mutating func checkRelationship() {
    guard let (rule, found) = matchedRule(.relationship) else { return }
    for match in found {
      let before = match.first > 0 ? text.tokens[match.first - 1].hash : 0
      let twoBefore = match.first > 1 ? text.tokens[match.first - 2].hash : 0
      if Self.bookingVerbs.contains(before) || Self.bookingVerbs.contains(twoBefore) { continue }
      add(rule, first: match.first, last: match.last)
    }
  }

  /// Words before "you have" that make it a question or a condition, not a diagnosis.
  static let notAssertions = ContextCues.set(
    "do does did if when whether unless anyone everyone somebody someone everybody")

  mutating func checkDiagnosis() {
    guard let (rule, found) = matchedRule(.diagnosis) else { return }
    let health = healthTerms()
    for match in found {
      let before = match.first > 0 ? text.tokens[match.first - 1].hash : 0
      if Self.notAssertions.contains(before) { continue }
      let context = PhraseContext.of(match.first, match.last, in: text)
      if context.modifier == .hypothetical || context.modifier == .negated { continue }
      guard let term = health.first(where: { $0.first > match.last && $0.first - match.last <= 5 })
      else { continue }
      add(rule, first: match.first, last: term.last)
    }
  }

  /// Conditions and symptoms named in the reply (token ranges).
  func healthTerms() -> [(first: Int, last: Int)] {
    checker.classifier.lexicon.diagnosisTerms.matches(in: text).map { ($0.first, $0.last) }
  }

  mutating func checkDosing() {
    checkPhrases(.dosing, skipNegated: true)
  }

  /// "cannot" and "can't" negate an instruction or a promise in a reply (they are left out
  /// of the general negators because "can't breathe" is a symptom).
  static let replyNegators = ContextCues.set("cannot cant no not never dont wont")

  mutating func checkPhrases(_ family: ReplyLexicon.Family, skipNegated: Bool) {
    guard let (rule, found) = matchedRule(family) else { return }
    for match in found {
      if skipNegated {
        let context = PhraseContext.of(match.first, match.last, in: text)
        if context.modifier == .negated { continue }
        let before = max(0, match.first - 2)..<match.first
        if before.contains(where: { Self.replyNegators.contains(text.tokens[$0].hash) }) {
          continue
        }
      }
      add(rule, first: match.first, last: match.last)
    }
  }

  /// Advice cues count only when nothing in the reply sends the person to a private channel.
  mutating func checkAdvice() {
    guard let (rule, found) = matchedRule(.advice), let first = found.first else { return }
    if !family(.redirect).isEmpty || mentionsPracticeContact() { return }
    add(rule, first: first.first, last: first.last)
  }

  func mentionsPracticeContact() -> Bool {
    let digits = policy.phone.filter(\.isNumber)
    if digits.count >= 7, reply.filter(\.isNumber).contains(digits) { return true }
    if let portal = LinkHost.of(policy.portal), reply.lowercased().contains(portal) { return true }
    return false
  }
}
