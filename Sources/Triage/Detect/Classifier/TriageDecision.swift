/// Turns the evidence and the model's probabilities into a category, an urgency and the
/// reasons, in order of precedence: crisis, emergency, spam, review, admin, medical, other.
struct TriageDecision {
  let evidence: TriageEvidence
  let probabilities: TriageProbabilities
  let thresholds: TriageThresholds

  private(set) var category: Category = .other
  private(set) var urgency = 0
  private var decisive: [TriageReason] = []
  private var flags: [TriageReason] = []
  private var crisisSignal = false
  private var emergencySignal = false

  init(evidence: TriageEvidence, probabilities: TriageProbabilities, thresholds: TriageThresholds) {
    self.evidence = evidence
    self.probabilities = probabilities
    self.thresholds = thresholds
  }

  mutating func decide(isReviewSource: Bool) {
    collectFlags()
    let crisis = crisisReasons()
    let emergency = emergencyReasons()
    crisisSignal = !crisis.isEmpty
    emergencySignal = !emergency.isEmpty
    if isReviewSource {
      // A review stays a review, but what it says about a crisis or an emergency is flagged.
      settle(.review, urgency: 1, [sourceReason()] + evidence.of(.complaint).map(reason))
      flags += (crisis + emergency).map { flagged($0) }
      if !crisis.isEmpty || !emergency.isEmpty { urgency = 3 }
      // A "review" that sells reviews, followers or pills: still a review, but flagged so a
      // person sees it before answering (it does not make the review more urgent).
      if let spam = spamReasons() {
        flags += spam.filter { !$0.rule.hasPrefix("model.") }.map { flagged($0) }
      }
    } else if crisis.contains(where: { $0.signal == .crisis && !$0.rule.hasPrefix("model.") }) {
      settle(.crisis, urgency: 3, crisis)
    } else if !emergency.isEmpty, selfInflicted(emergency) {
      // An overdose or poisoning with signs of despair is a crisis (988 and 911).
      settle(.crisis, urgency: 3, emergency + distressItems().map(reason))
    } else if !emergency.isEmpty {
      // A medical emergency outranks a crisis inferred from softer signs and the model.
      settle(.emergency, urgency: 3, emergency)
    } else if !crisis.isEmpty {
      settle(.crisis, urgency: 3, crisis)
    } else if let spam = spamReasons() {
      settle(.spam, urgency: 0, spam)
    } else if let review = reviewReasons() {
      settle(.review, urgency: evidence.score(.complaint) > 0 ? 1 : 0, review)
    } else if let admin = adminReasons() {
      settle(.admin, urgency: 1, admin)
    } else if let medical = medicalReasons() {
      let individual = evidence.score(.advice) > 0
      settle(individual ? .adviceRequest : .healthQuestion, urgency: individual ? 2 : 1, medical)
    } else {
      settle(.other, urgency: 0, [])
    }
    if flags.contains(where: { $0.signal == .crisis || $0.signal == .emergency }) {
      urgency = max(urgency, 2)
    }
  }

  func result() -> TriageResult {
    var seen = Set<ReasonKey>()
    let reasons = (decisive + flags).filter { reason in
      seen.insert(
        ReasonKey(rule: reason.rule, start: reason.start, end: reason.end, isFlag: reason.isFlag)
      ).inserted
    }
    return TriageResult(
      category: category, urgency: urgency, reasons: reasons,
      spamProbability: probabilities.spam.probability,
      spamContentProbability: probabilities.spam.contentProbability,
      medicalProbability: probabilities.medical.probability,
      crisisProbability: probabilities.crisis.probability, hasCrisisSignal: crisisSignal,
      hasEmergencySignal: emergencySignal)
  }

  /// What makes two reasons the same reason (listed once).
  private struct ReasonKey: Hashable {
    var rule: String
    var start: Int
    var end: Int
    var isFlag: Bool
  }

  private mutating func settle(_ category: Category, urgency: Int, _ reasons: [TriageReason]) {
    self.category = category
    self.urgency = urgency
    decisive = reasons
  }

  // MARK: - Crisis and emergency

