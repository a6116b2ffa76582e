import ArgumentParser
import Foundation
import GRDB
import Inbox
import Triage

struct TuiBenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tui",
    abstract: "Time the inbox front end on a large synthetic inbox.",
    discussion: """
      Builds (or reuses) a synthetic inbox of --messages messages at --db, then drives the real \
      runtime, data layer and renderer with an in-memory terminal of --width x --height: the \
      first frame after opening the database, navigation keys, opening messages, searches. \
      Targets: first frame < 200 ms, a navigation key to a finished frame < 16 ms, a search < \
      100 ms. Curses' own output is not included (it diffs and writes only changed cells).
      """)

  @Option(help: ArgumentHelp("The synthetic inbox (built when absent).", valueName: "path"))
  var db: String = "bench-out/tui-inbox.sqlite"

  @Option(help: "Messages in the synthetic inbox.")
  var messages: Int = 1_000_000

  @Option(help: "Terminal width.")
  var width: Int = 120

  @Option(help: "Terminal height.")
  var height: Int = 40

  @Option(help: "Repetitions of each measured step.")
  var repeats: Int = 200

  @Flag(help: "Print the query plans of the list and search queries.")
  var plans = false

  func validate() throws {
    guard messages > 0 else { throw ValidationError("--messages must be at least 1") }
    guard width >= 60, height >= 15 else { throw ValidationError("the inbox needs 60x15 at least") }
  }

  func run() throws {
    let path = StoreLocation.resolve(explicit: db)
    let store = try prepare(path)
    print("rounds bench tui: \(CountText.full(messages)) messages, \(width)x\(height), \(path)")
    try firstFrame(path)
    let runtime = try started(store)
    try navigation(runtime)
    try search(runtime, store: store)
    try authorContext(store)
    try composer(store)
    try background(store)
    if plans { try printPlans(store) }
  }

  // MARK: - Set-up

  private func prepare(_ path: String) throws -> InboxStore {
    let store = try InboxStore.create(at: path)
    let existing = try store.count(MessageQuery(kind: nil))
    if existing == messages {
      // Connections opened before new statistics keep the old ones: open afresh after.
      return try refreshStatistics(store) ? InboxStore.open(at: path) : store
    }
    guard existing == 0 else {
      throw RoundsError(
        .conflict, "\(path) holds \(existing) messages, not \(messages)",
        fix: "remove it or pass another --db")
    }
    let started = Date()
    let generator = SyntheticInbox(count: messages, now: Date())
    try generator.generate(into: store) { written in
      if written % 100_000 == 0 || written == messages {
        FileHandle.standardError.write(Data("  generated \(written)\r".utf8))
      }
    }
    try store.pool.write { db in try db.execute(sql: "ANALYZE") }
    print(String(format: "generated in %.1f s", Date().timeIntervalSince(started)))
    return store
  }

  /// The planner's statistics must cover every index: statistics for some indexes and not
  /// others (a database analysed before a migration added indexes) mislead it.
  private func refreshStatistics(_ store: InboxStore) throws -> Bool {
    let missing = try store.pool.read { db -> Bool in
      guard try db.tableExists("sqlite_stat1") else { return false }
      let analysed = try Set(
        String.fetchAll(db, sql: "SELECT DISTINCT idx FROM sqlite_stat1 WHERE idx IS NOT NULL"))
      let indexes = try String.fetchAll(
        db,
        sql:
          "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'message' AND sql IS NOT NULL"
      )
      return indexes.contains { !analysed.contains($0) }
    }
    if missing {
      print("re-analysing the inbox: indexes were added since its statistics were gathered")
      try store.pool.write { db in try db.execute(sql: "ANALYZE") }
    }
    return missing
  }

  private func session(_ store: InboxStore) throws -> Session {
    let me = try OSUser.current()
    return Session(
      user: me.name, role: try store.staffMember(me.name)?.role, inboxName: "bench")
  }

  private func started(_ store: InboxStore) throws -> Runtime {
    let terminal = HeadlessTerminal(size: Size(width: width, height: height))
    let state = InboxState(size: terminal.size, now: Date(), session: try session(store))
    let runtime = Runtime(
      state: state,
      data: StoreDataSource(
        store: store, user: state.session.user, findings: Wiring.readerFindings(PracticePolicy())),
      terminal: terminal)
    runtime.start()
    runtime.waitForBackground()
    return runtime
  }

  // MARK: - Measurements

  /// From opening the database to the first finished frame, as `rounds` does it: the store,
  /// the workflow with the policy's reply checker, the reader's detectors, the first page (the
  /// counts run in the background and are not waited for). The process's first time includes
  /// building the detectors' tables; it is reported on its own.
  private func firstFrame(_ path: String) throws {
    let me = try OSUser.current()
    try Workflow.bootstrap(
      store: try InboxStore.open(at: path), user: me.name, displayName: me.fullName ?? me.name)
    var times: [Double] = []
    for run in 0..<min(repeats, 20) {
      let clock = ContinuousClock.now
      let store = try InboxStore.open(at: path)
      let workflow = try WorkflowService.open(store: store, user: me.name, policy: PracticePolicy())
      workflow.warmUp()
      let services = milliseconds(since: clock)
      let terminal = HeadlessTerminal(size: Size(width: width, height: height))
      let state = InboxState(size: terminal.size, now: Date(), session: try session(store))
      let runtime = Runtime(
        state: state,
        data: StoreDataSource(
          store: store, user: state.session.user,
          findings: Wiring.readerFindings(workflow.policy)),
        workflow: workflow, terminal: terminal)
      runtime.start()
      let frame = Render.frame(runtime.state, size: terminal.size)
      terminal.draw(frame)
      let total = milliseconds(since: clock)
      if run == 0 {
        let ready = ContinuousClock.now
        _ = workflow.checker
        let wait = milliseconds(since: ready)
        print(
          String(
            format:
              "first frame of the process (cold)              %7.2f ms, of which %.2f ms opening the store and workflow (target 200 ms: %@)",
            total, services, total < 200 ? "ok" : "SLOW"))
        print(
          String(
            format:
              "  (the reply checker, built in the background meanwhile, was ready %.0f ms after it)",
            wait))
      } else {
        times.append(total)
      }
      // The background builds finish before the next run, so they do not slow it.
      _ = workflow.checker
      runtime.waitForBackground()
    }
    report("first frame (open + first page + render)", times, target: 200)
  }

  private func navigation(_ runtime: Runtime) throws {
    let steps: [(String, [Key])] = [
      ("j (next message)", [.char("j")]),
      ("k (previous message)", [.char("k")]),
      ("PgDn", [.pageDown]),
      ("PgUp", [.pageUp]),
    ]
    for (name, keys) in steps {
      var times: [Double] = []
      for _ in 0..<repeats {
        for key in keys { times.append(measureKey(runtime, key)) }
      }
      report(name, times, target: 16)
    }
    var jumps: [Double] = []
    for _ in 0..<min(repeats, 30) {
      jumps.append(measureKey(runtime, .char("G")))
      jumps.append(measureKey(runtime, .char("g")))
    }
    report("G / g (bottom and top of the list)", jumps, target: 16)
    var views: [Double] = []
    for _ in 0..<min(repeats, 30) { views.append(measureKey(runtime, .tab)) }
    report("Tab (next view)", views, target: 16)
    var sorts: [Double] = []
    for _ in 0..<min(repeats, 30) { sorts.append(measureKey(runtime, .char("o"))) }
    report("o (sort by urgency / age)", sorts, target: 16)
    var opens: [Double] = []
    var closes: [Double] = []
    for _ in 0..<min(repeats, 50) {
      opens.append(measureKey(runtime, .enter))
      closes.append(measureKey(runtime, .char("q")))
      _ = measureKey(runtime, .char("j"))
    }
    report("Enter (open a message)", opens, target: 16)
    report("q (back to the list)", closes, target: 16)
  }

  private func search(_ runtime: Runtime, store: InboxStore) throws {
    for (word, every) in SyntheticInbox.markers + [("nosuchword", 0)] {
      var times: [Double] = []
      for _ in 0..<min(repeats, 20) {
        _ = measureKey(runtime, .char("/"))
        for _ in 0..<40 { _ = measureKey(runtime, .backspace) }
        for character in word { _ = measureKey(runtime, .char(character)) }
        times.append(measureKey(runtime, .enter))
      }
      let share = every == 0 ? "no match" : "1 in \(CountText.full(every))"
      report("search \"\(word)\" (\(share)), Enter", times, target: 100)
      var queries: [Double] = []
      var renders: [Double] = []
      for _ in 0..<min(repeats, 20) {
        let clock = ContinuousClock.now
        _ = try store.page(ViewFilter(search: word).query(limit: 1))
        queries.append(milliseconds(since: clock))
        let render = ContinuousClock.now
        blackHole(Render.frame(runtime.state, size: Size(width: width, height: height)))
        renders.append(milliseconds(since: render))
      }
      report("  of which the first-match query", queries, target: 100)
      report("  and a frame with the search marked", renders, target: 16)
      var next: [Double] = []
      for _ in 0..<min(repeats, 20) { next.append(measureKey(runtime, .char("n"))) }
      report("  n (next match)", next, target: 100)
      var limit: [Double] = []
      for _ in 0..<min(repeats, 10) {
        limit.append(measureKey(runtime, .char("L")))
        limit.append(measureKey(runtime, .char("L")))
      }
      report("  L (limit to matches and back)", limit, target: 100)
    }
  }

  /// The composer: a keystroke to its frame (the reply check runs in the background), and a
  /// keystroke to the frame showing the check of the text with that key in it.
  /// The reader's context of the newest message by the account that wrote every 100th: its
  /// earlier messages come from the full-text index, at most `earlierCandidates` of them.
  private func authorContext(_ store: InboxStore) throws {
    let author = SyntheticInbox.prolificAuthor
    let id = try store.pool.read { db in
      try Int64.fetchOne(
        db,
        sql: "SELECT rowid FROM message_fts WHERE message_fts MATCH ? ORDER BY rowid DESC LIMIT 1",
        arguments: [InboxStore.authorPhrase(author)])
    }
    guard let id, let message = try store.message(id: id) else {
      print("no message by \(author): the inbox was built before it had one; remove it")
      return
    }
    var times: [Double] = []
    var found = 0
    for _ in 0..<min(repeats, 30) {
      let start = ContinuousClock.now
      found = try store.context(of: message).earlier.count
      times.append(milliseconds(since: start))
    }
    report(
      "reader context, an author of \(CountText.full(messages / SyntheticInbox.prolificEvery))",
      times, target: 16)
    print("  (\(found) earlier messages listed, from at most \(InboxStore.earlierCandidates))")
  }

  private func composer(_ store: InboxStore) throws {
    let me = try OSUser.current()
    try Workflow.bootstrap(store: store, user: me.name, displayName: me.fullName ?? me.name)
    let workflow = try WorkflowService.open(store: store, user: me.name, policy: PracticePolicy())
    let terminal = HeadlessTerminal(size: Size(width: width, height: height))
    let state = InboxState(size: terminal.size, now: Date(), session: try session(store))
    let runtime = Runtime(
      state: state, data: StoreDataSource(store: store, user: me.name, findings: nil),
      workflow: workflow, terminal: terminal)
    runtime.start()
    // A triaged message, found the way a person would: the status filter, then reply.
    let triaged = 2 + Status.allCases.firstIndex(of: .triaged)!
    for key in [Key.char("s"), .char("g")] + Array(repeating: .char("j"), count: triaged)
      + [.enter, .char("A")]
    {
      runtime.handle(.key(key))
    }
    runtime.waitForBackground()
    guard let id = runtime.state.composer?.messageID, runtime.state.composer?.isLoaded == true
    else {
      print("composer: no triaged message to reply to in this inbox; skipped")
      return
    }
    // Start from an empty reply (a working copy from an earlier run is restored otherwise).
    runtime.handle(.key(.ctrlEnd))
    while runtime.state.composer?.text.isEmpty == false { runtime.handle(.key(.ctrl("u"))) }
    let reply =
      "Thank you for reaching out, and I'm sorry you're dealing with this. As your doctor I"
      + " can't discuss your results here, but please call us at (555) 010-0100 or send a"
      + " secure message through the patient portal so we can help. If this is an emergency,"
      + " call 911."
    var frames: [Double] = []
    var checked: [Double] = []
    for (index, character) in reply.enumerated() {
      if index % 2 == 0 {
        frames.append(measureKey(runtime, .char(character)))
      } else {
        let clock = ContinuousClock.now
        runtime.handle(.key(.char(character)))
        runtime.waitForChecks()
        blackHole(Render.frame(runtime.state, size: Size(width: width, height: height)))
        checked.append(milliseconds(since: clock))
      }
    }
    report("composer: a key to its frame", frames, target: 16)
    report("composer: a key to the frame with its check", checked, target: 16)
    let risks = runtime.state.composer?.risks.count ?? 0
    print("  (reply of \(reply.count) characters, \(risks) risks at the end; message \(id))")
    if let composer = runtime.state.composer, let original = composer.original {
      var alone: [Double] = []
      let context = ReplyOriginal(
        text: original.text, platform: original.platform, authorHandle: original.authorHandle)
      for _ in 0..<min(repeats, 50) {
        let clock = ContinuousClock.now
        _ = workflow.checker.check(composer.text, original: context, triage: composer.triage)
        alone.append(milliseconds(since: clock))
      }
      report("  of which the reply check of the whole reply", alone, target: 16)
    }
    // Leave without saving a revision: the reply is emptied, its working copy dropped.
    while runtime.state.composer?.text.isEmpty == false { runtime.handle(.key(.ctrl("u"))) }
    runtime.handle(.key(.escape))
    runtime.waitForBackground()
  }

  /// Counts per view and the dashboard: background work, timed for information.
  private func background(_ store: InboxStore) throws {
    for view in InboxView.builtIn {
      let clock = ContinuousClock.now
      _ = try store.count(view.filter.query())
      print(
        String(
          format: "  count of view %@: %.1f ms (background)", view.name, milliseconds(since: clock))
      )
    }
    let clock = ContinuousClock.now
    _ = try store.stats()
    _ = try store.dailyCounts(days: 60, endingAt: Date())
    print(String(format: "  dashboard figures: %.1f ms (background)", milliseconds(since: clock)))
  }

  private func printPlans(_ store: InboxStore) throws {
    var filters = InboxView.builtIn.map { ($0.name, $0.filter) }
    filters.append(("search", ViewFilter(search: "rash")))
    for (name, filter) in filters {
      let query = filter.query(limit: 150)
      let plan = try store.queryPlan(query)
      print("plan \(name):\n  " + plan.joined(separator: "\n  "))
    }
  }

  // MARK: - Helpers

  private func measureKey(_ runtime: Runtime, _ key: Key) -> Double {
    let clock = ContinuousClock.now
    runtime.handle(.key(key))
    let frame = Render.frame(runtime.state, size: Size(width: width, height: height))
    blackHole(frame)
    return milliseconds(since: clock)
  }

  private func report(_ name: String, _ times: [Double], target: Double) {
    let sorted = times.sorted()
    guard !sorted.isEmpty else { return }
    let median = sorted[sorted.count / 2]
    let p95 = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.95))]
    let worst = sorted.last!
    let verdict = worst < target ? "ok" : p95 < target ? "p95 ok" : "SLOW"
    print(
      String(
        format: "%-46@ median %7.2f ms  p95 %7.2f ms  max %7.2f ms  (target %.0f ms: %@)",
        name as NSString, median, p95, worst, target, verdict as NSString))
  }
}

private func milliseconds(since start: ContinuousClock.Instant) -> Double {
  let elapsed = ContinuousClock.now - start
  return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
}

@inline(never) private func blackHole(_ frame: Frame) {
  if frame.size.width < 0 { print(frame.lines) }
}
