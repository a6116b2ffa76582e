import Triage

/// The one place the command line chooses its reply checker and review policy.
enum Wiring {
  /// The practice policy: rounds.toml beside the inbox, else the built-in defaults.
  static func policy(for inbox: InboxStore) throws -> PracticePolicy {
    try PolicyLoader.load(try PolicyLoader.locate(explicit: nil, databasePath: inbox.path))
  }

  /// The reply checker that submissions, review decisions and `audit-replies` use.
  static func replyChecker(for inbox: InboxStore) throws -> (any ReplyChecking)? {
    ReplyChecker(policy: try policy(for: inbox))
  }

  /// Which drafts need a supervisor's review: the policy's `[review] require_for`; without a
  /// policy file, the safest rule (every draft).
  static func reviewPolicy(for inbox: InboxStore) throws -> ReviewPolicy {
    try policy(for: inbox).reviewPolicy
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
