/// What a list of messages shows: filters and an order. The inbox's views (built in or saved
/// by a person) and its quick filters are all values of this type.
public struct ViewFilter: Sendable, Hashable, Codable {
  /// Empty: any status.
  public var statuses: [Status]
  public var platform: Platform?
  public var category: Category?
  public var minimumUrgency: Int?
  /// Free text, matched word by word (prefixes) through the full-text index.
  public var search: String?
  public var order: MessageQuery.Order

  public init(
    statuses: [Status] = [], platform: Platform? = nil, category: Category? = nil,
    minimumUrgency: Int? = nil, search: String? = nil, order: MessageQuery.Order = .newest
  ) {
    self.statuses = statuses
    self.platform = platform
    self.category = category
    self.minimumUrgency = minimumUrgency
    self.search = search
    self.order = order
  }

  /// Statuses in which someone still has something to do.
  public static let openStatuses = Status.allCases.filter { !$0.isFinished }

  /// A page request over inbound messages with these filters.
  public func query(
    cursor: MessageCursor? = nil, direction: MessageQuery.Direction = .forward, limit: Int = 50
  ) -> MessageQuery {
    MessageQuery(
      kind: .inbound, statuses: statuses, platform: platform, category: category,
      minimumUrgency: minimumUrgency, search: search, order: order, cursor: cursor,
      direction: direction, limit: limit)
  }
}

extension MessageQuery.Order: Codable {}

/// A view a member of staff saved under a name; views are personal.
public struct SavedView: Sendable, Hashable {
  public var name: String
  public var filter: ViewFilter

  public init(name: String, filter: ViewFilter) {
    self.name = name
    self.filter = filter
  }
}
