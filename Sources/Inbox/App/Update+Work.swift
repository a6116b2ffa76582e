import Triage

/// Triage actions on the selected message, the message in the reader, or every marked
/// message: gated by the workflow's own rules, run through the workflow, undoable.
extension Update {
  /// The message a workflow action applies to on this screen.
  static func currentItem(_ state: InboxState) -> WorkItem? {
    switch state.screen {
    case .reader: state.reader?.item
    case .list: state.list.selectedMessage.map { WorkItem(message: $0) }
    default: nil
    }
  }

  /// The message the screen is about, for greying out what the workflow would refuse.
  static func contextItem(_ state: InboxState) -> WorkItem? {
    switch state.screen {
    case .composer: state.composer?.item
    case .review: state.review?.packet?.item
    default: currentItem(state)
    }
  }

  /// Why the workflow would refuse the action on the item; nil when it would not.
  static func refusal(_ action: WorkflowAction, on item: WorkItem, _ state: InboxState)
    -> String?
  {
    guard let actor = state.actor else {
      return "\(state.session.user) is not on the staff list"
    }
    return WorkflowRules.refusal(action, by: actor, on: item)?.what
  }

  static func workAction(_ id: ActionID, _ state: inout InboxState) -> [Effect] {
    switch id {
    case .undo: return undo(&state)
    case .reviewQueue: return openReviewQueue(&state)
    default: break
    }
    guard let spec = state.keyMap.table.spec(id), let action = spec.workflow else { return [] }
    guard let item = currentItem(state) else {
      state.notice = Notice("No message selected")
      return []
    }
    if let reason = refusal(action, on: item, state) {
      state.notice = Notice(reason, isError: true)
      return []
    }
    let targets = [WorkTarget(item.message)]
    switch id {
    case .reply, .replyInEditor:
      return openComposer(item.id, inEditor: id == .replyInEditor, &state)
    default:
      return ask(id, targets: targets, item: item, &state)
    }
  }

  /// `;` then an action: the action on every marked message.
  static func bulk(_ id: ActionID, _ state: inout InboxState) -> [Effect] {
    guard let spec = state.keyMap.table.spec(id), spec.bulk else {
      state.notice = Notice("\(id) cannot be applied to marked messages", isError: true)
      return []
    }
    if let reason = state.keyMap.table.availability(
      of: id, role: state.session.role, capabilities: state.session.capabilities
    ).reason {
      state.notice = Notice("\(id): \(reason)", isError: true)
      return []
    }
    let targets = state.marked.sorted().map { id in
      // Messages on screen act on the version the person sees; others on the one read then.
      WorkTarget(
        id: id, expecting: state.list.rows.first { $0.id == id }?.version)
    }
    return ask(id, targets: targets, item: nil, &state)
  }

  /// Opens the picker or prompt an action needs, or runs it (asking first when it is
  /// destructive and applies to several messages).
  static func ask(
    _ id: ActionID, targets: [WorkTarget], item: WorkItem?, _ state: inout InboxState
  ) -> [Effect] {
    guard !targets.isEmpty else { return [] }
    state.pendingTargets = targets
    let subject = targets.count == 1 ? "" : " \(targets.count) messages"
    let message = item?.message
    switch id {
    case .triage:
      let options = Category.allCases.map {
        Picker.Option(ListColumns.categoryLabel($0), .triageCategory($0))
      }
      let selected = options.firstIndex {
        $0.choice == message?.category.map { .triageCategory($0) }
      }
      state.overlay = .picker(
        Picker(title: "Triage\(subject): category", options: options, selected: selected ?? 0))
    case .setPriority:
      state.overlay = .picker(
        Picker(
          title: "Priority\(subject)", options: priorityOptions { .priority($0) },
          selected: message?.urgency ?? 0))
    case .assign:
      let me = state.session.user
      var options = [Picker.Option("me (\(me))", .assignee(me))]
      for member in state.staff where member.user != me && member.role >= .clinician {
        options.append(
          Picker.Option(
            "\(member.user) (\(member.displayName), \(member.role.rawValue))",
            .assignee(member.user)))
      }
      options.append(Picker.Option("nobody", .assignee(nil)))
      let current = message.map { Picker.Choice.assignee($0.assignee) }
      state.overlay = .picker(
        Picker(
          title: "Assign\(subject) to", options: options,
          selected: options.firstIndex { $0.choice == current } ?? 0))
    case .tag:
      state.overlay = .prompt(Prompt(.addTags, label: "Add tags\(subject) (commas between)"))
    case .untag:
      let has =
        item.map {
          $0.tags.isEmpty ? " (it has none)" : " (it has \($0.tags.joined(separator: ", ")))"
        } ?? ""
      state.overlay = .prompt(Prompt(.removeTags, label: "Remove tags\(subject)\(has)"))
    case .markPosted:
      state.overlay = .prompt(Prompt(.postedURL, label: "Posted at (the reply's link, optional)"))
    case .markSpam, .noReply, .closeConversation, .reopen:
      let operation: WorkOperation =
        switch id {
        case .markSpam: .spam
        case .noReply: .noReply
        case .closeConversation: .close
        default: .reopen
        }
      let request = WorkRequest(operation, on: targets)
      if targets.count > 1, state.keyMap.table.spec(id)?.destructive == true {
        let question =
          switch operation {
          case .spam: "Mark\(subject) as spam?"
          case .noReply: "Mark\(subject) as needing no reply?"
          default: "Close\(subject)?"
          }
        state.overlay = .confirm(Confirmation(question, .work(request)))
        return []
      }
      return [.work(request)]
    default:
      return []
    }
    return []
  }

