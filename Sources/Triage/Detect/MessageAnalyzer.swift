/// What the importer runs on every message (`MessageAnalyzing`): the PHI detector and the
/// triage classifier for questions from the public; for the practice's own published posts
/// (kind `own`) the PHI detector and the reply checker, so past replies can be audited.
///
/// ```swift
/// let analyzer = MessageAnalyzer(policy: try PolicyLoader.load(path))
/// let analysis = analyzer.analyze(message)   // category, urgency, phiCount, flagCount
/// ```
public struct MessageAnalyzer: MessageAnalyzing {
  public let detector: PHIDetector
  public let classifier: TriageClassifier
  public let checker: ReplyChecker

  public init(policy: PracticePolicy = PracticePolicy()) {
    let classifier = TriageClassifier(policy: policy)
    self.classifier = classifier
    self.checker = ReplyChecker(policy: policy, classifier: classifier)
    self.detector = checker.detector
  }

  public func analyze(_ message: Message) -> MessageAnalysis {
    let phi = detector.findings(in: message.text)
    let phiCount = phi.count { $0.isPHI }
    if message.kind == .own {
      // The practice's own reply: what a reviewer would have flagged before it was posted.
      let risks = checker.risks(in: message.text, answering: nil)
      return MessageAnalysis(
        category: .other, urgency: 0, phiCount: phiCount,
        flagCount: risks.count { $0.severity >= .warn }, findings: phi + risks)
    }
    let triage = classifier.classify(message)
    return MessageAnalysis(
      category: triage.category, urgency: triage.urgency, phiCount: phiCount,
      flagCount: triage.flagCount, findings: phi + triage.findings)
  }
}
