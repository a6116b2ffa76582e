import Foundation

/// A message with everything the workflow knows about it: tags, who triaged it, the draft
/// with all its revisions, the review decisions, and when it was answered. Every action
/// returns the item as it stands afterwards, with the new `message.version`.
public struct WorkItem: Sendable, Hashable {
  public var message: Message
  /// Sorted.
  public var tags: [String]
  /// The OS user who set the category or priority; nil when the classifier did.
  public var triagedBy: String?
  /// The reply, with every revision loaded.
  public var draft: Draft?
  /// Review decisions on the draft, oldest first.
  public var reviews: [Review]
  public var firstApprovedAt: Date?
  public var postedAt: Date?
  public var postedBy: String?
  public var postedURL: String?

  public init(
    message: Message, tags: [String] = [], triagedBy: String? = nil, draft: Draft? = nil,
    reviews: [Review] = [], firstApprovedAt: Date? = nil, postedAt: Date? = nil,
    postedBy: String? = nil, postedURL: String? = nil
  ) {
    self.message = message
    self.tags = tags
    self.triagedBy = triagedBy
    self.draft = draft
    self.reviews = reviews
    self.firstApprovedAt = firstApprovedAt
    self.postedAt = postedAt
    self.postedBy = postedBy
    self.postedURL = postedURL
  }

  public var id: Int64 { message.id ?? 0 }
  public var status: Status { message.status }
  public var version: Int64 { message.version }

  /// The latest decision, if any.
  public var lastReview: Review? { reviews.last }

  /// Time from the message being published to its first approved reply; while it waits, the
  /// time it has waited so far. Never negative (clocks on platforms disagree).
  public func firstResponseAge(now: Date) -> TimeInterval {
    let end = firstApprovedAt ?? now
    return max(0, end.timeIntervalSince(message.createdAt))
  }

  /// Whether the first-response clock has stopped.
  public var hasApprovedReply: Bool { firstApprovedAt != nil }
}
