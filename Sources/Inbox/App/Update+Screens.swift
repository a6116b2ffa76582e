import Triage

extension Update {
  static func readerAction(_ id: ActionID, _ state: inout InboxState) -> [Effect] {
    let height = state.layout.body.height
    switch id {
    case .moveDown: scrollReader(by: 1, &state)
    case .moveUp: scrollReader(by: -1, &state)
    case .pageDown: scrollReader(by: max(1, height - 2), &state)
    case .pageUp: scrollReader(by: -max(1, height - 2), &state)
    case .first: scrollReader(by: Int.min / 2, &state)
    case .last: scrollReader(by: Int.max / 2, &state)
    case .nextMessage, .previousMessage:
      let before = state.list.selected
      var effects = move(by: id == .nextMessage ? 1 : -1, &state)
      if state.list.selected == before {
        state.notice = Notice(
          id == .nextMessage ? "This is the last message" : "This is the first message")
        return effects
      }
      effects += openSelected(&state)
      return effects
    case .mark:
      guard let id = state.reader?.messageID else { return [] }
      if state.marked.remove(id) == nil {
        state.marked.insert(id)
        state.notice = Notice("Marked")
      } else {
        state.notice = Notice("Unmarked")
      }
    default:
      break
    }
    return []
  }

  static func scrollReader(by delta: Int, _ state: inout InboxState) {
    guard let reader = state.reader, let data = reader.data else { return }
    let lines = ReaderDocument.lines(data, width: state.size.width, search: state.search).count
    let limit = max(0, lines - state.layout.body.height)
    state.reader?.scroll = max(0, min(limit, reader.scroll.addingReportingOverflow(delta).0))
  }

  /// Help and the dashboard are documents to scroll.
  static func scrollAction(_ id: ActionID, _ state: inout InboxState) -> [Effect] {
    let height = state.layout.body.height
    let delta: Int
    switch id {
    case .moveDown: delta = 1
    case .moveUp: delta = -1
    case .pageDown: delta = max(1, height - 2)
    case .pageUp: delta = -max(1, height - 2)
    case .first: delta = Int.min / 2
    case .last: delta = Int.max / 2
    default: return []
    }
    scrollDocument(by: delta, &state)
    return []
  }

  static func scrollDocument(by delta: Int, _ state: inout InboxState) {
    let height = state.layout.body.height
    if state.screen == .help {
      let limit = max(0, HelpDocument.lines(state).count - height)
      state.helpScroll = max(0, min(limit, state.helpScroll + delta))
    } else if state.screen == .dashboard, let dashboard = state.dashboard {
      let lines = DashboardDocument.lines(dashboard, width: state.size.width).count
      state.dashboardScroll = max(0, min(max(0, lines - height), state.dashboardScroll + delta))
    }
  }

  static func mouse(_ event: MouseEvent, _ state: inout InboxState) -> [Effect] {
    guard state.overlay == nil, !state.layout.isTooSmall else { return [] }
    let layout = state.layout
    switch (state.screen, event.button) {
    case (.list, .wheelDown): return move(by: 3, &state)
    case (.list, .wheelUp): return move(by: -3, &state)
    case (.list, .press):
      if let sidebar = layout.sidebar, sidebar.contains(event.at) {
        let index = event.at.y - layout.firstViewRow
        guard state.views.indices.contains(index) else { return [] }
        return selectView(index, &state)
      }
      guard layout.list.contains(event.at), event.at.y >= layout.firstListRow else { return [] }
      let row = state.list.top + event.at.y - layout.firstListRow
      guard state.list.rows.indices.contains(row) else { return [] }
      // A click selects; a click on the selected message opens it.
      if row == state.list.selected { return openSelected(&state) }
      state.list.selected = row
      return prefetch(&state)
    case (.reader, .wheelDown): scrollReader(by: 3, &state)
    case (.reader, .wheelUp): scrollReader(by: -3, &state)
    case (.review, .wheelDown): scrollReview(by: 3, &state)
    case (.review, .wheelUp): scrollReview(by: -3, &state)
    case (.help, .wheelDown), (.dashboard, .wheelDown): scrollDocument(by: 3, &state)
    case (.help, .wheelUp), (.dashboard, .wheelUp): scrollDocument(by: -3, &state)
    default: break
    }
    return []
  }
}
