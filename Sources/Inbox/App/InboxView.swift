import Triage

/// A named list in the sidebar: one of the built-in views or one a person saved.
public struct InboxView: Hashable, Sendable {
  public var name: String
  public var filter: ViewFilter
  public var isSaved: Bool

  public init(name: String, filter: ViewFilter, isSaved: Bool = false) {
    self.name = name
    self.filter = filter
    self.isSaved = isSaved
  }

  /// Open work first, then narrower lists, then everything. The first view, where the inbox
  /// opens, is most urgent first: an emergency never waits below newer, calmer messages.
  public static let builtIn: [InboxView] = [
    InboxView(name: "Open", filter: ViewFilter(statuses: ViewFilter.openStatuses, order: .urgency)),
    InboxView(name: "New", filter: ViewFilter(statuses: [.new])),
    InboxView(
      name: "Urgent",
      filter: ViewFilter(statuses: ViewFilter.openStatuses, minimumUrgency: 2, order: .urgency)),
    InboxView(name: "In review", filter: ViewFilter(statuses: [.inReview])),
    InboxView(name: "All", filter: ViewFilter()),
  ]
}
