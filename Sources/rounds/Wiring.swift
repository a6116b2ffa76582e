import Inbox
import Triage

/// Choices the command line makes for the terminal inbox.
enum Wiring {
  /// What the reader highlights in a message: the PHI detector's findings (the practice's own
  /// details as PRACTICE) and the triage classifier's reasons, as `import` computed them.
  static func readerFindings(_ policy: PracticePolicy) -> FindingSource {
    let analyzer = MessageAnalyzer(policy: policy)
    return { message in analyzer.analyze(message).findings }
  }
}
