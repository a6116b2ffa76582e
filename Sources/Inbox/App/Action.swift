import Foundation
import Triage

/// Everything that can change the inbox's state: input from the person, and the results of
/// the data work the state asked for (see `Effect`).
public enum Action: Sendable {
  case key(Key)
  case mouse(MouseEvent)
  case resize(Size)
  /// The clock moved on (ages in the list are relative to it).
  case tick(Date)
  case pageLoaded(PageRequest, MessagePage)
  case windowLoaded(generation: Int, WindowAround, notice: String?)
  case noMatch(generation: Int, search: String)
  case readerLoaded(Int64, ReaderData?)
  case countsLoaded([ViewFilter: Int])
  case platformsLoaded([Platform])
  case dashboardLoaded(DashboardData)
  case savedViewsLoaded([SavedView], select: String?)
  /// Data work failed; the text names what failed (never message text).
  case failed(String)
}

/// A request for one keyset page of the current list.
public struct PageRequest: Hashable, Sendable {
  public enum Placement: Hashable, Sendable {
    /// A fresh window at the top of the list, or at its bottom.
    case top, bottom
    /// Rows after the window, or before it.
    case append, prepend
  }

  public var generation: Int
  public var filter: ViewFilter
  public var cursor: MessageCursor?
  public var placement: Placement
  public var limit: Int

  public init(
    generation: Int, filter: ViewFilter, cursor: MessageCursor?, placement: Placement,
    limit: Int = ListWindow.pageSize
  ) {
    self.generation = generation
    self.filter = filter
    self.cursor = cursor
    self.placement = placement
    self.limit = limit
  }

  public var query: MessageQuery {
    let direction: MessageQuery.Direction =
      switch placement {
      case .top, .append: .forward
      case .bottom, .prepend: .backward
      }
    return filter.query(cursor: cursor, direction: direction, limit: limit)
  }
}

/// Data work the state asks for. The runtime performs it off the drawing path and answers
/// with an `Action`; quick work before the next frame, slow work (counts over the whole
/// inbox) in the background.
public enum Effect: Hashable, Sendable {
  case loadPage(PageRequest)
  /// Reload the window around a row (after a refresh), keeping it selected.
  case loadAround(generation: Int, filter: ViewFilter, cursor: MessageCursor)
  case find(
    generation: Int, filter: ViewFilter, search: String, from: MessageCursor?,
    direction: MessageQuery.Direction)
  case loadReader(Int64)
  case count([ViewFilter])
  case loadPlatforms
  case loadDashboard(days: Int)
  case loadSavedViews(select: String?)
  case saveView(SavedView)
  case deleteView(String)
  case quit

  /// Work that may take long on a large inbox and must not hold up a frame.
  public var isSlow: Bool {
    switch self {
    case .count, .loadDashboard, .loadPlatforms: true
    default: false
    }
  }
}
