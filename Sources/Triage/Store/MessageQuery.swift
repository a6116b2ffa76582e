import Foundation

/// A page request over messages: filters, an order, and a keyset cursor. Pages are read by
/// comparing against the last row seen, never with OFFSET, so page 10,000 costs what page 1 does.
public struct MessageQuery: Sendable, Hashable {
  public enum Order: String, Sendable, Hashable, CaseIterable {
    /// Newest first.
    case newest
    /// Most urgent first, newest first within an urgency.
    case urgency
  }

  public enum Direction: Sendable, Hashable {
    /// Rows after the cursor in the query's order (scrolling down).
    case forward
    /// Rows before the cursor (scrolling up); returned in the query's order too.
    case backward
  }

  /// nil: inbound and own messages alike.
  public var kind: MessageKind?
  /// Empty: any status.
  public var statuses: [Status]
  public var platform: Platform?
  public var category: Category?
  public var minimumUrgency: Int?
  /// Only messages assigned to this OS user.
  public var assignee: String?
  /// Only messages carrying this tag.
  public var tag: String?
  /// Only messages assigned to nobody.
  public var unassigned = false
  /// Free text, matched word by word (prefixes) against text and author through FTS5.
  public var search: String?
  public var order: Order
  public var cursor: MessageCursor?
  public var direction: Direction
  public var limit: Int

  public init(
    kind: MessageKind? = .inbound, statuses: [Status] = [], platform: Platform? = nil,
    category: Category? = nil, minimumUrgency: Int? = nil, search: String? = nil,
    order: Order = .newest, cursor: MessageCursor? = nil, direction: Direction = .forward,
    limit: Int = 50, assignee: String? = nil, tag: String? = nil
  ) {
    self.kind = kind
    self.statuses = statuses
    self.platform = platform
    self.category = category
    self.minimumUrgency = minimumUrgency
    self.search = search
    self.order = order
    self.cursor = cursor
    self.direction = direction
    self.limit = limit
    self.assignee = assignee
    self.tag = tag
  }
}

/// The position of a row in a keyset-paged list: the values of the sort key.
public struct MessageCursor: Sendable, Hashable {
  public var urgency: Int
  public var createdAt: Int64
  public var id: Int64

  public init(urgency: Int, createdAt: Int64, id: Int64) {
    self.urgency = urgency
    self.createdAt = createdAt
    self.id = id
  }

  public init(_ message: Message) {
    self.init(
      urgency: message.urgency, createdAt: Timestamps.milliseconds(message.createdAt),
      id: message.id ?? 0)
  }
}

/// One page of messages with the cursors to continue either way.
public struct MessagePage: Sendable {
  public var messages: [Message]
  /// Pass as the cursor with `.forward` for the next page; nil when this is the last.
  public var next: MessageCursor?
  /// Pass as the cursor with `.backward` for the previous page; nil when this is the first.
  public var previous: MessageCursor?

  public init(messages: [Message], next: MessageCursor?, previous: MessageCursor?) {
    self.messages = messages
    self.next = next
    self.previous = previous
  }
}
