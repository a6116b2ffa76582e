import Foundation
import GRDB
import Testing

@testable import Triage

@Suite struct InboxViewsTests {
  @Test func savedViewsArePersonalOrderedAndReplacedByName() throws {
    let store = try makeStore()
    let urgent = ViewFilter(statuses: [.new], minimumUrgency: 2, order: .urgency)
    let facebook = ViewFilter(platform: .facebook, search: "knee")
    try store.saveView(SavedView(name: "urgent", filter: urgent), for: "alice")
    try store.saveView(SavedView(name: "fb knee", filter: facebook), for: "alice")
    try store.saveView(SavedView(name: "mine", filter: ViewFilter()), for: "bob")
    #expect(try store.savedViews(for: "alice").map(\.name) == ["urgent", "fb knee"])
    #expect(try store.savedViews(for: "alice")[1].filter == facebook)
    // Saving under an existing name replaces the filter and keeps the place.
    try store.saveView(SavedView(name: "urgent", filter: facebook), for: "alice")
    let views = try store.savedViews(for: "alice")
    #expect(views.map(\.name) == ["urgent", "fb knee"])
    #expect(views[0].filter == facebook)
    try store.deleteView(named: "urgent", for: "alice")
    #expect(try store.savedViews(for: "alice").map(\.name) == ["fb knee"])
    #expect(try store.savedViews(for: "bob").map(\.name) == ["mine"])
    #expect(throws: RoundsError.self) { try store.deleteView(named: "urgent", for: "alice") }
  }

  @Test func viewNamesMustBeShortAndVisible() throws {
    let store = try makeStore()
    for name in ["", "   ", String(repeating: "a", count: 41), "bad\u{1B}[2J"] {
      #expect(throws: RoundsError.self) {
        try store.saveView(SavedView(name: name, filter: ViewFilter()), for: "alice")
      }
    }
    try store.saveView(SavedView(name: "  café ☕  ", filter: ViewFilter()), for: "alice")
    #expect(try store.savedViews(for: "alice").map(\.name) == ["café ☕"])
  }

  @Test func anUnreadableSavedViewIsReportedByName() throws {
    let store = try makeStore()
    try store.pool.write { db in
      try db.execute(
        sql: """
          INSERT INTO saved_view (user, name, filter, position, created_at)
          VALUES ('alice', 'broken', '{"order": 7}', 1, 0)
          """)
    }
    #expect {
      try store.savedViews(for: "alice")
    } throws: { error in
      (error as? RoundsError)?.what.contains("saved view \"broken\"") == true
    }
  }

  @Test func aViewFilterBecomesAnInboundQuery() {
    let filter = ViewFilter(
      statuses: [.new], platform: .x, category: .admin, minimumUrgency: 1, search: "hours",
      order: .urgency)
    let query = filter.query(limit: 20)
    #expect(query.kind == .inbound)
    #expect(query.statuses == [.new])
    #expect(query.platform == .x)
    #expect(query.category == .admin)
    #expect(query.minimumUrgency == 1)
    #expect(query.search == "hours")
    #expect(query.order == .urgency)
    #expect(query.limit == 20)
    #expect(ViewFilter.openStatuses.allSatisfy { !$0.isFinished })
  }

  @Test func contextFindsParentSiblingsRepliesAndEarlierMessages() throws {
    let store = try makeStore()
    func add(_ id: String, at: Double, author: String, parent: String?, thread: String? = "t1")
      throws -> Message
    {
      var message = sampleMessage(id, at: at, author: author)
      message.threadID = thread
      message.parentID = parent
      let stored = try store.insertIfAbsent(message)
      message.id = stored.id
      return message
    }
    _ = try add("post", at: 1, author: "clinic", parent: nil)
    let question = try add("q1", at: 2, author: "pat", parent: "post")
    _ = try add("q2", at: 3, author: "sam", parent: "post")
    _ = try add("answer", at: 4, author: "clinic", parent: "q1")
    _ = try add("old", at: 0.5, author: "pat", parent: nil, thread: "t0")
    _ = try add("later", at: 9, author: "pat", parent: nil, thread: "t9")
    _ = try add("elsewhere", at: 0.2, author: "pat", parent: nil, thread: "t1x")
    let context = try store.context(of: question)
    #expect(context.parent?.externalID == "post")
    #expect(context.siblings.map(\.externalID) == ["q2"])
    #expect(context.replies.map(\.externalID) == ["answer"])
    #expect(context.earlier.map(\.externalID) == ["old", "elsewhere"])
    let limited = try store.context(of: question, limit: 1)
    #expect(limited.earlier.map(\.externalID) == ["old"])
  }

  @Test func contextWithoutAThreadOrAuthorIsEmpty() throws {
    let store = try makeStore()
    var lonely = sampleMessage("x1")
    lonely.authorHandle = nil
    lonely.id = try store.insertIfAbsent(lonely).id
    #expect(try store.context(of: lonely) == MessageContext())
  }

  @Test func dailyCountsFillEveryDayAndCountOnlyInbound() throws {
    let store = try makeStore()
    let day = 86_400.0
    let now = Date(timeIntervalSince1970: 100 * day + 3600)
    try store.insertIfAbsent(sampleMessage("a", at: 100 * day + 10))
    try store.insertIfAbsent(sampleMessage("b", at: 100 * day + 20))
    try store.insertIfAbsent(sampleMessage("c", at: 98 * day))
    try store.insertIfAbsent(sampleMessage("d", at: 98 * day, kind: .own))
    try store.insertIfAbsent(sampleMessage("e", at: 90 * day))
    let counts = try store.dailyCounts(days: 3, endingAt: now)
    #expect(counts.map(\.count) == [1, 0, 2])
    #expect(counts.first?.day == Date(timeIntervalSince1970: 98 * day))
    #expect(try store.dailyCounts(days: 3, endingAt: now, kind: nil).map(\.count) == [2, 0, 2])
    #expect(try store.dailyCounts(days: 0, endingAt: now).isEmpty)
  }

  @Test func platformsAreListedOnceEach() throws {
    let store = try makeStore()
    #expect(try store.platforms().isEmpty)
    for (index, platform) in [Platform.x, .facebook, .x, .google, .facebook].enumerated() {
      try store.insertIfAbsent(sampleMessage("m\(index)", platform: platform))
    }
    #expect(try store.platforms() == [.facebook, .google, .x])
  }
}

