/// How much a finding matters. PHI in an incoming message is usually `info`; a reply that
/// discloses PHI or confirms a patient relationship is `block`.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
  case info
  case warn
  case block

  public static func < (lhs: Severity, rhs: Severity) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// Something a detector noticed in a text, with the exact span and the rule that fired.
public struct Finding: Sendable, Hashable, Codable {
  /// Which detector produced it: `phi`, `triage` or `reply`.
  public var detector: String
  /// A fixed category name, e.g. `NAME`, `PHONE`, `HEALTH` for PHI; a triage category; a risk kind.
  public var category: String
  public var severity: Severity
  /// Unicode-scalar offsets into the text, end exclusive.
  public var start: Int
  public var end: Int
  /// The matched text (the scalars in `start..<end`).
  public var text: String
  /// Stable rule id, e.g. `phi.phone.nanp`.
  public var rule: String
  /// 0...1.
  public var confidence: Double
  /// One line a clinician understands.
  public var explanation: String
  /// A concrete way to fix it, for reply risks.
  public var suggestion: String?

  public init(
    detector: String, category: String, severity: Severity, start: Int, end: Int, text: String,
    rule: String, confidence: Double = 1, explanation: String, suggestion: String? = nil
  ) {
    self.detector = detector
    self.category = category
    self.severity = severity
    self.start = start
    self.end = end
    self.text = text
    self.rule = rule
    self.confidence = confidence
    self.explanation = explanation
    self.suggestion = suggestion
  }

  public var span: Range<Int> { start..<end }
}
