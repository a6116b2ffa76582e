import Foundation
import Triage

/// Performs the data work an `Effect` asks for and answers with the `Action` that carries
/// the result. Errors become a `.failed` notice naming what failed, never message text.
struct EffectRunner: Sendable {
  let data: any InboxDataSource

  func perform(_ effect: Effect, now: Date) -> Action? {
    do {
      return try run(effect, now: now)
    } catch let error as RoundsError {
      return .failed(error.description)
    } catch {
      return .failed("the inbox database failed: \(type(of: error))")
    }
  }

  private func run(_ effect: Effect, now: Date) throws -> Action? {
    switch effect {
    case .loadPage(let request):
      return .pageLoaded(request, try data.page(request.query))
    case .loadAround(let generation, let filter, let cursor):
      let window = try data.window(
        around: cursor, filter: filter, before: ListWindow.pageSize / 2,
        after: ListWindow.pageSize)
      return .windowLoaded(generation: generation, window, notice: "Reloaded")
    case .find(let generation, let filter, let search, let cursor, let direction):
      guard
        let (match, wrapped) = try data.findMatch(
          search, filter: filter, from: cursor, direction: direction)
      else { return .noMatch(generation: generation, search: search) }
      let window = try data.window(
        around: MessageCursor(match), filter: filter, before: ListWindow.pageSize / 2,
        after: ListWindow.pageSize)
      let notice =
        wrapped
        ? (direction == .forward ? "Search went on from the top" : "Search went on from the bottom")
        : nil
      return .windowLoaded(generation: generation, window, notice: notice)
    case .loadReader(let id):
      return .readerLoaded(id, try data.reader(messageID: id))
    case .count(let filters):
      var counts: [ViewFilter: Int] = [:]
      for filter in Set(filters) { counts[filter] = try data.count(filter) }
      return .countsLoaded(counts)
    case .loadPlatforms:
      return .platformsLoaded(try data.platforms())
    case .loadDashboard(let days):
      return .dashboardLoaded(try data.dashboard(days: days, now: now))
    case .loadSavedViews(let select):
      return .savedViewsLoaded(try data.savedViews(), select: select)
    case .saveView(let view):
      try data.save(view)
      return .savedViewsLoaded(try data.savedViews(), select: view.name)
    case .deleteView(let name):
      try data.deleteView(named: name)
      return .savedViewsLoaded(try data.savedViews(), select: nil)
    case .quit:
      return nil
    }
  }
}
