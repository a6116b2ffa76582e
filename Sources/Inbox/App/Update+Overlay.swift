import Triage

extension Update {
  /// Keys go to the open prompt, picker or question, not the key map.
  static func overlayKey(_ key: Key, _ state: inout InboxState) -> [Effect] {
    switch state.overlay {
    case .prompt(var prompt):
      switch key {
      case .escape, .ctrl("c"), .ctrl("g"):
        state.overlay = nil
      case .enter:
        state.overlay = nil
        return submit(prompt, &state)
      case .backspace, .ctrl("h"):
        if !prompt.text.isEmpty { prompt.text.removeLast() }
        state.overlay = .prompt(prompt)
      case .ctrl("u"):
        prompt.text = ""
        state.overlay = .prompt(prompt)
      case .ctrl("w"):
        while prompt.text.last == " " { prompt.text.removeLast() }
        while let last = prompt.text.last, last != " " { prompt.text.removeLast() }
        state.overlay = .prompt(prompt)
      case .char(let character):
        if prompt.text.count < Prompt.maximumLength { prompt.text.append(character) }
        state.overlay = .prompt(prompt)
      default:
        break
      }
      return []
    case .picker(var picker):
      switch key {
      case .escape, .char("q"), .ctrl("c"):
        state.overlay = nil
      case .down, .char("j"), .tab, .ctrl("n"):
        picker.selected = min(picker.options.count - 1, picker.selected + 1)
        state.overlay = .picker(picker)
      case .up, .char("k"), .backTab, .ctrl("p"):
        picker.selected = max(0, picker.selected - 1)
        state.overlay = .picker(picker)
      case .home, .char("g"):
        picker.selected = 0
        state.overlay = .picker(picker)
      case .end, .char("G"):
        picker.selected = picker.options.count - 1
        state.overlay = .picker(picker)
      case .enter, .char(" "):
        state.overlay = nil
        return choose(picker.options[picker.selected].choice, &state)
      default:
        break
      }
      return []
    case .confirm(let confirmation):
      switch key {
      case .char("y"), .char("Y"):
        state.overlay = nil
        return confirm(confirmation.consequence, &state)
      case .char("n"), .char("N"), .escape, .ctrl("c"), .enter:
        state.overlay = nil
        state.notice = Notice("Nothing changed")
      default:
        state.notice = Notice("Press y to go ahead or n to keep things as they are")
      }
      return []
    case nil:
      return []
    }
  }

  static func submit(_ prompt: Prompt, _ state: inout InboxState) -> [Effect] {
    let text = prompt.text.trimmingCharacters(in: .whitespaces)
    switch prompt.purpose {
    case .search:
      guard !text.isEmpty else {
        state.search = nil
        if state.filter.search != nil {
          state.filter.search = nil
          return reload(&state)
        }
        return []
      }
      guard SearchPattern.fts5(text) != nil else {
        state.notice = Notice("Nothing to search for in \"\(TerminalText.sanitize(text))\"")
        return []
      }
      state.search = text
      if state.filter.search != nil {
        // The list is limited to the search: show the new search's matches.
        state.filter.search = text
        return reload(&state)
      }
      return findNext(forward: true, &state)
    case .tag:
      let tag = text.lowercased()
      state.filter.tag = tag.isEmpty ? nil : tag
      return reload(&state)
    case .addTags, .removeTags:
      let tags = tags(text)
      guard !tags.isEmpty else {
        state.notice = Notice("No tags given: nothing changed")
        return []
      }
      let operation: WorkOperation = prompt.purpose == .addTags ? .tag(tags) : .untag(tags)
      return [.work(WorkRequest(operation, on: state.pendingTargets))]
    case .postedURL:
      return [
        .work(WorkRequest(.markPosted(url: text.isEmpty ? nil : text), on: state.pendingTargets))
      ]
    case .reviewNote(let decision):
      return reviewNote(text, decision, &state)
    case .overrideReason(let note):
      return overrideReason(text, note: note, &state)
    case .saveView:
      guard SavedView.isValidName(text) else {
        state.notice = Notice("A view name needs 1 to 40 visible characters", isError: true)
        return []
      }
      return [.saveView(SavedView(name: text, filter: state.filter))]
    }
  }

  static func choose(_ choice: Picker.Choice, _ state: inout InboxState) -> [Effect] {
    switch choice {
    case .statuses(let statuses): state.filter.statuses = statuses
    case .platform(let platform): state.filter.platform = platform
    case .category(let category): state.filter.category = category
    case .triageCategory(let category):
      // Second step: the urgency, starting from the message's own (or the category's usual).
      let current = currentItem(state).flatMap {
        state.pendingTargets.count == 1 && $0.id == state.pendingTargets.first?.id
          ? $0.message.urgency : nil
      }
      let usual = [.emergency, .crisis].contains(category) ? 3 : 1
      state.overlay = .picker(
        Picker(
          title: "\(ListColumns.categoryLabel(category)): urgency",
          options: priorityOptions { .triage(category, urgency: $0) },
          selected: current ?? usual))
      return []
    case .triage(let category, let urgency):
      return [.work(WorkRequest(.triage(category, urgency: urgency), on: state.pendingTargets))]
    case .priority(let urgency):
      return [.work(WorkRequest(.priority(urgency), on: state.pendingTargets))]
    case .assignee(let user):
      return [.work(WorkRequest(.assign(user), on: state.pendingTargets))]
    case .template(let index):
      return insertTemplate(index, &state)
    }
    return reload(&state)
  }

  static func confirm(_ consequence: Confirmation.Consequence, _ state: inout InboxState)
    -> [Effect]
  {
    switch consequence {
    case .clearMarks:
      let count = state.marked.count
      state.marked = []
      state.notice = Notice("Unmarked \(count) message\(count == 1 ? "" : "s")")
      return []
    case .deleteView(let name):
      return [.deleteView(name)]
    case .work(let request):
      return [.work(request)]
    case .submitDraft:
      return submitDraft(&state)
    }
  }

  /// Pasted text goes into the open prompt (on one line) or the composer.
  static func paste(_ text: String, _ state: inout InboxState) -> [Effect] {
    if case .prompt(var prompt) = state.overlay {
      let line = TerminalText.sanitize(text.replacingOccurrences(of: "\n", with: " "))
      prompt.text = String((prompt.text + line).prefix(Prompt.maximumLength))
      state.overlay = .prompt(prompt)
      return []
    }
    if state.overlay == nil, state.screen == .composer {
      return type(text, &state)
    }
    state.notice = Notice("Pasting works in the composer and in prompts")
    return []
  }
}
