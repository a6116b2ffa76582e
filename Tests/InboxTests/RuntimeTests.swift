import Foundation
import Testing
import Triage

@testable import Inbox

/// The real runtime and data layer over a real store: paging, search, views, the reader.
@Suite struct RuntimeTests {
  /// `count` messages, newest first by id order reversed: message n is n minutes old.
  func store(_ count: Int, text: (Int) -> String = { "message number \($0)" }) throws
    -> InboxStore
  {
    try storeWith((1...count).map { message(Int64($0), text($0), minutes: Double($0)) })
  }

  @Test func scrollingAWholeLargeListKeepsTheWindowBounded() throws {
    let inbox = try store(2000)
    let app = runtime(inbox, height: 30)
    #expect(app.state.list.rows.count == ListWindow.pageSize)
    var seen = Set<Int64>()
    for _ in 0..<1999 {
      seen.insert(app.state.list.selectedMessage!.id!)
      app.press(.char("j"))
      #expect(app.state.list.rows.count <= ListWindow.capacity)
    }
    seen.insert(app.state.list.selectedMessage!.id!)
    #expect(seen.count == 2000)
    #expect(app.state.list.selectedMessage?.externalID == "e2000")
    #expect(app.screenText.contains("2,000/2,000"))
    // And all the way back up with pages.
    for _ in 0..<80 { app.press(.pageUp) }
    #expect(app.state.list.selectedMessage?.externalID == "e1")
    #expect(app.state.list.atStart)
  }

  @Test func bottomAndTopJumpWithoutLoadingEverythingBetween() throws {
    let inbox = try store(1000)
    let app = runtime(inbox)
    app.press(.char("G"))
    #expect(app.state.list.selectedMessage?.externalID == "e1000")
    #expect(app.state.list.rows.count == ListWindow.pageSize)
    #expect(app.screenText.contains("1,000/1,000"))
    app.press(.char("k"))
    #expect(app.state.list.selectedMessage?.externalID == "e999")
    app.press(.char("g"))
    #expect(app.state.list.selectedMessage?.externalID == "e1")
  }

  @Test func searchJumpsBetweenMatchesAndWrapsAround() throws {
    let inbox = try store(500) { $0 % 100 == 50 ? "my knee hurts (\($0))" : "hello \($0)" }
    let app = runtime(inbox)
    app.press(.char("/"))
    app.type("KNEE")
    app.press(.enter)
    #expect(app.state.list.selectedMessage?.externalID == "e50")
    app.press(.char("n"))
    #expect(app.state.list.selectedMessage?.externalID == "e150")
    app.press(.char("n"), .char("n"), .char("n"))
    #expect(app.state.list.selectedMessage?.externalID == "e450")
    app.press(.char("n"))
    #expect(app.state.list.selectedMessage?.externalID == "e50")
    #expect(app.state.notice?.text == "Search went on from the top")
    app.press(.char("N"))
    #expect(app.state.list.selectedMessage?.externalID == "e450")
    // Matches are marked in the list.
    let row = app.frame.lines.first { $0.contains("my knee hurts (450)") }
    #expect(row != nil)
    app.press(.char("L"))
    #expect(app.state.list.rows.map(\.externalID) == ["e50", "e150", "e250", "e350", "e450"])
    #expect(app.screenText.contains("matching \"KNEE\""))
    app.press(.char("/"))
    app.press(.ctrl("u"))
    app.type("nothing-like-it")
    app.press(.enter)
    #expect(app.state.list.isEmpty)
    #expect(app.screenText.contains("No message matches these filters"))
  }

  @Test func viewsAreCountedSavedAndDeleted() throws {
    var messages = (1...30).map { message(Int64($0), minutes: Double($0)) }
    messages[0].status = .inReview
    messages[1].urgency = 3
    messages[2].status = .posted
    let app = runtime(try storeWith(messages))
    let counts = InboxView.builtIn.map { app.state.counts[$0.filter] }
    #expect(counts == [29, 28, 1, 1, 30])
    #expect(app.screenText.contains("Open · 29"))
    app.press(.char("u"), .char("S"))
    app.type("my urgent")
    app.press(.enter)
    app.waitForBackground()
    #expect(app.state.currentView.name == "my urgent")
    #expect(app.state.counts[app.state.filter] == 1)
    #expect(app.screenText.contains("6 my urgent"))
    app.press(.char("X"), .char("y"))
    #expect(app.state.views.count == InboxView.builtIn.count)
    #expect(app.state.currentView.name == "Open")
  }

