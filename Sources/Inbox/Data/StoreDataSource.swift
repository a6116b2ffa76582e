import Foundation
import Triage

/// What the detectors find in a message, recomputed when it is opened (findings are not
/// stored).
public typealias FindingSource = @Sendable (Message) -> [Finding]

/// The inbox's data from an `InboxStore`, for one member of staff.
public struct StoreDataSource: InboxDataSource {
  public let store: InboxStore
  public let user: String
  /// nil when no detector is installed: the reader then shows the stored counts only.
  public let findings: FindingSource?

  public init(store: InboxStore, user: String, findings: FindingSource?) {
    self.store = store
    self.user = user
    self.findings = findings
  }

  public func page(_ query: MessageQuery) throws -> MessagePage { try store.page(query) }

  public func count(_ filter: ViewFilter) throws -> Int { try store.count(filter.query()) }

  public func platforms() throws -> [Platform] { try store.platforms() }

  public func reader(messageID: Int64) throws -> ReaderData? {
    guard let message = try store.message(id: messageID) else { return nil }
    let context = try store.context(of: message)
    return ReaderData(
      message: message, context: context, findings: findings?(message),
      item: try store.workItem(id: messageID))
  }

  public func dashboard(days: Int, now: Date) throws -> DashboardData {
    DashboardData(
      stats: try store.stats(), daily: try store.dailyCounts(days: days, endingAt: now),
      responseTimes: try store.responseTimes(),
      responseDistribution: try store.responseTimeDistribution())
  }

  public func savedViews() throws -> [SavedView] { try store.savedViews(for: user) }

  public func save(_ view: SavedView) throws { try store.saveView(view, for: user) }

  public func deleteView(named name: String) throws {
    try store.deleteView(named: name, for: user)
  }
}
