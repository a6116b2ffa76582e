/// Where a message stands in the practice's workflow. The allowed moves between these are
/// enforced by `Triage/Workflow`; this type only names them.
public enum Status: String, Sendable, Codable, CaseIterable, Comparable {
  case new
  case triaged
  case drafting
  case inReview = "in_review"
  case changesRequested = "changes_requested"
  case approved
  case posted
  case closed
  case rejected
  case noReplyNeeded = "no_reply_needed"
  case spam

  /// Statuses in which nothing more is expected of anyone.
  public var isFinished: Bool {
    switch self {
    case .posted, .closed, .noReplyNeeded, .spam: true
    default: false
    }
  }

  public static func < (lhs: Status, rhs: Status) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// What an incoming message is, as decided by the triage classifier (or a person).
public enum Category: String, Sendable, Codable, CaseIterable {
  case emergency
  case crisis
  case adviceRequest = "advice_request"
  case healthQuestion = "health_question"
  case admin
  case review
  case spam
  case other
}