  @Test func assignmentAndTagFiltersReadTheWorkflowsData() throws {
    let inbox = try store(6)
    try inbox.pool.write { db in
      try db.execute(sql: "UPDATE message SET assignee = 'alice' WHERE external_id IN ('e2', 'e4')")
      try db.execute(sql: "UPDATE message SET assignee = 'bob' WHERE external_id = 'e5'")
      try db.execute(
        sql: """
          INSERT INTO message_tag (message_id, tag, added_by, added_at)
          SELECT id, 'refill', 'alice', 0 FROM message WHERE external_id IN ('e1', 'e5')
          """)
    }
    let app = runtime(inbox, capabilities: [.workflow])
    app.press(.char("m"))
    #expect(app.state.list.rows.map(\.externalID) == ["e2", "e4"])
    app.press(.char("U"))
    #expect(app.state.list.rows.map(\.externalID) == ["e1", "e3", "e6"])
    app.press(.char("U"), .char("#"))
    app.type("refill")
    app.press(.enter)
    #expect(app.state.list.rows.map(\.externalID) == ["e1", "e5"])
    #expect(app.screenText.contains("tag refill"))
  }

  @Test func theReaderShowsTheThreadAndTheAuthorsEarlierMessages() throws {
    let messages = [
      message(1, "What are your hours?", minutes: 1, thread: "t1", parent: "e3"),
      message(
        2, "Same question here", minutes: 2, author: "sam", name: "Sam", thread: "t1", parent: "e3"),
      message(
        3, "We are open on Saturday!", minutes: 3, author: "clinic", name: "Clinic", thread: "t1"),
      message(4, "My first question last year", minutes: 500_000),
    ]
    let app = runtime(try storeWith(messages))
    app.press(.enter)
    let text = app.screenText
    #expect(text.contains("What are your hours?"))
    #expect(text.contains("↑ in reply to: Clinic"))
    #expect(text.contains("Sam"))
    #expect(text.contains("Earlier from Pat Q on this platform"))
    #expect(text.contains("My first question last year"))
    #expect(text.contains("https://x.com/pat_q/status/1"))
    #expect(text.contains("No detector is installed in this build"))
  }

  @Test func theReaderHighlightsWhatTheDetectorFinds() throws {
    let inbox = try storeWith([
      message(1, "Please call me at 555-867-5309 about my results", minutes: 1)
    ])
    let detector = PHIDetector()
    let app = runtime(inbox, findings: { detector.findings(in: $0.text) })
    app.press(.enter)
    let frame = app.frame
    let row = try #require(frame.lines.firstIndex { $0.contains("Please call me at") })
    let column = try #require(frame.lines[row].range(of: "555")).lowerBound
    let x = frame.lines[row].distance(from: frame.lines[row].startIndex, to: column)
    #expect(frame[x, row].style == ReaderDocument.phiStyle)
    #expect(app.screenText.contains("Findings (1)"))
    #expect(app.screenText.contains("PHI PHONE \"555-867-5309\""))
  }

  @Test func theDashboardCountsByStatusCategoryAndDay() throws {
    var messages = (1...12).map { message(Int64($0), minutes: Double($0) * 60 * 24) }
    messages[0].category = .emergency
    let app = runtime(try storeWith(messages))
    app.handle(.key(.char("d")))
    app.waitForBackground()
    let text = app.screenText
    #expect(text.contains("12 inbound messages"))
    #expect(text.contains("By status"))
    #expect(text.contains("emergency"))
    #expect(text.contains("Messages per day (UTC)"))
    #expect(text.contains("No reply has been approved yet."))
  }

  @Test func resizingRelayoutsAndTinyTerminalsSaySo() throws {
    let app = runtime(try store(50))
    #expect(app.screenText.contains("VIEWS"))
    app.handle(.resize(Size(width: 80, height: 24)))
    #expect(!app.screenText.contains("VIEWS"))
    #expect(app.frame.size == Size(width: 80, height: 24))
    for _ in 0..<30 { app.press(.char("j")) }
    let selectedRow = app.state.list.selected - app.state.list.top
    #expect(selectedRow < app.state.layout.listRows)
    app.handle(.resize(Size(width: 59, height: 20)))
    #expect(app.screenText.contains("Terminal too small"))
    #expect(app.screenText.contains("this is 59×20"))
    app.handle(.resize(Size(width: 60, height: 15)))
    #expect(!app.screenText.contains("Terminal too small"))
    #expect(app.state.list.selected - app.state.list.top < app.state.layout.listRows)
  }
}
