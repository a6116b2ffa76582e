import Triage

/// The review queue: drafts waiting for a supervisor, most urgent first, and the one being
/// read with everything needed to decide (`Workflow.ReviewPacket`).
public struct ReviewState: Sendable {
  /// The messages in review; nil while loading.
  public var queue: [Message]?
  public var index = 0
  /// The packet of `queue[index]`; nil while loading.
  public var packet: Workflow.ReviewPacket?
  public var scroll = 0
  /// The message to show first once the queue is loaded.
  public var wanted: Int64?

  public init(wanted: Int64? = nil) {
    self.wanted = wanted
  }

  public var current: Message? {
    guard let queue, queue.indices.contains(index) else { return nil }
    return queue[index]
  }
}

/// A supervisor's decision as the review screen collects it: the note, then (approving a
/// draft with a block risk) the reason for overriding.
public struct DecisionRequest: Hashable, Sendable {
  public var id: Int64
  public var decision: Review.Decision
  public var note: String
  public var overrideReason: String?
  /// The version the reviewer read: a draft changed since is a conflict.
  public var expecting: Int64

  public init(
    id: Int64, decision: Review.Decision, note: String, overrideReason: String? = nil,
    expecting: Int64
  ) {
    self.id = id
    self.decision = decision
    self.note = note
    self.overrideReason = overrideReason
    self.expecting = expecting
  }
}
