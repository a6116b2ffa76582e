import Triage

/// The review queue: read a submitted draft beside its original, decide with a note.
extension Update {
  static func openReviewQueue(_ state: inout InboxState) -> [Effect] {
    let wanted = currentItem(state).flatMap { $0.status == .inReview ? $0.id : nil }
    state.review = ReviewState(wanted: wanted)
    if state.screen != .review { state.screens.append(.review) }
    return [.loadReviewQueue]
  }

  static func reviewAction(_ id: ActionID, _ state: inout InboxState) -> [Effect] {
    guard state.review != nil else { return [] }
    let height = state.layout.body.height
    switch id {
    case .moveDown: scrollReview(by: 1, &state)
    case .moveUp: scrollReview(by: -1, &state)
    case .pageDown: scrollReview(by: max(1, height - 2), &state)
    case .pageUp: scrollReview(by: -max(1, height - 2), &state)
    case .first: scrollReview(by: Int.min / 2, &state)
    case .last: scrollReview(by: Int.max / 2, &state)
    case .nextMessage, .previousMessage:
      return moveInQueue(by: id == .nextMessage ? 1 : -1, &state)
    case .approve, .requestChanges, .reject:
      return askForDecision(id, &state)
    default:
      break
    }
    return []
  }

  static func scrollReview(by delta: Int, _ state: inout InboxState) {
    guard let review = state.review, let packet = review.packet else { return }
    let lines = ReviewDocument.lines(packet, state: state).count
    let limit = max(0, lines - state.layout.body.height)
    state.review?.scroll = max(0, min(limit, review.scroll.addingReportingOverflow(delta).0))
  }

  static func moveInQueue(by delta: Int, _ state: inout InboxState) -> [Effect] {
    guard var review = state.review, let queue = review.queue, !queue.isEmpty else { return [] }
    let target = review.index + delta
    guard queue.indices.contains(target) else {
      state.notice = Notice(delta > 0 ? "This is the last draft in review" : "This is the first")
      return []
    }
    review.index = target
    review.packet = nil
    review.scroll = 0
    state.review = review
    return [.loadReviewPacket(queue[target].id ?? 0)]
  }

  static func askForDecision(_ id: ActionID, _ state: inout InboxState) -> [Effect] {
    guard let packet = state.review?.packet else {
      state.notice = Notice("Nothing to decide on yet")
      return []
    }
    let decision: Review.Decision =
      switch id {
      case .approve: .approve
      case .requestChanges: .requestChanges
      default: .reject
      }
    let action: WorkflowAction =
      switch decision {
      case .approve: .approve
      case .requestChanges: .requestChanges
      case .reject: .reject
      }
    if let reason = refusal(action, on: packet.item, state) {
      state.notice = Notice(reason, isError: true)
      return []
    }
    let label =
      switch decision {
      case .approve: "Approve: your note"
      case .requestChanges: "Request changes: what should change"
      case .reject: "Reject: why"
      }
    state.overlay = .prompt(Prompt(.reviewNote(decision), label: label))
    return []
  }

  static func reviewNote(_ note: String, _ decision: Review.Decision, _ state: inout InboxState)
    -> [Effect]
  {
    guard let packet = state.review?.packet else { return [] }
    guard !note.isEmpty else {
      state.notice = Notice("A decision needs a note: nothing was decided", isError: true)
      return []
    }
    if decision == .approve, packet.hasBlockingRisk {
      let rules = Set((packet.risks ?? []).filter { $0.severity == .block }.map(\.rule)).sorted()
      state.overlay = .prompt(
        Prompt(
          .overrideReason(note: note),
          label: "Block risk (\(rules.joined(separator: ", "))): why approve it anyway"))
      return []
    }
    return [
      .decide(
        DecisionRequest(
          id: packet.item.id, decision: decision, note: note, expecting: packet.item.version))
    ]
  }

  static func overrideReason(_ reason: String, note: String, _ state: inout InboxState)
    -> [Effect]
  {
    guard let packet = state.review?.packet else { return [] }
    guard !reason.isEmpty else {
      state.notice = Notice(
        "Approving despite a block risk needs a reason: nothing was decided", isError: true)
      return []
    }
    return [
      .decide(
        DecisionRequest(
          id: packet.item.id, decision: .approve, note: note, overrideReason: reason,
          expecting: packet.item.version))
    ]
  }

  /// Results of the review's work.
  static func reviewLoaded(_ action: Action, _ state: inout InboxState) -> [Effect] {
    switch action {
    case .reviewQueueLoaded(let messages):
      guard var review = state.review else { return [] }
      let currentID = review.current?.id
      review.queue = messages
      if let wanted = review.wanted ?? currentID,
        let index = messages.firstIndex(where: { $0.id == wanted })
      {
        review.index = index
      } else {
        review.index = max(0, min(review.index, messages.count - 1))
      }
      review.wanted = nil
      let changed = review.current?.id != currentID || review.packet == nil
      if changed {
        review.packet = nil
        review.scroll = 0
      }
      state.review = review
      guard let current = review.current?.id else { return [] }
      return changed || review.packet == nil ? [.loadReviewPacket(current)] : []
    case .reviewPacketLoaded(let id, let packet):
      guard state.review?.current?.id == id else { return [] }
      state.review?.packet = packet
      updateEverywhere(packet.item, &state)
      return []
    case .decided(let request, let item):
      updateEverywhere(item, &state)
      let revision = item.draft?.revision ?? 0
      let verb =
        switch request.decision {
        case .approve: "Approved"
        case .requestChanges: "Asked for changes to"
        case .reject: "Rejected"
        }
      state.notice = Notice(
        "\(verb) revision \(revision) of the reply to message \(request.id)"
          + (request.overrideReason != nil ? " (override recorded)" : ""))
      // The decided draft leaves the queue; the next one takes its place.
      state.review?.packet = nil
      return [.loadReviewQueue] + recount(state)
    case .decisionFailed(let request, let problem):
      var text = problem.message
      var effects: [Effect] = []
      if problem.kind == .conflict {
        text += " — reloaded; read it again before deciding"
        effects.append(.loadReviewPacket(request.id))
      }
      state.notice = Notice(text, isError: true)
      return effects
    default:
      return []
    }
  }
}