  /// Affirmed crisis phrases; else enough distress, with the model's agreement unless there
  /// is a lot of it.
  private func crisisReasons() -> [TriageReason] {
    let affirmed = evidence.of(.crisis).filter(isCrisisAffirmed)
    if !affirmed.isEmpty { return affirmed.map(reason) }
    let distress = distressItems()
    let score = evidence.score(of: distress)
    let probability = probabilities.crisis.probability
    // A crisis phrase that was denied, joked about or is in the past stays a flag: the model
    // alone does not overrule how it was said.
    let flagged = evidence.of(.crisis).contains { !isCrisisAffirmed($0) }
    // The model alone, or with a weak sign ("pills", "empty"), speaks only for a writer
    // talking about themselves (at some length for the model alone: on a one-line remark its
    // word weights say little), and not in a question it finds clearly medical ("how many
    // pills are in a bottle of ibuprofen?").
    let personal =
      evidence.firstPersonCount >= 1
      && probabilities.medical.probability < thresholds.medicalOverCrisis
    let aboutThemselves = personal && evidence.wordCount >= 20 && evidence.firstPersonCount >= 2
    // Sympathy, grief for someone else or affection with no distress from the writer ("I
    // lost my wife too... hang in there"): the model's first-person weights alone say little.
    let consoling = score == 0 && evidence.score(.sympathy) > 0
    // Laughter or a smiley with no distress phrase ("I've played it actually :-)"): the
    // writer is light-hearted, whatever first-person words the model weighs.
    let light = score == 0 && evidence.hasLightTone
    // A story mostly about someone else ("she made me grilled cheese... I told her") is
    // about the writer's own state only with a sign of distress.
    let aboutOthers = score == 0 && evidence.otherPersonCount >= evidence.firstPersonCount
    // Three points of distress from a writer about themselves ("I'm at the end of my rope
    // and so alone") decide without the model, whose word weights miss short or plain posts.
    if score >= 4 || (score >= 3 && personal)
      || (!flagged && !consoling && !light && !aboutOthers && aboutThemselves
        && probability >= thresholds.crisisAlone)
      || (score >= 2 && probability >= thresholds.crisisWithDistress)
      || (score >= 1 && personal && probability >= thresholds.crisisWithMood)
    {
      let model =
        probability >= thresholds.crisisWithMood
        ? modelReasons("model.crisis", probabilities.crisis, .crisis) : []
      return distress.map(reason) + model
    }
    return []
  }

  /// Suicidal talk counts even as a supposition ("what if I just killed myself"); denied,
  /// past, quoted, joked or general talk becomes a flag.
  private func isCrisisAffirmed(_ item: TriageEvidence.Item) -> Bool {
    guard item.context.subject != .general else { return false }
    return item.context.modifier == nil || item.context.modifier == .hypothetical
  }

  /// Distress said by the writer, now (not denied, past, supposed, quoted or joked).
  private func distressItems() -> [TriageEvidence.Item] {
    evidence.of(.distress).filter(\.isAffirmed)
  }

  private func selfInflicted(_ emergency: [TriageReason]) -> Bool {
    emergency.allSatisfy {
      $0.rule.hasPrefix("emergency.overdose") || $0.rule.hasPrefix("context.")
    }
      && evidence.score(of: distressItems()) >= 2
  }

  private func emergencyReasons() -> [TriageReason] {
    var reasons: [TriageReason] = []
    for item in evidence.of(.emergency) where item.isAffirmed {
      if item.rule.weight >= 2 {
        reasons.append(reason(item))
      } else if let cue = evidence.acuteCue, evidence.hasPersonalAnchor {
        reasons.append(reason(item))
        reasons.append(cueReason(cue, "context.acute", "said to be happening now or severe"))
      }
    }
    // A danger sign near a pregnancy (within 25 words).
    let pregnancies = evidence.of(.pregnancy).filter { $0.context.modifier != .negated }
    for danger in evidence.of(.pregnancyDanger) where danger.isAffirmed {
      if let pregnancy = pregnancies.first(where: { abs($0.first - danger.first) <= 25 }) {
        reasons += [reason(pregnancy), reason(danger)]
        break
      }
    }
    return reasons
  }

  /// Crisis phrases that were negated, past, supposed, quoted or joked about, and emergency
  /// phrases that were denied or are over: never silent, always a flag.
  private mutating func collectFlags() {
    for item in evidence.items where !item.isAffirmed {
      let modifier = item.context.modifier
      switch item.rule.signal {
      case .crisis:
        guard !isCrisisAffirmed(item) else { continue }
        flags.append(flagged(reason(item)))
      case .emergency where item.rule.weight >= 2:
        guard modifier == .negated || modifier == .resolved || modifier == .past else { continue }
        flags.append(flagged(reason(item)))
      default:
        continue
      }
      if let modifier, item.context.cueLast >= item.context.cueFirst {
        flags.append(contextReason(item.context, modifier))
      }
    }
  }

  /// The words that showed how a flagged phrase was used ("went away", "don't", "lol").
  private func contextReason(_ context: PhraseContext, _ modifier: PhraseContext.Modifier)
    -> TriageReason
  {
    let first = evidence.text.tokens[context.cueFirst]
    let last = evidence.text.tokens[context.cueLast]
    return TriageReason(
      rule: "context.\(modifier.rawValue)", signal: nil, start: first.start, end: last.end,
      text: evidence.text.original(first.start, last.end), context: modifier.rawValue,
      explanation: "this is why the phrase before or after it did not decide the category")
  }