/// Every query the inbox runs on a list is served by an index: no full scan of the table and
/// no sort of the matches for the list orders (the query plans, checked on a database with
/// statistics, as the benchmark's synthetic inbox has).
@Suite struct InboxQueryPlanTests {
  func analyzedStore() throws -> InboxStore { try store(analyzed: true) }

  func store(analyzed: Bool) throws -> InboxStore {
    let store = try makeStore()
    for index in 0..<400 {
      var message = sampleMessage(
        "m\(index)", text: index % 50 == 0 ? "rare knee" : "common words here",
        platform: index % 3 == 0 ? .facebook : .x, at: Double(index * 60),
        status: index < 350 ? .posted : .new, urgency: index % 7 == 0 ? 2 : 0)
      message.threadID = "t\(index / 4)"
      message.category = index % 2 == 0 ? .admin : .review
      try store.insertIfAbsent(message)
    }
    if analyzed { try store.pool.write { db in try db.execute(sql: "ANALYZE") } }
    return store
  }

  func filters() -> [(String, ViewFilter)] {
    let open = ViewFilter.openStatuses
    return [
      ("open", ViewFilter(statuses: open)),
      ("new", ViewFilter(statuses: [.new])),
      ("urgent", ViewFilter(statuses: open, minimumUrgency: 2, order: .urgency)),
      ("in review", ViewFilter(statuses: [.inReview])),
      ("all", ViewFilter()),
      ("all by urgency", ViewFilter(order: .urgency)),
      ("platform", ViewFilter(platform: .facebook)),
      ("category", ViewFilter(category: .admin)),
      ("open by urgency", ViewFilter(statuses: open, order: .urgency)),
      ("posted", ViewFilter(statuses: [.posted])),
      ("new and posted", ViewFilter(statuses: [.new, .posted])),
      ("unassigned", ViewFilter(assignee: .nobody)),
      ("assigned", ViewFilter(assignee: .user("alice"))),
    ]
  }

  /// The partial indexes on messages: walking one visits only the rows of its list (a
  /// "SCAN ... USING INDEX" of one of them is a range read, not a scan of the table).
  func partialIndexes(_ store: InboxStore) throws -> Set<String> {
    try store.pool.read { db in
      try Set(
        String.fetchAll(
          db,
          sql: """
            SELECT name FROM sqlite_master
            WHERE type = 'index' AND tbl_name = 'message' AND sql LIKE '% WHERE %'
            """))
    }
  }

  /// A step that reads the whole table or a whole index of it.
  func scansTable(_ step: String, partial: Set<String>) -> Bool {
    guard step == "SCAN message" || step.hasPrefix("SCAN message ") else { return false }
    return !partial.contains { step.hasSuffix("INDEX \($0)") }
  }

  /// With statistics (after ANALYZE) and without (what a fresh inbox has).
  @Test(arguments: [true, false])
  func listQueriesUseAnIndexAndNeverSortTheTable(analyzed: Bool) throws {
    let store = try store(analyzed: analyzed)
    let partial = try partialIndexes(store)
    #expect(partial.count == 10)
    var queries = filters().map { ($0.0, { $0 } as (MessageQuery) -> MessageQuery, $0.1) }
    queries.append(
      (
        "own",
        {
          var query = $0
          query.kind = .own
          return query
        }, ViewFilter()
      ))
    for (name, adjust, filter) in queries {
      for cursor in [
        nil, MessageCursor(urgency: 2, createdAt: 5000, id: 9),
        MessageCursor(urgency: 0, createdAt: 5000, id: 9),
      ] {
        for direction in [MessageQuery.Direction.forward, .backward] {
          let plan = try store.queryPlan(
            adjust(filter.query(cursor: cursor, direction: direction, limit: 150)))
          let text = plan.joined(separator: " | ")
          #expect(text.contains("USING INDEX"), "\(name): \(text)")
          #expect(!text.contains("TEMP B-TREE"), "\(name): \(text)")
          #expect(!plan.contains { scansTable($0, partial: partial) }, "\(name): \(text)")
        }
      }
    }
  }

