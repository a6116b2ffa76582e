import Foundation
import Testing
import Triage

@testable import Inbox

/// Triage actions, bulk actions and undo as pure state changes: what is asked of the
/// workflow, and what the answers do to the screen.
@Suite struct WorkUpdateTests {
  let three = [
    message(1, minutes: 1, status: .new, category: .adviceRequest),
    message(2, minutes: 2, status: .triaged, category: .admin),
    message(3, minutes: 3, status: .posted, category: .review),
  ]

  @Test func anAssistantIsRefusedTriageWithTheLibrarysReason() {
    var current = actingState(three, role: .assistant)
    let effects = Update.apply(.key(.char("C")), to: &current)
    #expect(effects.isEmpty)
    #expect(current.overlay == nil)
    #expect(current.notice?.isError == true)
    // The role gate comes from the library's action table.
    #expect(current.notice?.text == "triage: needs the clinician role")
    // An assistant may tag: a prompt opens.
    _ = Update.apply(.key(.char("+")), to: &current)
    #expect(current.overlay == .prompt(Prompt(.addTags, label: "Add tags (commas between)")))
  }

  @Test func aRefusedStatusChangeNamesTheStatus() {
    var current = actingState(three)
    // Closing needs a posted or rejected message; the first is new.
    _ = Update.apply(.key(.char("F")), to: &current)
    #expect(current.notice?.isError == true)
    #expect(current.notice?.text.hasPrefix("cannot close message 1: its status is new") == true)
    // The status bar dims what the workflow would refuse on the selected message.
    func triageHintIsDim(_ state: InboxState) -> Bool? {
      let hints = Chrome.hints(state)
      guard let range = hints.text.range(of: "C triage") else { return nil }
      let offset = hints.text.distance(from: hints.text.startIndex, to: range.lowerBound)
      return hints.glyphs[offset].style.attributes.contains(.dim)
    }
    #expect(triageHintIsDim(current) == false)
    _ = Update.apply(.key(.char("j")), to: &current)
    _ = Update.apply(.key(.char("j")), to: &current)
    #expect(triageHintIsDim(current) == true, "a posted message cannot be triaged")
  }

