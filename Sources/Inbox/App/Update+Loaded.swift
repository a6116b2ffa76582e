import Triage

extension Update {
  /// Results of data work.
  static func loaded(_ action: Action, _ state: inout InboxState) -> [Effect] {
    switch action {
    case .pageLoaded(let request, let page):
      guard request.generation == state.generation else { return [] }
      return placePage(request, page, &state)
    case .windowLoaded(let generation, let window, let notice):
      guard generation == state.generation else { return [] }
      state.list.replace(
        with: window.rows, atStart: window.atStart, atEnd: window.atEnd,
        selected: window.selected, startIndex: nil)
      if let total = state.counts[state.filter] { state.list.learnPosition(total: total) }
      state.list.top = max(0, state.list.selected - state.layout.listRows / 3)
      state.list.scrollToSelection(height: state.layout.listRows)
      // A refusal or conflict said in the same breath stays on the status bar.
      if let notice, !(state.notice?.isError ?? false) { state.notice = Notice(notice) }
      return prefetch(&state)
    case .noMatch(let generation, let search):
      guard generation == state.generation else { return [] }
      state.notice = Notice("No message matches \"\(TerminalText.sanitize(search))\"")
      return []
    case .readerLoaded(let id, let data):
      guard state.reader?.messageID == id else { return [] }
      guard let data else {
        state.notice = Notice("Message \(id) is no longer in the inbox", isError: true)
        if state.screen == .reader { state.screens.removeLast() }
        state.reader = nil
        return []
      }
      state.reader?.data = data
      state.list.update(data.message)
      return []
    case .countsLoaded(let counts):
      state.counts.merge(counts) { $1 }
      if let total = state.counts[state.filter] { state.list.learnPosition(total: total) }
      return []
    case .platformsLoaded(let platforms):
      state.platforms = platforms
      return []
    case .dashboardLoaded(let data):
      state.dashboard = data
      clampScrolls(&state)
      return []
    case .savedViewsLoaded(let saved, let select):
      let current = state.currentView.name
      state.views =
        InboxView.builtIn
        + saved.map { InboxView(name: $0.name, filter: $0.filter, isSaved: true) }
      let missing = state.views.map(\.filter).filter { state.counts[$0] == nil }
      if let select, let index = state.views.lastIndex(where: { $0.name == select && $0.isSaved }) {
        // A view just saved from the current filters: it is the current view now.
        state.viewIndex = index
        state.notice = Notice("Saved the view \"\(TerminalText.sanitize(select))\"")
      } else if let index = state.views.firstIndex(where: { $0.name == current }) {
        state.viewIndex = index
      } else {
        state.viewIndex = 0
        return selectView(0, &state) + (missing.isEmpty ? [] : [.count(missing)])
      }
      return missing.isEmpty ? [] : [.count(missing)]
    case .staffLoaded(let staff):
      state.staff = staff
      return []
    case .worked(let report):
      return worked(report, &state)
    case .composerLoaded, .replyChecked, .autosaved, .draftSaved, .submitted, .externalEdited,
      .composerFailed:
      return composerLoaded(action, &state)
    case .reviewQueueLoaded, .reviewPacketLoaded, .decided, .decisionFailed:
      return reviewLoaded(action, &state)
    case .failed(let what):
      state.notice = Notice(what, isError: true)
      state.list.loadingForward = false
      state.list.loadingBackward = false
      state.list.isLoading = false
      return []
    default:
      return []
    }
  }

  static func placePage(_ request: PageRequest, _ page: MessagePage, _ state: inout InboxState)
    -> [Effect]
  {
    let height = state.layout.listRows
    switch request.placement {
    case .top:
      state.list.replace(
        with: page.messages, atStart: true, atEnd: page.next == nil, selected: 0, startIndex: 0)
      state.list.top = 0
    case .bottom:
      state.list.replace(
        with: page.messages, atStart: page.previous == nil, atEnd: true,
        selected: page.messages.count - 1, startIndex: nil)
      if let total = state.counts[state.filter] { state.list.learnPosition(total: total) }
    case .append:
      // A page for a window that has since moved on is dropped.
      guard request.cursor == state.list.lastCursor else {
        state.list.loadingForward = false
        return []
      }
      state.list.append(page.messages, atEnd: page.next == nil)
      if state.list.pendingMove > 0 {
        let pending = state.list.pendingMove
        state.list.pendingMove = 0
        return move(by: pending, &state)
      }
    case .prepend:
      guard request.cursor == state.list.firstCursor else {
        state.list.loadingBackward = false
        return []
      }
      state.list.prepend(page.messages, atStart: page.previous == nil)
      if state.list.pendingMove < 0 {
        let pending = state.list.pendingMove
        state.list.pendingMove = 0
        return move(by: pending, &state)
      }
    }
    state.list.scrollToSelection(height: height)
    return prefetch(&state)
  }
}