  private func flagged(_ reason: TriageReason) -> TriageReason {
    var flag = reason
    flag.isFlag = true
    return flag
  }

  // MARK: - The rest

  private func spamReasons() -> [TriageReason]? {
    let score = evidence.score(.spam)
    let probability = probabilities.spam.probability
    let items = evidence.of(.spam)
    // A link is link bait only next to words that sell: a bare link, "I posted a photo
    // <link>" or a headline with its link is ordinary text.
    let links = items.filter { $0.rule.id == Self.linkRule }
    if !links.isEmpty, evidence.score(of: items.filter { $0.rule.id != Self.linkRule }) == 0,
      probabilities.spam.contentProbability < thresholds.spamWordsWithLink
    {
      return nil
    }
    if probability >= thresholds.spamAlone
      || (score >= 2 && probability >= thresholds.spamWithRules)
      || (score >= 1 && probability >= thresholds.spamWithLink) || score >= 4
    {
      return items.map(reason) + modelReasons("model.spam", probabilities.spam, .spam)
    }
    return nil
  }

  private static let linkRule = "spam.link"

  private func reviewReasons() -> [TriageReason]? {
    let score = evidence.score(.praise) + evidence.score(.complaint)
    guard score >= 2, evidence.score(.advice) == 0 else { return nil }
    return (evidence.of(.praise) + evidence.of(.complaint)).map(reason)
  }

  private func adminReasons() -> [TriageReason]? {
    let score = evidence.score(.admin)
    guard score >= 2 else { return nil }
    // "Should I double my dose before my appointment?" asks for advice, not a booking; a
    // clearly medical question that mentions insurance is still a medical question.
    if evidence.score(.advice) > 0, evidence.score(.health) >= 4 { return nil }
    if score < 4, probabilities.medical.probability >= thresholds.medicalOverAdmin,
      evidence.score(.health) >= 3
    {
      return nil
    }
    return evidence.of(.admin).map(reason)
  }

  private func medicalReasons() -> [TriageReason]? {
    let terms = evidence.score(.health)
    let probability = probabilities.medical.probability
    let asks =
      evidence.score(.advice) > 0 || evidence.score(.question) > 0
      || evidence.hasQuestionMark
    let medical =
      probability >= thresholds.medicalAlone
      || (terms >= 1 && probability >= thresholds.medicalWithTerms)
      || (asks && probability >= thresholds.medicalAsking)
      || (terms >= 4 && asks)
    guard medical else { return nil }
    let health = evidence.of(.health).map(reason)
    let requests = (evidence.of(.advice) + evidence.of(.question)).map(reason)
    let model =
      probability >= thresholds.medicalWithTerms
      ? modelReasons("model.medical", probabilities.medical, .health) : []
    return requests.prefix(3) + health.prefix(6) + model
  }

  // MARK: - Reasons

  private func reason(_ item: TriageEvidence.Item) -> TriageReason {
    let modifier = item.context.modifier ?? (item.context.subject == .general ? .general : nil)
    return TriageReason(
      rule: item.rule.id, signal: item.rule.signal, start: item.start, end: item.end,
      text: evidence.text.original(item.start, item.end), context: modifier?.rawValue,
      explanation: item.rule.explanation)
  }

  private func cueReason(_ token: Int, _ rule: String, _ explanation: String) -> TriageReason {
    let cue = evidence.text.tokens[token]
    return TriageReason(
      rule: rule, signal: nil, start: cue.start, end: cue.end,
      text: evidence.text.original(cue.start, cue.end), explanation: explanation)
  }

  private func sourceReason() -> TriageReason {
    TriageReason(
      rule: "source.review", signal: .praise, start: 0, end: 0, text: "",
      explanation: "imported from a review site: every message there is a review")
  }

  /// The words that pushed the model's probability up most, as reasons.
  private func modelReasons(
    _ rule: String, _ score: LinearTextModel.Score, _ signal: TriageSignal
  ) -> [TriageReason] {
    let percent = Int((score.probability * 100).rounded())
    return score.evidence.map { feature in
      let first = evidence.text.tokens[Int(feature.first)]
      let last = evidence.text.tokens[Int(feature.last)]
      return TriageReason(
        rule: rule, signal: signal, start: first.start, end: last.end,
        text: evidence.text.original(first.start, last.end),
        explanation: "the learned model (\(percent)% \(signal.rawValue)) weighs this wording")
    }
  }
}