  @Test func triageAsksForTheCategoryThenTheUrgencyThenActsOnTheVersionSeen() {
    var current = actingState(three)
    current.list.update(
      {
        var first = three[0]
        first.version = 7
        first.urgency = 2
        return first
      }())
    _ = Update.apply(.key(.char("C")), to: &current)
    guard case .picker(let categories) = current.overlay else {
      Issue.record("no picker")
      return
    }
    #expect(categories.options[categories.selected].choice == .triageCategory(.adviceRequest))
    _ = Update.apply(.key(.char("g")), to: &current)
    _ = Update.apply(.key(.enter), to: &current)
    guard case .picker(let urgency) = current.overlay else {
      Issue.record("no urgency picker")
      return
    }
    #expect(urgency.title == "emergency: urgency")
    #expect(urgency.selected == 2, "the message's own urgency")
    _ = Update.apply(.key(.char("G")), to: &current)
    let effects = Update.apply(.key(.enter), to: &current)
    #expect(
      effects == [
        .work(WorkRequest(.triage(.emergency, urgency: 3), on: [WorkTarget(id: 1, expecting: 7)]))
      ])
  }

  @Test func assigningOffersMeTheCliniciansAndNobody() {
    var current = actingState(three)
    current.staff = [
      Staff(user: "alice", displayName: "Alice", role: .clinician, addedAt: testNow, addedBy: nil),
      Staff(user: "bob", displayName: "Bob", role: .supervisor, addedAt: testNow, addedBy: nil),
      Staff(user: "amy", displayName: "Amy", role: .assistant, addedAt: testNow, addedBy: nil),
    ]
    _ = Update.apply(.key(.char("a")), to: &current)
    guard case .picker(let picker) = current.overlay else {
      Issue.record("no picker")
      return
    }
    #expect(picker.options.map(\.label) == ["me (alice)", "bob (Bob, supervisor)", "nobody"])
    #expect(picker.selected == 2, "it is assigned to nobody now")
    _ = Update.apply(.key(.char("k")), to: &current)
    let effects = Update.apply(.key(.enter), to: &current)
    #expect(effects == [.work(WorkRequest(.assign("bob"), on: [WorkTarget(three[0])]))])
  }

  @Test func bulkActionsAskFirstWhenDestructiveAndUseTheVersionsOnScreen() {
    var current = actingState(three)
    _ = Update.apply(.key(.char("t")), to: &current)
    _ = Update.apply(.key(.char("t")), to: &current)
    current.marked.insert(99)  // marked, then scrolled out of the window
    _ = Update.apply(.key(.char(";")), to: &current)
    #expect(current.bulkPending)
    #expect(Render.frame(current, size: current.size).lines.last?.contains("3 marked") == true)
    var effects = Update.apply(.key(.char("$")), to: &current)
    #expect(effects.isEmpty)
    guard case .confirm(let confirmation) = current.overlay else {
      Issue.record("no confirmation")
      return
    }
    #expect(confirmation.question == "Mark 3 messages as spam?")
    effects = Update.apply(.key(.char("y")), to: &current)
    #expect(
      effects == [
        .work(
          WorkRequest(
            .spam,
            on: [
              WorkTarget(id: 1, expecting: 1), WorkTarget(id: 2, expecting: 1),
              WorkTarget(id: 99, expecting: nil),
            ]))
      ])
    // Not every action applies to marked messages; a non-action key cancels.
    _ = Update.apply(.key(.char(";")), to: &current)
    _ = Update.apply(.key(.char("A")), to: &current)
    #expect(current.notice?.text == "reply cannot be applied to marked messages")
    _ = Update.apply(.key(.char(";")), to: &current)
    _ = Update.apply(.key(.char("Z")), to: &current)
    #expect(current.notice?.text == "Nothing applied to the marked messages")
    #expect(!current.bulkPending)
  }

  @Test func aResultUpdatesTheRowsKeepsTheUndoAndUndoAppliesTheInverse() {
    var current = actingState(three)
    var spam = three[0]
    spam.status = .spam
    spam.version = 2
    let request = WorkRequest(.spam, on: [WorkTarget(three[0])])
    let undo = UndoRecord(
      summary: "message 1 marked as spam",
      steps: [WorkStep(WorkTarget(id: 1, expecting: 2), .reopen)])
    let effects = Update.apply(
      .worked(WorkReport(request: request, items: [WorkItem(message: spam)], undo: undo)),
      to: &current)
    #expect(current.list.rows[0].status == .spam)
    #expect(current.undo == undo)
    #expect(current.notice?.text == "Message 1 marked as spam (z undoes)")
    #expect(effects.allSatisfy { if case .count = $0 { true } else { false } })
    let undoing = Update.apply(.key(.char("z")), to: &current)
    #expect(undoing == [.work(WorkRequest(steps: undo.steps, isUndo: true))])
    _ = Update.apply(
      .worked(
        WorkReport(
          request: WorkRequest(steps: undo.steps, isUndo: true),
          items: [WorkItem(message: three[0])])),
      to: &current)
    #expect(current.undo == nil)
    #expect(current.notice?.text == "Undone: message 1 reopened")
    _ = Update.apply(.key(.char("z")), to: &current)
    #expect(current.notice?.text == "Nothing to undo")
  }

  @Test func aConflictIsShownAndTheMessageReloadedNeverOverwritten() {
    var current = actingState(three)
    let request = WorkRequest(.spam, on: [WorkTarget(three[0])])
    let failure = WorkReport.Failure(
      id: 1,
      Problem(
        .conflict,
        "message 1 changed since you read it: you had version 1, it is now version 2 (last by bob: assign)"
      ))
    let effects = Update.apply(
      .worked(WorkReport(request: request, failures: [failure])), to: &current)
    #expect(current.notice?.isError == true)
    #expect(current.notice?.text.hasSuffix("— reloaded; nothing was overwritten") == true)
    #expect(
      effects.contains(
        .loadAround(
          generation: current.generation, filter: current.filter,
          cursor: MessageCursor(three[0]))))
    #expect(current.undo == nil)
  }

  @Test func everyOperationKnowsItsInverse() {
    let before = WorkItem(
      message: message(1, status: .triaged, urgency: 1, category: .admin), tags: ["billing"])
    func after(_ change: (inout WorkItem) -> Void) -> WorkItem {
      var item = before
      change(&item)
      return item
    }
    let cases: [(WorkOperation, WorkItem, Result<WorkOperation, UndoRefusal>)] = [
      (
        .triage(.emergency, urgency: 3), after { $0.message.category = .emergency },
        .success(.triage(.admin, urgency: 1))
      ),
      (.priority(3), after { $0.message.urgency = 3 }, .success(.priority(1))),
      (.assign("bob"), after { $0.message.assignee = "bob" }, .success(.assign(nil))),
      (
        .tag(["knee", "billing"]), after { $0.tags = ["billing", "knee"] },
        .success(.untag(["knee"]))
      ),
      (.untag(["billing"]), after { $0.tags = [] }, .success(.tag(["billing"]))),
      (.spam, after { $0.message.status = .spam }, .success(.reopen)),
      (.noReply, after { $0.message.status = .noReplyNeeded }, .success(.reopen)),
      (
        .markPosted(url: nil), after { $0.message.status = .posted },
        .failure(UndoRefusal("the reply was posted outside Rounds"))
      ),
    ]
    for (operation, changed, expected) in cases {
      #expect(operation.inverse(before: before, after: changed) == expected, "\(operation)")
    }
    let spam = WorkItem(message: message(2, status: .spam))
    #expect(WorkOperation.reopen.inverse(before: spam, after: before) == .success(.spam))
    let closed = WorkItem(message: message(3, status: .closed))
    #expect(
      WorkOperation.reopen.inverse(before: closed, after: before)
        == .failure(
          UndoRefusal("a reopened conversation cannot be closed again until it is answered")))
  }
}