  static func priorityOptions(_ choice: (Int) -> Picker.Choice) -> [Picker.Option] {
    [(0, "0 none"), (1, "1 low"), (2, "2 soon"), (3, "3 act now")].map {
      Picker.Option($0.1, choice($0.0))
    }
  }

  /// Applies the inverse of the last triage action.
  static func undo(_ state: inout InboxState) -> [Effect] {
    guard let undo = state.undo else {
      state.notice = Notice("Nothing to undo")
      return []
    }
    guard !undo.steps.isEmpty else {
      let reason = undo.refusals.values.first ?? "nothing changed"
      state.notice = Notice("Cannot undo \(undo.summary): \(reason)", isError: true)
      state.undo = nil
      return []
    }
    return [.work(WorkRequest(steps: undo.steps, isUndo: true))]
  }

  /// The result of an action: rows and the reader updated, the undo kept, conflicts
  /// reloaded (never overwritten), counts refreshed.
  static func worked(_ report: WorkReport, _ state: inout InboxState) -> [Effect] {
    for item in report.items { updateEverywhere(item, &state) }
    if report.request.isUndo {
      state.undo = nil
    } else if let undo = report.undo {
      state.undo = undo
    }
    let done = report.items.count - report.unchanged.count
    let summary = WorkText.summary(report.request, count: max(done, 1))
    var effects: [Effect] = recount(state)
    if report.failures.isEmpty {
      if done == 0 {
        state.notice = Notice(
          "Nothing changed: \(report.request.steps.count == 1 ? "it was" : "they were") already so")
      } else if report.request.isUndo {
        state.notice = Notice("Undone: \(summary)")
      } else {
        state.notice = Notice("\(summary.prefix(1).uppercased() + summary.dropFirst()) (z undoes)")
      }
    } else {
      let first = report.failures[0]
      let more = report.failures.count > 1 ? " (and \(report.failures.count - 1) more)" : ""
      let prefix = done > 0 ? "\(summary); refused for message \(first.id): " : ""
      var text = prefix + first.message + more
      if report.hasConflict { text += " — reloaded; nothing was overwritten" }
      state.notice = Notice(text, isError: true)
    }
    if report.hasConflict { effects += reloadAfterConflict(&state) }
    return effects
  }

  /// A message changed: the list row, the reader, the review queue show it as it is now.
  static func updateEverywhere(_ item: WorkItem, _ state: inout InboxState) {
    state.list.update(item.message)
    if state.reader?.messageID == item.id, state.reader?.data != nil {
      state.reader?.data?.message = item.message
      state.reader?.data?.item = item
    }
  }

  /// Counts of every view, after statuses changed.
  static func recount(_ state: InboxState) -> [Effect] {
    var filters: [ViewFilter] = []
    for filter in state.views.map(\.filter) + [state.filter] where !filters.contains(filter) {
      filters.append(filter)
    }
    return filters.map { .count([$0]) }
  }

  /// Someone else changed a message first: show it as it is now.
  static func reloadAfterConflict(_ state: inout InboxState) -> [Effect] {
    state.generation += 1
    var effects: [Effect] = []
    if let selected = state.list.selectedMessage {
      effects.append(
        .loadAround(
          generation: state.generation, filter: state.filter, cursor: MessageCursor(selected)))
    }
    if let reader = state.reader { effects.append(.loadReader(reader.messageID)) }
    return effects
  }

  /// Tags as typed, separated by commas, as the workflow keeps them (trimmed, lower case).
  static func tags(_ text: String) -> [String] {
    text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
      .filter { !$0.isEmpty }
  }
}
