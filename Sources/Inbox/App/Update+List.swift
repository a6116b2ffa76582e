import Triage

extension Update {
  static func listAction(_ id: ActionID, _ state: inout InboxState) -> [Effect] {
    let page = state.layout.listRows
    switch id {
    case .moveDown: return move(by: 1, &state)
    case .moveUp: return move(by: -1, &state)
    case .pageDown: return move(by: page, &state)
    case .pageUp: return move(by: -page, &state)
    case .first:
      if state.list.atStart {
        state.list.selected = 0
        state.list.scrollToSelection(height: page)
        return prefetch(&state)
      }
      state.generation += 1
      return [firstPage(&state)]
    case .last:
      if state.list.atEnd {
        state.list.selected = max(0, state.list.rows.count - 1)
        state.list.scrollToSelection(height: page)
        return prefetch(&state)
      }
      state.generation += 1
      state.list = ListWindow()
      return [
        .loadPage(
          PageRequest(
            generation: state.generation, filter: state.filter, cursor: nil, placement: .bottom))
      ]
    case .open:
      return openSelected(&state)
    case .search:
      state.overlay = .prompt(Prompt(.search, label: "Search", text: state.search ?? ""))
      return []
    case .searchNext, .searchPrevious:
      return findNext(forward: id == .searchNext, &state)
    case .limitToSearch:
      if state.filter.search != nil {
        state.filter.search = nil
      } else if let search = state.search {
        state.filter.search = search
      } else {
        state.notice = Notice("Search first (/), then L shows only the matches")
        return []
      }
      return reload(&state)
    case .toggleSort:
      state.filter.order = state.filter.order == .newest ? .urgency : .newest
      return reload(&state)
    case .filterStatus:
      state.overlay = .picker(statusPicker(state))
      return []
    case .filterPlatform:
      state.overlay = .picker(platformPicker(state))
      return []
    case .filterCategory:
      state.overlay = .picker(categoryPicker(state))
      return []
    case .filterUrgent:
      state.filter.minimumUrgency = state.filter.minimumUrgency == nil ? 2 : nil
      return reload(&state)
    case .filterNeedsReview:
      state.filter.statuses =
        state.filter.statuses == [.inReview]
        ? (state.currentView.filter.statuses == [.inReview]
          ? [] : state.currentView.filter.statuses)
        : [.inReview]
      return reload(&state)
    case .filterMine:
      let mine = AssigneeFilter.user(state.session.user)
      state.filter.assignee = state.filter.assignee == mine ? nil : mine
      return reload(&state)
    case .filterUnassigned:
      state.filter.assignee = state.filter.assignee == .nobody ? nil : .nobody
      return reload(&state)
    case .filterTag:
      state.overlay = .prompt(Prompt(.tag, label: "Only the tag", text: state.filter.tag ?? ""))
      return []
    case .clearFilters:
      guard state.isFiltered else {
        state.notice = Notice("No quick filters to clear")
        return []
      }
      state.filter = state.currentView.filter
      return reload(&state)
    case .nextView:
      return selectView((state.viewIndex + 1) % state.views.count, &state)
    case .previousView:
      return selectView((state.viewIndex + state.views.count - 1) % state.views.count, &state)
    case .saveView:
      state.overlay = .prompt(Prompt(.saveView, label: "Save view as"))
      return []
    case .deleteView:
      guard state.currentView.isSaved else {
        state.notice = Notice("\(state.currentView.name) is built in; only saved views can go")
        return []
      }
      state.overlay = .confirm(
        Confirmation(
          "Delete the view \"\(state.currentView.name)\"?", .deleteView(state.currentView.name)))
      return []
    case .mark:
      guard let id = state.list.selectedMessage?.id else { return [] }
      if state.marked.remove(id) == nil { state.marked.insert(id) }
      return move(by: 1, &state)
    case .applyToMarked:
      guard !state.marked.isEmpty else {
        state.notice = Notice("Nothing is marked: t marks messages for a bulk action")
        return []
      }
      state.bulkPending = true
      return []
    case .clearMarks:
      guard !state.marked.isEmpty else {
        state.notice = Notice("Nothing is marked")
        return []
      }
      let count = state.marked.count
      state.overlay = .confirm(
        Confirmation("Unmark \(count) message\(count == 1 ? "" : "s")?", .clearMarks))
      return []
    default:
      if let number = id.viewNumber {
        guard number <= state.views.count else {
          state.notice = Notice("There is no view \(number)")
          return []
        }
        return selectView(number - 1, &state)
      }
      return []
    }
  }

