/// What the detectors concluded about one message: its triage and how many things a person
/// should look at. Findings themselves are cheap to recompute and are not stored; the summary
/// is, so lists can sort and count without rescanning.
public struct MessageAnalysis: Sendable, Hashable {
  public var category: Category
  /// 0 (none) to 3 (act now).
  public var urgency: Int
  /// PHI findings in the message.
  public var phiCount: Int
  /// Signals a human must see even though they did not decide the category (for example a
  /// negated crisis phrase).
  public var flagCount: Int
  /// Every finding, PHI and triage reasons, for callers that show them.
  public var findings: [Finding]

  public init(category: Category, urgency: Int, phiCount: Int, flagCount: Int, findings: [Finding])
  {
    self.category = category
    self.urgency = urgency
    self.phiCount = phiCount
    self.flagCount = flagCount
    self.findings = findings
  }
}

/// Anything that can analyse a message as it is imported (the PHI detector plus the triage
/// classifier in practice; something simpler in tests).
public protocol MessageAnalyzing: Sendable {
  func analyze(_ message: Message) -> MessageAnalysis
}

/// Anything that can check a reply for risk before it is posted. `original` is the message
/// being answered, when there is one, so echoed PHI and missing 911/988 guidance are caught.
public protocol ReplyChecking: Sendable {
  func risks(in reply: String, answering original: Message?) -> [Finding]
}
