import Foundation
import Triage

/// The inbox's data from an `InboxStore`, for one member of staff.
public struct StoreDataSource: InboxDataSource {
  public let store: InboxStore
  public let user: String
  /// Recomputes findings when a message is opened; nil when no detector is installed.
  public let analyzer: (any MessageAnalyzing)?

  public init(store: InboxStore, user: String, analyzer: (any MessageAnalyzing)?) {
    self.store = store
    self.user = user
    self.analyzer = analyzer
  }

  public func page(_ query: MessageQuery) throws -> MessagePage { try store.page(query) }

  public func count(_ filter: ViewFilter) throws -> Int { try store.count(filter.query()) }

  public func platforms() throws -> [Platform] { try store.platforms() }

  public func reader(messageID: Int64) throws -> ReaderData? {
    guard let message = try store.message(id: messageID) else { return nil }
    let context = try store.context(of: message)
    return ReaderData(
      message: message, context: context, findings: analyzer?.analyze(message).findings)
  }

  public func dashboard(days: Int, now: Date) throws -> DashboardData {
    DashboardData(
      stats: try store.stats(), daily: try store.dailyCounts(days: days, endingAt: now))
  }

  public func savedViews() throws -> [SavedView] { try store.savedViews(for: user) }

  public func save(_ view: SavedView) throws { try store.saveView(view, for: user) }

  public func deleteView(named name: String) throws {
    try store.deleteView(named: name, for: user)
  }
}
