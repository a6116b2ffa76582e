import Foundation
import Triage

/// Everything the reader shows about one message.
public struct ReaderData: Sendable, Hashable {
  public var message: Message
  public var context: MessageContext
  /// What the detectors found, recomputed when the message is opened; nil when no detector
  /// is installed in this build (only the stored counts are known then).
  public var findings: [Finding]?
  /// Tags, assignment, the draft and its reviews; nil when the workflow is not available.
  public var item: WorkItem?

  public init(
    message: Message, context: MessageContext = MessageContext(), findings: [Finding]?,
    item: WorkItem? = nil
  ) {
    self.message = message
    self.context = context
    self.findings = findings
    self.item = item
  }
}

/// The dashboard's figures: the same queries as `rounds stats`, plus messages per day.
public struct DashboardData: Sendable, Equatable {
  public var stats: InboxStats
  public var daily: [DailyCount]
  /// Time to the first approved reply, as `rounds stats` reports it.
  public var responseTimes: ResponseTimes?
  /// How many messages got their first approved reply within each span of time.
  public var responseDistribution: [ResponseTimeBucket]

  public init(
    stats: InboxStats, daily: [DailyCount], responseTimes: ResponseTimes? = nil,
    responseDistribution: [ResponseTimeBucket] = []
  ) {
    self.stats = stats
    self.daily = daily
    self.responseTimes = responseTimes
    self.responseDistribution = responseDistribution
  }
}

/// A bounded stretch of a list around one row, as found by a search or a reload.
public struct WindowAround: Sendable, Hashable {
  public var rows: [Message]
  public var selected: Int
  public var atStart: Bool
  public var atEnd: Bool

  public init(rows: [Message], selected: Int, atStart: Bool, atEnd: Bool) {
    self.rows = rows
    self.selected = selected
    self.atStart = atStart
    self.atEnd = atEnd
  }
}

/// Where the inbox's data comes from. The renderer never calls this: the runtime does, between
/// frames, and feeds the results back as actions.
public protocol InboxDataSource: Sendable {
  func page(_ query: MessageQuery) throws -> MessagePage
  func count(_ filter: ViewFilter) throws -> Int
  /// The platforms present in the inbox.
  func platforms() throws -> [Platform]
  func reader(messageID: Int64) throws -> ReaderData?
  func dashboard(days: Int, now: Date) throws -> DashboardData
  func savedViews() throws -> [SavedView]
  func save(_ view: SavedView) throws
  func deleteView(named name: String) throws
}

extension InboxDataSource {
  /// The rows around `cursor` (the row itself included when it still matches): up to
  /// `before` rows above it and `after` rows from it down.
  public func window(
    around cursor: MessageCursor, filter: ViewFilter, before: Int, after: Int
  ) throws -> WindowAround {
    let above = try page(filter.query(cursor: cursor, direction: .backward, limit: before))
    // The same key with the next id is just past the row, so a forward page includes it.
    var inclusive = cursor
    inclusive.id += 1
    let below = try page(filter.query(cursor: inclusive, direction: .forward, limit: after))
    return WindowAround(
      rows: above.messages + below.messages, selected: above.messages.count,
      atStart: above.previous == nil, atEnd: below.next == nil)
  }

  /// The next (or previous) message matching `search` after `cursor` in the filter's order,
  /// wrapping around the list once; nil when nothing matches. `wrapped` tells whether it
  /// came from the other end.
  public func findMatch(
    _ search: String, filter: ViewFilter, from cursor: MessageCursor?,
    direction: MessageQuery.Direction
  ) throws -> (match: Message, wrapped: Bool)? {
    var searching = filter
    searching.search = search
    let found = try page(searching.query(cursor: cursor, direction: direction, limit: 1))
    if let match = found.messages.first { return (match, false) }
    guard cursor != nil else { return nil }
    let again = try page(searching.query(cursor: nil, direction: direction, limit: 1))
    return again.messages.first.map { ($0, true) }
  }
}
