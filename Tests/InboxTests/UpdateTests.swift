import Foundation
import Testing
import Triage

@testable import Inbox

@Suite struct UpdateTests {
  let ten = (1...10).map { message(Int64($0), minutes: Double($0)) }

  @Test func startingAsksForViewsTheFirstPageAndCountsInTheBackground() {
    var current = state()
    let effects = Update.start(&current)
    #expect(effects.contains(.loadSavedViews(select: nil)))
    #expect(
      effects.contains(
        .loadPage(
          PageRequest(generation: 0, filter: current.filter, cursor: nil, placement: .top))))
    let counts = effects.filter { if case .count = $0 { true } else { false } }
    #expect(counts.count == InboxView.builtIn.count)
    #expect(counts.allSatisfy { $0.isSlow })
  }

  @Test func movingStaysWithinTheListAndKeepsTheSelectionOnScreen() {
    let twenty = (1...20).map { message(Int64($0), minutes: Double($0)) }
    var current = loadedState(twenty, height: 15)
    #expect(current.layout.listRows == 12)
    for _ in 0..<25 { _ = Update.apply(.key(.char("j")), to: &current) }
    #expect(current.list.selected == 19)
    #expect(current.list.top == 8)
    _ = Update.apply(.key(.char("g")), to: &current)
    #expect(current.list.selected == 0)
    #expect(current.list.top == 0)
    _ = Update.apply(.key(.end), to: &current)
    #expect(current.list.selected == 19)
    _ = Update.apply(.key(.pageUp), to: &current)
    #expect(current.list.selected == 7)
    #expect(current.list.top == 7)
  }

  @Test func movingPastTheLoadedRowsAsksForTheNextPageAndFinishesTheMove() throws {
    var current = state(height: 20)
    _ = Update.start(&current)
    let first = Array(ten[0..<5])
    let cursor = MessageCursor(first.last!)
    let request = PageRequest(
      generation: 0, filter: current.filter, cursor: nil, placement: .top)
    var effects = Update.apply(
      .pageLoaded(request, MessagePage(messages: first, next: cursor, previous: nil)),
      to: &current)
    // Close to the end of what is loaded: the next page is fetched ahead of time.
    let append = PageRequest(
      generation: 0, filter: current.filter, cursor: cursor, placement: .append)
    #expect(effects == [.loadPage(append)])
    #expect(current.list.loadingForward)
    // Moving further than the loaded rows waits for that page, then completes the move.
    effects = Update.apply(.key(.pageDown), to: &current)
    #expect(effects.isEmpty)
    #expect(current.list.selected == 4)
    #expect(current.list.pendingMove == current.layout.listRows - 4)
    _ = Update.apply(
      .pageLoaded(append, MessagePage(messages: Array(ten[5...]), next: nil, previous: cursor)),
      to: &current)
    #expect(current.list.selected == 9)
    #expect(current.list.atEnd)
    #expect(current.list.pendingMove == 0)
  }

  @Test func pagesForAnOldFilterAreDropped() {
    var current = loadedState(ten)
    let old = current.generation
    _ = Update.apply(.key(.char("u")), to: &current)  // urgent only: a new list
    #expect(current.generation == old + 1)
    #expect(current.list.isLoading)
    let stale = PageRequest(generation: old, filter: current.filter, cursor: nil, placement: .top)
    _ = Update.apply(
      .pageLoaded(stale, MessagePage(messages: ten, next: nil, previous: nil)), to: &current)
    #expect(current.list.isEmpty)
  }

  @Test func quickFiltersChangeTheFilterAndClearGoesBackToTheView() {
    var current = loadedState(ten)
    _ = Update.apply(.key(.char("u")), to: &current)
    #expect(current.filter.minimumUrgency == 2)
    _ = Update.apply(.key(.char("o")), to: &current)  // the Open view is by urgency: o toggles
    #expect(current.filter.order == .newest)
    _ = Update.apply(.key(.char("r")), to: &current)
    #expect(current.filter.statuses == [.inReview])
    #expect(current.isFiltered)
    #expect(Chrome.filterSummary(current).contains("urgency ≥ 2"))
    let effects = Update.apply(.key(.char("x")), to: &current)
    #expect(current.filter == InboxView.builtIn[0].filter)
    #expect(effects.contains { if case .loadPage = $0 { true } else { false } })
  }

  @Test func pickersChooseAStatusAPlatformOrACategory() {
    var current = loadedState(ten)
    _ = Update.apply(.platformsLoaded([.facebook, .x]), to: &current)
    _ = Update.apply(.key(.char("p")), to: &current)
    guard case .picker(let picker) = current.overlay else {
      Issue.record("no picker")
      return
    }
    #expect(picker.options.map(\.label) == ["any platform", "facebook", "x"])
    _ = Update.apply(.key(.char("j")), to: &current)
    _ = Update.apply(.key(.enter), to: &current)
    #expect(current.overlay == nil)
    #expect(current.filter.platform == .facebook)
    _ = Update.apply(.key(.char("s")), to: &current)
    _ = Update.apply(.key(.char("G")), to: &current)
    _ = Update.apply(.key(.enter), to: &current)
    #expect(current.filter.statuses == [.spam])
    _ = Update.apply(.key(.char("c")), to: &current)
    _ = Update.apply(.key(.escape), to: &current)
    #expect(current.overlay == nil)
    #expect(current.filter.category == nil)
  }

  @Test func searchingAsksForTheNextMatchFromTheSelection() {
    var current = loadedState(ten)
    _ = Update.apply(.key(.char("j")), to: &current)
    _ = Update.apply(.key(.char("/")), to: &current)
    for character in "knee" { _ = Update.apply(.key(.char(character)), to: &current) }
    _ = Update.apply(.key(.backspace), to: &current)
    _ = Update.apply(.key(.char("e")), to: &current)
    let effects = Update.apply(.key(.enter), to: &current)
    #expect(current.search == "knee")
    #expect(
      effects == [
        .find(
          generation: current.generation, filter: current.filter, search: "knee",
          from: MessageCursor(ten[1]), direction: .forward)
      ])
    #expect(
      Update.apply(.key(.char("N")), to: &current) == [
        .find(
          generation: current.generation, filter: current.filter, search: "knee",
          from: MessageCursor(ten[1]), direction: .backward)
      ])
    _ = Update.apply(.noMatch(generation: current.generation, search: "knee"), to: &current)
    #expect(current.notice?.text == "No message matches \"knee\"")
  }

  @Test func nWithoutASearchSaysWhatToDo() {
    var current = loadedState(ten)
    #expect(Update.apply(.key(.char("n")), to: &current).isEmpty)
    #expect(current.notice?.text.contains("press /") == true)
  }

  @Test func limitingToTheSearchFiltersTheList() {
    var current = loadedState(ten)
    current.search = "knee"
    _ = Update.apply(.key(.char("L")), to: &current)
    #expect(current.filter.search == "knee")
    _ = Update.apply(.key(.char("L")), to: &current)
    #expect(current.filter.search == nil)
  }

  @Test func markingMovesOnAndClearingAsksFirst() {
    var current = loadedState(ten)
    _ = Update.apply(.key(.char("t")), to: &current)
    _ = Update.apply(.key(.char("t")), to: &current)
    #expect(current.marked == [1, 2])
    #expect(current.list.selected == 2)
    _ = Update.apply(.key(.char("T")), to: &current)
    #expect(current.overlay == .confirm(Confirmation("Unmark 2 messages?", .clearMarks)))
    _ = Update.apply(.key(.char("n")), to: &current)
    #expect(current.marked.count == 2)
    _ = Update.apply(.key(.char("T")), to: &current)
    _ = Update.apply(.key(.char("x")), to: &current)
    #expect(current.overlay != nil, "other keys do not answer the question")
    _ = Update.apply(.key(.char("y")), to: &current)
    #expect(current.marked.isEmpty)
  }

  @Test func workflowFiltersExplainWhyTheyAreOff() {
    var current = loadedState(ten)
    #expect(Update.apply(.key(.char("m")), to: &current).isEmpty)
    #expect(current.notice?.text == "filter-mine: needs the workflow (assignment and tags)")
    var stranger = loadedState(ten)
    stranger.session.role = nil
    _ = Update.apply(.key(.char("m")), to: &stranger)
    #expect(stranger.notice?.text == "filter-mine: needs the assistant role")
  }

  @Test func workflowFiltersNarrowToMineUnassignedOrATag() {
    var current = loadedState(ten)
    current.session.capabilities = [.workflow]
    _ = Update.apply(.key(.char("m")), to: &current)
    #expect(current.filter.assignee == .user("alice"))
    #expect(Chrome.filterSummary(current).contains("mine"))
    _ = Update.apply(.key(.char("U")), to: &current)
    #expect(current.filter.assignee == .nobody)
    _ = Update.apply(.key(.char("U")), to: &current)
    #expect(current.filter.assignee == nil)
    _ = Update.apply(.key(.char("#")), to: &current)
    for character in "Refill" { _ = Update.apply(.key(.char(character)), to: &current) }
    _ = Update.apply(.key(.enter), to: &current)
    #expect(current.filter.tag == "refill")
    #expect(current.filter.query().tag == "refill")
    // Bulk actions need the inbox opened with the workflow (not read-only).
    _ = Update.apply(.key(.char(";")), to: &current)
    #expect(
      current.notice?.text.hasPrefix("apply-to-marked: the inbox was opened read-only") == true)
  }

  @Test func savingAViewUsesTheCurrentFiltersAndSelectsIt() {
    var current = loadedState(ten)
    _ = Update.apply(.key(.char("u")), to: &current)
    _ = Update.apply(.key(.char("S")), to: &current)
    for character in "hot" { _ = Update.apply(.key(.char(character)), to: &current) }
    let effects = Update.apply(.key(.enter), to: &current)
    #expect(effects == [.saveView(SavedView(name: "hot", filter: current.filter))])
    let saved = SavedView(name: "hot", filter: current.filter)
    _ = Update.apply(.savedViewsLoaded([saved], select: "hot"), to: &current)
    #expect(current.currentView.name == "hot")
    #expect(current.viewIndex == InboxView.builtIn.count)
    #expect(!current.isFiltered)
    // Deleting a saved view asks first.
    _ = Update.apply(.key(.char("X")), to: &current)
    #expect(
      current.overlay == .confirm(Confirmation("Delete the view \"hot\"?", .deleteView("hot"))))
    #expect(Update.apply(.key(.char("y")), to: &current) == [.deleteView("hot")])
    // Built-in views cannot be deleted.
    _ = Update.apply(.key(.char("1")), to: &current)
    _ = Update.apply(.key(.char("X")), to: &current)
    #expect(current.overlay == nil)
  }

  @Test func viewsSwitchByNumberAndTab() {
    var current = loadedState(ten)
    _ = Update.apply(.key(.char("3")), to: &current)
    #expect(current.currentView.name == "Urgent")
    #expect(current.filter.order == .urgency)
    _ = Update.apply(.key(.tab), to: &current)
    #expect(current.currentView.name == "In review")
    _ = Update.apply(.key(.backTab), to: &current)
    _ = Update.apply(.key(.backTab), to: &current)
    #expect(current.currentView.name == "New")
    _ = Update.apply(.key(.char("9")), to: &current)
    #expect(current.notice?.text == "There is no view 9")
  }

  @Test func openingReadingAndGoingBack() {
    var current = loadedState(ten)
    _ = Update.apply(.key(.char("j")), to: &current)
    #expect(Update.apply(.key(.enter), to: &current) == [.loadReader(2)])
    #expect(current.screen == .reader)
    _ = Update.apply(.readerLoaded(2, ReaderData(message: ten[1], findings: nil)), to: &current)
    #expect(current.reader?.data?.message.id == 2)
    #expect(Update.apply(.key(.char("J")), to: &current) == [.loadReader(3)])
    #expect(current.list.selected == 2)
    _ = Update.apply(.key(.char("q")), to: &current)
    #expect(current.screen == .list)
    #expect(current.reader == nil)
  }

  @Test func helpOpensOverAnyScreenAndClosesWithTheSameKey() {
    var current = loadedState(ten)
    _ = Update.apply(.key(.enter), to: &current)
    _ = Update.apply(.key(.char("?")), to: &current)
    #expect(current.screens == [.list, .reader, .help])
    _ = Update.apply(.key(.char("?")), to: &current)
    #expect(current.screen == .reader)
    _ = Update.apply(.key(.char("d")), to: &current)
    #expect(current.screen == .dashboard)
    _ = Update.apply(.key(.char("i")), to: &current)
    #expect(current.screens == [.list])
  }

  @Test func unboundKeysSayHowToFindTheKeys() {
    var current = loadedState(ten)
    _ = Update.apply(.key(.char("Z")), to: &current)
    #expect(current.notice?.text == "Z does nothing here; press ? for the keys")
  }

  @Test func mouseClicksSelectThenOpenAndTheWheelScrolls() {
    var current = loadedState(ten)
    let layout = current.layout
    let third = Point(x: layout.list.x + 5, y: layout.firstListRow + 2)
    _ = Update.apply(.mouse(MouseEvent(.press, at: third)), to: &current)
    #expect(current.list.selected == 2)
    #expect(current.screen == .list)
    _ = Update.apply(.mouse(MouseEvent(.press, at: third)), to: &current)
    #expect(current.screen == .reader)
    _ = Update.apply(.key(.char("q")), to: &current)
    _ = Update.apply(.mouse(MouseEvent(.wheelDown, at: third)), to: &current)
    #expect(current.list.selected == 5)
    // A click on the sidebar shows that view.
    let sidebar = Point(x: 2, y: layout.firstViewRow + 4)
    _ = Update.apply(.mouse(MouseEvent(.press, at: sidebar)), to: &current)
    #expect(current.currentView.name == "All")
  }

  @Test func ctrlCQuitsAndCancelsPrompts() {
    var current = loadedState(ten)
    _ = Update.apply(.key(.char("/")), to: &current)
    _ = Update.apply(.key(.ctrl("c")), to: &current)
    #expect(current.overlay == nil)
    #expect(!current.isQuitting)
    #expect(Update.apply(.key(.ctrl("c")), to: &current) == [.quit])
    #expect(current.isQuitting)
  }

  @Test func theFunctionalFormLeavesTheOldStateAlone() {
    let before = loadedState(ten)
    let (after, effects) = Update.reduce(before, .key(.char("j")))
    #expect(before.list.selected == 0)
    #expect(after.list.selected == 1)
    #expect(effects.isEmpty)
  }
}
