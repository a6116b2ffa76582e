import Inbox
import Triage

/// The one place the command line chooses its reply checker and review policy.
enum Wiring {
  /// The reply checker that submissions, review decisions and `audit-replies` use. This build
  /// has none yet (it arrives with the detectors): approving a reply, a threshold policy and
  /// `audit-replies` fail with a clear error until it is wired in here.
  static func replyChecker(for inbox: InboxStore) throws -> (any ReplyChecking)? {
    nil
  }

  /// Which drafts need a supervisor's review. The default, until the practice's policy file
  /// is wired in here, is the safest: every draft.
  static func reviewPolicy(for inbox: InboxStore) throws -> ReviewPolicy {
    .default
  }
}

extension Wiring {
  /// What the terminal inbox's reader highlights in a message: the PHI detector's findings.
  /// The triage classifier's reasons join them once it is wired in here. The practice's own
  /// details come from the policy file once it is wired in; until then they may show as PHI.
  static func readerFindings(for inbox: InboxStore) throws -> FindingSource? {
    let detector = PHIDetector(profile: PracticeProfile())
    return { message in detector.findings(in: message.text) }
  }
}

extension StoreOptions {
  /// Opens the inbox as the OS user at the keyboard, refusing anyone not on the staff list.
  func openWorkflow() throws -> Workflow {
    let inbox = try open()
    return try Workflow.forCurrentUser(
      store: inbox, checker: try Wiring.replyChecker(for: inbox),
      policy: try Wiring.reviewPolicy(for: inbox))
  }
}
