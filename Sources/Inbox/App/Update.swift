import Foundation
import Triage

/// The inbox's logic as pure functions: a state and an action give the next state and the
/// data work to do. Nothing here touches the terminal or the database.
public enum Update {
  /// The functional form: the next state and its effects.
  public static func reduce(_ state: InboxState, _ action: Action) -> (InboxState, [Effect]) {
    var next = state
    let effects = apply(action, to: &next)
    return (next, effects)
  }

  /// What the runtime asks for before the first frame.
  public static func start(_ state: inout InboxState) -> [Effect] {
    let staff: [Effect] = state.session.capabilities.contains(.inboxActions) ? [.loadStaff] : []
    return [.loadSavedViews(select: nil), firstPage(&state), .loadPlatforms]
      + state.views.map { .count([$0.filter]) } + staff
  }

  public static func apply(_ action: Action, to state: inout InboxState) -> [Effect] {
    switch action {
    case .key(let key):
      state.notice = nil
      if state.overlay != nil { return overlayKey(key, &state) }
      let context = state.screen.keyContext
      // In the composer, characters are text unless the composer binds them itself.
      if state.screen == .composer, case .char(let character) = key,
        state.keyMap.ownAction(for: key, in: .composer) == nil
      {
        return type(String(character), &state)
      }
      guard let id = state.keyMap.action(for: key, in: context) else {
        if state.bulkPending {
          state.bulkPending = false
          state.notice = Notice("Nothing applied to the marked messages")
          return []
        }
        let help = state.screen == .composer ? "F1" : "?"
        state.notice = Notice("\(key.name) does nothing here; press \(help) for the keys")
        return []
      }
      if state.bulkPending {
        state.bulkPending = false
        return bulk(id, &state)
      }
      return perform(id, &state)
    case .paste(let text):
      state.notice = nil
      return paste(text, &state)
    case .mouse(let event):
      state.notice = nil
      return mouse(event, &state)
    case .resize(let size):
      state.size = size
      state.list.scrollToSelection(height: state.layout.listRows)
      clampScrolls(&state)
      keepCursorVisible(&state)
      return []
    case .tick(let now):
      state.now = now
      return []
    default:
      return loaded(action, &state)
    }
  }

  /// Runs one action of the table, after the role gate.
  static func perform(_ id: ActionID, _ state: inout InboxState) -> [Effect] {
    let availability = state.keyMap.table.availability(
      of: id, role: state.session.role, capabilities: state.session.capabilities)
    if let reason = availability.reason {
      state.notice = Notice("\(id): \(reason)", isError: true)
      return []
    }
    if let spec = state.keyMap.table.spec(id),
      spec.workflow != nil || id == .undo
        || id == .reviewQueue,
      state.screen == .list || state.screen == .reader
    {
      return workAction(id, &state)
    }
    switch id {
    case .quit:
      if let composer = state.composer, composer.isLoaded, composer.hasUnsavedChanges,
        !composer.leaveFailed
      {
        return leaveComposer(.quit, &state)
      }
      state.isQuitting = true
      return [.quit]
    case .help:
      if state.screen == .help {
        state.screens.removeLast()
      } else {
        state.helpScroll = 0
        state.screens.append(.help)
      }
      return []
    case .close:
      if state.screen == .composer { return leaveComposer(.close, &state) }
      if state.screen == .review { state.review = nil }
      if state.screens.count > 1 { state.screens.removeLast() }
      if !state.screens.contains(.reader) { state.reader = nil }
      return []
    case .showInbox:
      if state.composer != nil {
        state.notice = Notice("Close the composer first: Esc saves your draft and goes back")
        return []
      }
      state.screens = [.list]
      state.reader = nil
      state.review = nil
      return []
    case .showDashboard:
      if state.screen != .dashboard { state.screens.append(.dashboard) }
      state.dashboardScroll = 0
      return [.loadDashboard(days: DashboardDocument.days(width: state.size.width))]
    case .refresh:
      return refresh(&state)
    default:
      break
    }
    switch state.screen {
    case .list: return listAction(id, &state)
    case .reader: return readerAction(id, &state)
    case .composer: return composerAction(id, &state)
    case .review: return reviewAction(id, &state)
    case .dashboard, .help: return scrollAction(id, &state)
    }
  }

  /// Reloads the list around the selection, the counts and whatever screen is open.
  static func refresh(_ state: inout InboxState) -> [Effect] {
    state.generation += 1
    var effects: [Effect] = [.loadPlatforms]
    var filters: [ViewFilter] = []
    for filter in state.views.map(\.filter) + [state.filter] where !filters.contains(filter) {
      filters.append(filter)
    }
    effects += filters.map { .count([$0]) }
    if let selected = state.list.selectedMessage {
      effects.append(
        .loadAround(
          generation: state.generation, filter: state.filter, cursor: MessageCursor(selected)))
    } else {
      effects.append(firstPage(&state))
    }
    if let reader = state.reader { effects.append(.loadReader(reader.messageID)) }
    if state.review != nil { effects.append(.loadReviewQueue) }
    if state.screen == .dashboard {
      effects.append(.loadDashboard(days: DashboardDocument.days(width: state.size.width)))
    }
    state.notice = Notice("Reloaded")
    return effects
  }

  /// A fresh list from the top for the current filter.
  static func firstPage(_ state: inout InboxState) -> Effect {
    state.list = ListWindow()
    return .loadPage(
      PageRequest(
        generation: state.generation, filter: state.filter, cursor: nil, placement: .top))
  }

  /// The filter changed: a new list, and its count.
  static func reload(_ state: inout InboxState) -> [Effect] {
    state.generation += 1
    var effects = [firstPage(&state)]
    if state.counts[state.filter] == nil { effects.append(.count([state.filter])) }
    return effects
  }

  /// Keeps every scroll position within its document after a resize or new data.
  static func clampScrolls(_ state: inout InboxState) {
    let height = state.layout.body.height
    if let reader = state.reader, let data = reader.data {
      let lines = ReaderDocument.lines(data, width: state.size.width, search: state.search).count
      state.reader?.scroll = max(0, min(reader.scroll, lines - height))
    }
    let help = HelpDocument.lines(state).count
    state.helpScroll = max(0, min(state.helpScroll, help - height))
    if let dashboard = state.dashboard {
      let lines = DashboardDocument.lines(dashboard, width: state.size.width).count
      state.dashboardScroll = max(0, min(state.dashboardScroll, lines - height))
    }
  }
}
