import Triage

/// The title bar, the status bar and the sidebar of views.
enum Chrome {
  static let barStyle = Style(.chrome, [.reverse])

  static func title(_ state: InboxState, into frame: inout Frame) {
    let width = frame.size.width
    frame.fill(x: 0, y: 0, width: width, height: 1, style: barStyle)
    let who =
      state.session.role.map { "\(state.session.user) (\($0.rawValue))" }
      ?? "\(state.session.user) (not on the staff list)"
    var left = " Rounds │ "
    switch state.screen {
    case .list:
      left += state.currentView.name
      if let count = state.counts[state.filter] {
        left += " · " + CountText.full(count)
      }
      let filters = filterSummary(state)
      if !filters.isEmpty { left += " │ " + filters }
    case .reader:
      left += "Message \(state.reader?.messageID ?? 0)"
    case .composer:
      left += "Reply to message \(state.composer?.messageID ?? 0)"
    case .review:
      left += "Review"
      if let review = state.review, let queue = review.queue, !queue.isEmpty {
        left += " · \(review.index + 1) of \(queue.count) waiting"
      }
    case .dashboard:
      left += "Dashboard"
    case .help:
      left += "Keys"
    }
    let right = " \(who) │ \(state.session.inboxName) "
    let rightWidth = TerminalText.width(TerminalText.sanitize(right))
    let room = width - rightWidth
    if room >= 30 {
      frame.put(TerminalText.sanitize(left), x: 0, y: 0, limit: room, style: barStyle.adding(.bold))
      frame.put(TerminalText.sanitize(right), x: room, y: 0, style: barStyle)
    } else {
      frame.put(
        TerminalText.sanitize(left), x: 0, y: 0, limit: width, style: barStyle.adding(.bold))
    }
  }

  /// What the quick filters add to the view, e.g. "urgency ↓ · platform x · search "knee"".
  static func filterSummary(_ state: InboxState) -> String {
    var parts: [String] = []
    let filter = state.filter
    let base = state.currentView.filter
    parts.append(filter.order == .urgency ? "by urgency" : "newest first")
    if filter.statuses != base.statuses {
      parts.append(
        filter.statuses.isEmpty
          ? "any status"
          : filter.statuses == ViewFilter.openStatuses
            ? "open" : filter.statuses.map(ListColumns.statusLabel).joined(separator: ","))
    }
    if let platform = filter.platform { parts.append("platform \(platform.rawValue)") }
    if let category = filter.category { parts.append(ListColumns.categoryLabel(category)) }
    if filter.minimumUrgency != base.minimumUrgency {
      parts.append(filter.minimumUrgency.map { "urgency ≥ \($0)" } ?? "any urgency")
    }
    if filter.assignee != base.assignee {
      switch filter.assignee {
      case .user(let user):
        parts.append(user == state.session.user ? "mine" : "assigned to \(user)")
      case .nobody: parts.append("unassigned")
      case nil: parts.append("anyone's")
      }
    }
    if let tag = filter.tag { parts.append("tag \(tag)") }
    if let search = filter.search { parts.append("matching \"\(search)\"") }
    return parts.joined(separator: " · ")
  }

  static func status(_ state: InboxState, into frame: inout Frame) {
    let y = frame.size.height - 1
    let width = frame.size.width
    frame.fill(x: 0, y: y, width: width, height: 1, style: barStyle)
    if case .prompt(let prompt) = state.overlay {
      let label = " \(prompt.label): "
      let used = frame.put(label, x: 0, y: y, style: barStyle.adding(.bold))
      let text = TerminalText.sanitize(prompt.text)
      // Show the end of a long entry: that is where the cursor is.
      var visible = text
      while TerminalText.width(visible) > width - used - 2, !visible.isEmpty {
        visible.removeFirst()
      }
      let typed = frame.put(visible, x: used, y: y, style: barStyle)
      frame.cursor = Point(x: min(width - 1, used + typed), y: y)
      return
    }
    if state.bulkPending {
      frame.put(
        " \(state.marked.count) marked: press the key of the action to apply to them all"
          + " (C triage, a assign, + tag, $ spam, ...); Esc cancels", x: 0, y: y, limit: width,
        style: Style(.warning, [.reverse, .bold]))
      return
    }
    if case .confirm(let confirmation) = state.overlay {
      frame.put(
        " " + TerminalText.sanitize(confirmation.question) + " (y/n)", x: 0, y: y,
        style: Style(.warning, [.reverse, .bold]))
      return
    }
    let position = positionText(state)
    let positionWidth = TerminalText.width(position)
    let room = max(0, width - positionWidth - 1)
    if let notice = state.notice {
      let style = notice.isError ? Style(.error, [.reverse, .bold]) : barStyle.adding(.bold)
      frame.put(" " + TerminalText.sanitize(notice.text), x: 0, y: y, limit: room, style: style)
    } else {
      frame.put(hints(state, width: room), x: 0, y: y, limit: room)
    }
    frame.put(position, x: width - positionWidth, y: y, style: barStyle)
  }

