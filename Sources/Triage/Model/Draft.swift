import Foundation

/// A reply being written to a message. Every save adds a revision, so a reviewer can see what
/// changed since the last review.
public struct Draft: Sendable, Hashable, Identifiable {
  public var id: Int64?
  public var messageID: Int64
  /// OS user name of the author.
  public var author: String
  public var text: String
  public var createdAt: Date
  public var updatedAt: Date
  /// Every version, oldest first, the last being `text`; loaded on demand.
  public var revisions: [DraftRevision]
  /// The number of the latest revision (the one `text` holds), from 1.
  public var revision: Int
  /// The revision most recently submitted for review, if any.
  public var submittedRevision: Int?

  public init(
    id: Int64? = nil, messageID: Int64, author: String, text: String, createdAt: Date,
    updatedAt: Date, revisions: [DraftRevision] = [], revision: Int = 1,
    submittedRevision: Int? = nil
  ) {
    self.id = id
    self.messageID = messageID
    self.author = author
    self.text = text
    self.createdAt = createdAt
    self.updatedAt = updatedAt
    self.revisions = revisions
    self.revision = revision
    self.submittedRevision = submittedRevision
  }

  /// Everyone who wrote a revision: none of them may approve it (four eyes).
  public var authors: Set<String> {
    Set(revisions.map(\.author)).union([author])
  }
}

/// One saved version of a draft.
public struct DraftRevision: Sendable, Hashable {
  public var number: Int
  public var author: String
  public var text: String
  public var savedAt: Date

  public init(number: Int, author: String, text: String, savedAt: Date) {
    self.number = number
    self.author = author
    self.text = text
    self.savedAt = savedAt
  }
}

/// A supervisor's decision on a submitted draft.
public struct Review: Sendable, Hashable, Identifiable {
  public enum Decision: String, Sendable, Codable, CaseIterable {
    case approve
    case requestChanges = "request_changes"
    case reject
  }

  public var id: Int64?
  public var draftID: Int64
  /// The draft revision that was reviewed.
  public var revision: Int
  public var reviewer: String
  public var decision: Decision
  public var note: String
  /// Required, and recorded, when a draft is approved despite a `block` risk.
  public var overrideReason: String?
  public var decidedAt: Date
  /// The most severe risk the reply checker found in the revision when it was decided; nil
  /// when it found none (or no checker was available for a rejection or request for changes).
  public var highestRisk: Severity?

  public init(
    id: Int64? = nil, draftID: Int64, revision: Int, reviewer: String, decision: Decision,
    note: String, overrideReason: String? = nil, decidedAt: Date, highestRisk: Severity? = nil
  ) {
    self.id = id
    self.draftID = draftID
    self.revision = revision
    self.reviewer = reviewer
    self.decision = decision
    self.note = note
    self.overrideReason = overrideReason
    self.decidedAt = decidedAt
    self.highestRisk = highestRisk
  }
}