  @Test func searchQueriesStartFromTheFullTextIndex() throws {
    let store = try analyzedStore()
    let partial = try partialIndexes(store)
    for (name, filter) in filters() {
      var searching = filter
      searching.search = "knee"
      let plan = try store.queryPlan(searching.query(limit: 1))
      let text = plan.joined(separator: " | ")
      #expect(text.contains("message_fts VIRTUAL TABLE"), "\(name): \(text)")
      #expect(!plan.contains { scansTable($0, partial: partial) }, "\(name): \(text)")
    }
  }
}

@Suite struct SearchPlanTests {
  @Test func commonWordsWalkTheListOrderAndRareWordsStartFromTheMatches() throws {
    let store = try makeStore()
    try store.pool.write { db in
      for index in 0..<(SearchPlan.manyMatches + 100) {
        let text = index % 500 == 0 ? "common and rare" : "common words"
        _ = try InboxStore.insertIfAbsent(
          sampleMessage("m\(index)", text: text, at: Double(index)), in: db)
      }
      try db.execute(sql: "ANALYZE")
    }
    let common = try store.queryPlan(ViewFilter(search: "common").query(limit: 50))
    #expect(!common.joined().contains("TEMP B-TREE"), "\(common)")
    #expect(common.joined().contains("message_by_time"), "\(common)")
    let rare = try store.queryPlan(ViewFilter(search: "rare").query(limit: 50))
    #expect(rare.joined().contains("TEMP B-TREE FOR ORDER BY"), "\(rare)")
    // Both plans give the same rows in the same order.
    let commonPage = try store.page(ViewFilter(search: "common").query(limit: 5))
    #expect(commonPage.messages.map(\.externalID) == ["m2099", "m2098", "m2097", "m2096", "m2095"])
    let rarePage = try store.page(ViewFilter(search: "rare").query(limit: 10))
    #expect(rarePage.messages.map(\.externalID) == ["m2000", "m1500", "m1000", "m500", "m0"])
  }

  /// Migration v10: the inbound lists' time indexes hold the lists' own order, newest first,
  /// so messages from newest-first listings go in at their right edge.
  @Test func theInboundTimeIndexesAreNewestFirst() throws {
    let store = try makeStore()
    let definitions = try store.pool.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN
            ('message_by_time', 'message_open_by_time', 'message_by_platform',
             'message_own_by_time')
          """)
    }
    #expect(definitions.count == 4)
    for row in definitions {
      let name: String = row["name"]
      let sql: String = row["sql"]
      #expect(sql.contains("created_at DESC, id DESC") == (name != "message_own_by_time"), "\(sql)")
    }
  }

  /// Migration v11: the thread key starts with the thread id (the platform, shared by a whole
  /// import, decided no comparison), and the reader's context still finds threads through it.
  @Test func theThreadKeyLeadsWithTheThreadID() throws {
    let store = try makeStore()
    let definition = try store.pool.read { db in
      try String.fetchOne(
        db, sql: "SELECT sql FROM sqlite_master WHERE name = 'message_by_thread'")
    }
    let plan = try store.queryPlan(
      sql: """
        SELECT id FROM message WHERE platform = 'x' AND thread_id = 't' AND parent_id = 'p'
        ORDER BY created_at, id LIMIT 10
        """
    ).joined(separator: "; ")
    #expect(definition?.contains("(thread_id, platform)") == true)
    #expect(plan.contains("USING INDEX message_by_thread (thread_id=? AND platform=?)"), "\(plan)")
  }

  @Test func openMessagesAreServedByThePartialIndexes() throws {
    let store = try makeStore()
    for index in 0..<50 {
      try store.insertIfAbsent(
        sampleMessage(
          "m\(index)", at: Double(index), status: index % 5 == 0 ? .new : .posted,
          urgency: index % 3))
    }
    let open = ViewFilter(statuses: ViewFilter.openStatuses)
    let byTime = try store.queryPlan(open.query(direction: .backward, limit: 10))
    #expect(byTime.joined().contains("message_open_by_time"), "\(byTime)")
    var urgent = open
    urgent.minimumUrgency = 2
    urgent.order = .urgency
    let byUrgency = try store.queryPlan(urgent.query(limit: 10))
    #expect(byUrgency.joined().contains("message_open_by_urgency"), "\(byUrgency)")
    // The open condition selects the same messages as listing the statuses.
    let listed = try store.count(MessageQuery(statuses: [.new, .triaged]))
    #expect(try store.count(open.query()) == listed)
    #expect(listed == 10)
    // The statuses in another order are the same set.
    let shuffled = ViewFilter(statuses: ViewFilter.openStatuses.reversed())
    #expect(try store.queryPlan(shuffled.query()).joined().contains("message_open_by_time"))
  }
}
