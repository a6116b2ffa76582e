import Foundation

/// One message in the inbox: a public question or comment, or one of the practice's own posts.
public struct Message: Sendable, Hashable, Identifiable {
  /// The database id; nil until stored.
  public var id: Int64?
  public var platform: Platform
  public var kind: MessageKind
  /// The platform's id for the message; unique per platform.
  public var externalID: String
  /// The platform's id of the conversation or post the message belongs to.
  public var threadID: String?
  /// The platform's id of the message this one answers.
  public var parentID: String?
  public var authorHandle: String?
  public var authorName: String?
  /// Plain text (HTML already turned into text by the importer).
  public var text: String
  /// When it was published, in UTC.
  public var createdAt: Date
  public var permalink: String?
  public var visibility: Visibility
  /// The platform's own moderation state, e.g. `approved`, `pending`, `spam`, `trash`, `deleted`.
  public var sourceStatus: String?
  public var status: Status
  /// Triage category; nil until classified.
  public var category: Category?
  /// 0 (none) to 3 (act now).
  public var urgency: Int
  /// PHI findings in the text, as counted by the detector at import.
  public var phiCount: Int
  /// Signals a person must see (see `MessageAnalysis.flagCount`).
  public var flagCount: Int
  /// The source record exactly as read from the export file; loaded on demand.
  public var raw: String?
  /// Bumped by every workflow change; pass it back to an action to be told when someone else
  /// changed the message first.
  public var version: Int64
  /// The OS user of the clinician or supervisor it is assigned to.
  public var assignee: String?

  public init(
    id: Int64? = nil, platform: Platform, kind: MessageKind = .inbound, externalID: String,
    threadID: String? = nil, parentID: String? = nil, authorHandle: String? = nil,
    authorName: String? = nil, text: String, createdAt: Date, permalink: String? = nil,
    visibility: Visibility = .public, sourceStatus: String? = nil, status: Status = .new,
    category: Category? = nil, urgency: Int = 0, phiCount: Int = 0, flagCount: Int = 0,
    raw: String? = nil, version: Int64 = 1, assignee: String? = nil
  ) {
    self.id = id
    self.platform = platform
    self.kind = kind
    self.externalID = externalID
    self.threadID = threadID
    self.parentID = parentID
    self.authorHandle = authorHandle
    self.authorName = authorName
    self.text = text
    self.createdAt = createdAt
    self.permalink = permalink
    self.visibility = visibility
    self.sourceStatus = sourceStatus
    self.status = status
    self.category = category
    self.urgency = urgency
    self.phiCount = phiCount
    self.flagCount = flagCount
    self.raw = raw
    self.version = version
    self.assignee = assignee
  }

  /// The author as a person would name them: display name, else handle, else "unknown".
  public var authorLabel: String {
    if let name = authorName, !name.isEmpty { return name }
    if let handle = authorHandle, !handle.isEmpty { return handle }
    return "unknown"
  }
}