  /// Hints from the action table: its short words, with the keys bound now.
  static func hints(_ state: InboxState, width: Int = .max) -> StyledLine {
    var line = StyledLine(" ", style: barStyle)
    let context = state.screen.keyContext
    let availableNow = state.keyMap.table.specs.filter { spec in
      spec.hint != nil
        && state.keyMap.table.availability(
          of: spec.id, role: state.session.role, capabilities: state.session.capabilities)
          == .available
    }
    let item = Update.contextItem(state)
    for spec in availableNow {
      guard let key = state.keyMap.keys(for: spec.id, in: context).first else { continue }
      // What the workflow would refuse on this message is shown, dimmed: the key says why.
      let refused = spec.workflow.flatMap { action in
        item.flatMap { Update.refusal(action, on: $0, state) }
      }
      let style = refused == nil ? barStyle : Style(.chrome, [.reverse, .dim])
      let name = key.name == "<Enter>" ? "⏎" : key.name
      // Whole hints only: one cut in half says nothing.
      guard line.width + TerminalText.width(name + " \(spec.hint!)") <= width else { break }
      line.append(name, style: style.adding(.bold))
      line.append(" \(spec.hint!)  ", style: style)
    }
    if !state.marked.isEmpty {
      line.append("│ \(state.marked.count) marked ", style: barStyle.adding(.bold))
    }
    return line
  }

  /// "12/1,234" in the list (position when known), the scroll share elsewhere.
  static func positionText(_ state: InboxState) -> String {
    switch state.screen {
    case .list:
      let list = state.list
      guard !list.isEmpty else { return "" }
      let total = state.counts[state.filter].map(CountText.full) ?? "…"
      let index = list.startIndex.map { CountText.full($0 + list.selected + 1) } ?? "?"
      return " \(index)/\(total) "
    default:
      return ""
    }
  }

  static func sidebar(_ state: InboxState, into frame: inout Frame, area: Rect) {
    frame.put("VIEWS", x: area.x + 1, y: area.y, style: Style(.accent, [.bold]))
    for (index, view) in state.views.enumerated() {
      let y = area.y + 1 + index
      guard y < area.y + area.height else { break }
      let number = index < 9 ? "\(index + 1) " : "  "
      let count = state.counts[view.filter].map(CountText.short) ?? "…"
      let nameWidth = area.width - 2 - 2 - TerminalText.width(count) - 1
      let name = TerminalText.fit(TerminalText.sanitize(view.name), width: nameWidth, pad: true)
      let isCurrent = index == state.viewIndex
      let style = isCurrent ? Style(.accent, [.bold, .reverse]) : .plain
      frame.fill(x: area.x, y: y, width: area.width, height: 1, style: style)
      frame.put(number, x: area.x + 1, y: y, style: isCurrent ? style : Style(.muted))
      frame.put(name + " " + count, x: area.x + 3, y: y, style: style)
    }
    var y = area.y + state.views.count + 2
    if !state.marked.isEmpty, y < area.y + area.height {
      frame.put("\(state.marked.count) marked", x: area.x + 1, y: y, style: Style(.marked, [.bold]))
      y += 1
    }
    if let search = state.search, y + 1 < area.y + area.height {
      frame.put("SEARCH", x: area.x + 1, y: y, style: Style(.accent, [.bold]))
      frame.put(
        TerminalText.sanitize(search), x: area.x + 1, y: y + 1, limit: area.width - 2,
        style: Style(.match, [.underline]))
    }
    for row in area.y..<(area.y + area.height) {
      frame.put("│", x: area.x + area.width, y: row, style: Style(.muted))
    }
  }
}
