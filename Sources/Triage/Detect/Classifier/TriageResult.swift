/// One piece of evidence behind a triage decision: the rule, the exact span, and how the
/// phrase was used there.
public struct TriageReason: Sendable, Hashable, Codable {
  /// Stable rule id, e.g. `emergency.stroke`, `crisis.suicidal`, `context.negated`,
  /// `model.spam`, `source.review`.
  public var rule: String
  public var signal: TriageSignal?
  /// Unicode-scalar offsets, end exclusive.
  public var start: Int
  public var end: Int
  public var text: String
  /// How the phrase was used when that changed its weight: `negated`, `resolved`, `past`,
  /// `hypothetical`, `general`, `quoted`, `joke`.
  public var context: String?
  public var explanation: String
  /// A signal a person must see although it did not decide the category (for example a
  /// negated suicidal phrase).
  public var isFlag: Bool

  public init(
    rule: String, signal: TriageSignal?, start: Int, end: Int, text: String,
    context: String? = nil, explanation: String, isFlag: Bool = false
  ) {
    self.rule = rule
    self.signal = signal
    self.start = start
    self.end = end
    self.text = text
    self.context = context
    self.explanation = explanation
    self.isFlag = isFlag
  }
}

/// What the classifier decided about one message.
public struct TriageResult: Sendable, Hashable {
  public var category: Category
  /// 0 (none) to 3 (act now).
  public var urgency: Int
  /// Evidence for the category first, then flags, each in text order.
  public var reasons: [TriageReason]
  /// The learned model's probabilities, for display and evaluation.
  public var spamProbability: Double
  /// The spam probability without the bare fact of a link (what the words and the link's own
  /// words say); see `TriageThresholds.spamWordsWithLink`.
  public var spamContentProbability: Double
  public var medicalProbability: Double
  public var crisisProbability: Double
  /// Affirmed crisis or emergency evidence, whatever the category (a review that describes an
  /// emergency stays a review but a reply to it still needs 911).
  public var hasCrisisSignal: Bool
  public var hasEmergencySignal: Bool

  public var flagCount: Int { reasons.filter(\.isFlag).count }

  /// The reasons as findings (detector `triage`), for `MessageAnalysis.findings`.
  public var findings: [Finding] {
    reasons.map { reason in
      Finding(
        detector: "triage", category: reason.signal?.rawValue ?? category.rawValue,
        severity: reason.isFlag ? .warn : .info, start: reason.start, end: reason.end,
        text: reason.text, rule: reason.rule,
        explanation: reason.context.map { "\(reason.explanation) (\($0))" } ?? reason.explanation)
    }
  }
}
