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

extension StoreOptions {
  /// Opens the inbox as the OS user at the keyboard, refusing anyone not on the staff list.
  func openWorkflow() throws -> Workflow {
    let inbox = try open()
    return try Workflow.forCurrentUser(
      store: inbox, checker: try Wiring.replyChecker(for: inbox),
      policy: try Wiring.reviewPolicy(for: inbox))
  }
}
