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
  /// Only messages assigned to someone, or to nobody.
  public var assignee: AssigneeFilter?
  /// Only messages carrying this tag.
  public var tag: String?

  public init(
    statuses: [Status] = [], platform: Platform? = nil, category: Category? = nil,
    minimumUrgency: Int? = nil, search: String? = nil, order: MessageQuery.Order = .newest,
    assignee: AssigneeFilter? = nil, tag: String? = nil
  ) {
    self.statuses = statuses
    self.platform = platform
    self.category = category
    self.minimumUrgency = minimumUrgency
    self.search = search
    self.order = order
    self.assignee = assignee
    self.tag = tag
  }

  /// Statuses in which someone still has something to do.
  public static let openStatuses = Status.allCases.filter { !$0.isFinished }

  /// A page request over inbound messages with these filters.
  public func query(
    cursor: MessageCursor? = nil, direction: MessageQuery.Direction = .forward, limit: Int = 50
  ) -> MessageQuery {
    var query = MessageQuery(
      kind: .inbound, statuses: statuses, platform: platform, category: category,
      minimumUrgency: minimumUrgency, search: search, order: order, cursor: cursor,
      direction: direction, limit: limit, tag: tag)
    switch assignee {
    case .user(let user): query.assignee = user
    case .nobody: query.unassigned = true
    case nil: break
    }
    return query
  }
}

/// Whose messages a view shows.
public enum AssigneeFilter: Sendable, Hashable, Codable {
  /// Assigned to this OS user.
  case user(String)
  /// Assigned to nobody.
  case nobody
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