  /// Moves the selection, asking for the next page when the move runs past the loaded rows.
  static func move(by delta: Int, _ state: inout InboxState) -> [Effect] {
    guard !state.list.isEmpty else { return [] }
    let target = state.list.selected + delta
    let last = state.list.rows.count - 1
    state.list.selected = min(max(0, target), last)
    if target > last, !state.list.atEnd {
      state.list.pendingMove = target - last
    } else if target < 0, !state.list.atStart {
      state.list.pendingMove = target
    } else {
      state.list.pendingMove = 0
    }
    state.list.scrollToSelection(height: state.layout.listRows)
    return prefetch(&state)
  }

  /// Asks for the page beyond either end of the window when the selection comes within two
  /// screens of it, so moving never waits on the database.
  static func prefetch(_ state: inout InboxState) -> [Effect] {
    var effects: [Effect] = []
    let margin = max(50, state.layout.listRows * 2)
    let list = state.list
    if !list.atEnd, !list.loadingForward, list.rows.count - 1 - list.selected < margin,
      let cursor = list.lastCursor
    {
      state.list.loadingForward = true
      effects.append(
        .loadPage(
          PageRequest(
            generation: state.generation, filter: state.filter, cursor: cursor,
            placement: .append)))
    }
    if !list.atStart, !list.loadingBackward, list.selected < margin, let cursor = list.firstCursor {
      state.list.loadingBackward = true
      effects.append(
        .loadPage(
          PageRequest(
            generation: state.generation, filter: state.filter, cursor: cursor,
            placement: .prepend)))
    }
    return effects
  }

  static func openSelected(_ state: inout InboxState) -> [Effect] {
    guard let id = state.list.selectedMessage?.id else {
      state.notice = Notice("No message to open")
      return []
    }
    state.reader = ReaderState(messageID: id)
    if state.screen != .reader { state.screens.append(.reader) }
    return [.loadReader(id)]
  }

  static func findNext(forward: Bool, _ state: inout InboxState) -> [Effect] {
    guard let search = state.search else {
      state.notice = Notice("No search yet: press / to search")
      return []
    }
    return [
      .find(
        generation: state.generation, filter: state.filter, search: search,
        from: state.list.selectedMessage.map(MessageCursor.init),
        direction: forward ? .forward : .backward)
    ]
  }

  static func selectView(_ index: Int, _ state: inout InboxState) -> [Effect] {
    state.viewIndex = index
    state.filter = state.views[index].filter
    return reload(&state)
  }

  static func statusPicker(_ state: InboxState) -> Picker {
    var options = [
      Picker.Option("any status", .statuses([])),
      Picker.Option("open (not finished)", .statuses(ViewFilter.openStatuses)),
    ]
    options += Status.allCases.map { Picker.Option(ListColumns.statusLabel($0), .statuses([$0])) }
    let selected = options.firstIndex { $0.choice == .statuses(state.filter.statuses) } ?? 0
    return Picker(title: "Status", options: options, selected: selected)
  }

  static func platformPicker(_ state: InboxState) -> Picker {
    let known =
      state.platforms.isEmpty ? [Platform.x, .facebook, .wordpress, .google] : state.platforms
    let options =
      [Picker.Option("any platform", .platform(nil))]
      + known.map { Picker.Option($0.rawValue, .platform($0)) }
    let selected = options.firstIndex { $0.choice == .platform(state.filter.platform) } ?? 0
    return Picker(title: "Platform", options: options, selected: selected)
  }

  static func categoryPicker(_ state: InboxState) -> Picker {
    let options =
      [Picker.Option("any category", .category(nil))]
      + Category.allCases.map { Picker.Option(ListColumns.categoryLabel($0), .category($0)) }
    let selected = options.firstIndex { $0.choice == .category(state.filter.category) } ?? 0
    return Picker(title: "Category", options: options, selected: selected)
  }
}
