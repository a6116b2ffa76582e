import Inbox
import Triage

/// Choices the command line makes for the terminal inbox.
enum Wiring {
  /// What the reader highlights in a message: the PHI detector's findings (the practice's own
  /// details as PRACTICE) and the triage classifier's reasons, as `import` computed them.
  /// The detectors are built in the background from now, so the first frame does not wait
  /// for their tables.
  static func readerFindings(_ policy: PracticePolicy) -> FindingSource {
    let analyzer = BackgroundBuilt { MessageAnalyzer(policy: policy) }
    analyzer.warmUp()
    return { message in analyzer.value.analyze(message).findings }
  }
}
