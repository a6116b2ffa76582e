import Foundation
import Inbox
import Testing
import Triage

/// The inbox through the built binary in a real terminal (tmux): open a seeded inbox,
/// navigate, search, read, resize, quit; hostile text stays text.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed: the terminal tests are skipped"))
struct TuiEndToEndTests {
  /// A private inbox with a few realistic messages and the current user as a clinician.
  static func seededInbox(_ scratch: Scratch, extra: [Message] = []) throws -> String {
    let path = scratch.path + "/inbox.sqlite"
    let store = try InboxStore.create(at: path)
    let me = try OSUser.current()
    try store.saveStaff(
      Staff(user: me.name, displayName: "Dr Test", role: .clinician, addedAt: Date(), addedBy: nil))
    let now = Date()
    let messages = [
      Message(
        platform: .x, externalID: "1", threadID: "t1", authorHandle: "jdoe", authorName: "Jane Doe",
        text: "My knee has been swollen for a week, should I ice it?",
        createdAt: now.addingTimeInterval(-300), permalink: "https://x.com/jdoe/status/1",
        category: .adviceRequest, urgency: 1, phiCount: 1),
      Message(
        platform: .facebook, externalID: "2", authorHandle: "kenji", authorName: "Kenji 山田",
        text: "予約できますか？ 👩‍⚕️ Do you have Saturday hours?",
        createdAt: now.addingTimeInterval(-3600), category: .admin),
      Message(
        platform: .google, externalID: "3", authorHandle: "ana", authorName: "Ana Lopez",
        text: "Great staff, thank you!", createdAt: now.addingTimeInterval(-7200), status: .triaged,
        category: .review),
      Message(
        platform: .x, externalID: "4", threadID: "t1", parentID: "1", authorHandle: "sam",
        authorName: "Sam", text: "Same here, my knee clicks when I climb stairs",
        createdAt: now.addingTimeInterval(-86_400), category: .adviceRequest),
    ]
    for message in messages + extra { try store.insertIfAbsent(message) }
    return path
  }

  /// Runs rounds in a shell that reports how it ended and the terminal modes afterwards.
  static func command(_ scratch: Scratch, db: String, extraEnvironment: String = "") -> String {
    let binary = BuiltBinary.path
    return """
      env -i HOME=\(scratch.path) XDG_CONFIG_HOME=\(scratch.path)/config LANG=C.UTF-8 \
      TERM=xterm-256color PATH=/usr/bin:/bin \(extraEnvironment) \(binary) --db \(db); \
      echo "EXIT=$?"; stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo -e -icanon -e -echo; \
      sleep 60
      """
  }

  @Test func navigateSearchOpenAMessageAndQuit() throws {
    let scratch = try Scratch()
    let db = try Self.seededInbox(scratch)
    let tmux = try Tmux(Self.command(scratch, db: db))
    // The status bar is the last row drawn: once it shows the count, the frame is complete.
    var screen = try tmux.waitForAll(["1/4", "Open · 4", "VIEWS", "(clinician)"])
    try tmux.send("j", "j")
    try tmux.waitFor("3/4")
    try tmux.send("g")
    try tmux.waitFor("1/4")
    // Search jumps to the next match after the selection: Sam's message, then wraps to Jane's.
    try tmux.send("/")
    try tmux.waitFor("Search:")
    try tmux.type("KNEE")
    try tmux.send("Enter")
    try tmux.waitFor("4/4")
    try tmux.send("n")
    try tmux.waitForAll(["Search went on from the top", "1/4"])
    try tmux.send("Enter")
    // The thread ("Sam", the reply) is drawn below the text: the whole frame is there.
    screen = try tmux.waitForAll([
      "My knee has been swollen for a week, should I ice it?", "Sam", "Jane Doe",
    ])
    #expect(screen.contains("https://x.com/jdoe/status/1"))
    #expect(screen.contains("Sam"), "the reply in the thread")
    try tmux.send("q")
    try tmux.waitFor("Open · 4")
    try tmux.send("d")
    try tmux.waitFor("4 inbound messages")
    try tmux.send("?")
    try tmux.waitFor("Keys in force")
    try tmux.send("q", "q", "q")
    screen = try tmux.waitForExit(0)
    #expect(screen.contains("\nicanon") && screen.contains("\necho"), "terminal modes restored")
  }

  @Test func wideCharactersKeepTheColumnsAligned() throws {
    let scratch = try Scratch()
    let db = try Self.seededInbox(scratch)
    let tmux = try Tmux(Self.command(scratch, db: db))
    let screen = try tmux.waitFor("1/4")
    let lines = screen.split(separator: "\n").map(String.init)
    let kenji = try #require(lines.first { $0.contains("Kenji 山田") })
    let jane = try #require(lines.first { $0.contains("Jane Doe") })
    // The category column starts at the same display column on both rows.
    func column(of word: String, in line: String) -> Int? {
      guard let range = line.range(of: word) else { return nil }
      return TerminalText.width(String(line[..<range.lowerBound]))
    }
    #expect(column(of: "admin", in: kenji) == column(of: "advice", in: jane))
    // An emoji sequence terminals measure differently is drawn as its first emoji, so the
    // text after it stays put.
    #expect(kenji.contains("予約できますか？ 👩 Do you have Saturda…"))
    #expect(TerminalText.width(kenji) == TerminalText.width(jane))
    #expect(lines.allSatisfy { TerminalText.width($0) <= 120 })
  }

  @Test func escapeSequencesInMessagesAreShownNotObeyed() throws {
    let scratch = try Scratch()
    let hostile = Message(
      platform: .wordpress, externalID: "evil", authorHandle: "mallory",
      authorName: "Mallory\u{1B}[31m",
      text: "Hello \u{1B}]0;pwned\u{07} and \u{1B}[2J cleared?",
      createdAt: Date(), category: .spam)
    let db = try Self.seededInbox(scratch, extra: [hostile])
    let tmux = try Tmux(Self.command(scratch, db: db))
    try tmux.waitFor("1/5")
    let before = try tmux.title
    // Newest first, the hostile message is at the top.
    try tmux.send("o")
    try tmux.waitForAll([
      "newest first", "Hello ␛]0;pwned␇ and ␛[2J cleared?", "Mallory␛[31m",
    ])
    try tmux.send("Enter")
    try tmux.waitUntil("the reader, whole") {
      $0.contains("Earlier from Mallory␛[31m") && $0.contains("Hello ␛]0;pwned␇ and ␛[2J cleared?")
        && !$0.contains("VIEWS")
    }
    // The list is still there after going back: nothing cleared the screen behind our back.
    try tmux.send("q")
    try tmux.waitForAll(["VIEWS", "Kenji 山田"])
    let after = try tmux.title
    #expect(after == before)
    #expect(!after.contains("pwned"))
  }

  @Test func resizingRelayoutsDownToTheMinimumAndSaysWhenTooSmall() throws {
    let scratch = try Scratch()
    let db = try Self.seededInbox(scratch)
    let tmux = try Tmux(Self.command(scratch, db: db))
    try tmux.waitFor("VIEWS")
    try tmux.resize(width: 70, height: 20)
    var screen = try tmux.waitUntil("the narrow layout") {
      !$0.contains("VIEWS") && $0.contains("Open · 4")
    }
    #expect(screen.split(separator: "\n").allSatisfy { TerminalText.width(String($0)) <= 70 })
    try tmux.resize(width: 50, height: 12)
    screen = try tmux.waitForAll(["Terminal too small", "this is 50×12"])
    try tmux.resize(width: 60, height: 15)
    try tmux.waitUntil("the minimum layout") {
      $0.contains("Open · 4") && !$0.contains("too small")
    }
    try tmux.resize(width: 120, height: 40)
    try tmux.waitFor("VIEWS")
    try tmux.send("q")
    try tmux.waitForExit(0)
  }

  @Test func ctrlCAndSignalsRestoreTheTerminal() throws {
    let scratch = try Scratch()
    let db = try Self.seededInbox(scratch)
    let interrupted = try Tmux(Self.command(scratch, db: db))
    try interrupted.waitFor("Open · 4")
    try interrupted.send("C-c")
    var screen = try interrupted.waitForExit(0)
    #expect(screen.contains("\nicanon") && screen.contains("\necho"))

    let terminated = try Tmux(Self.command(scratch, db: db))
    try terminated.waitFor("Open · 4")
    let shell = try #require(try terminated.panePID)
    let child = try #require(childProcess(of: shell))
    kill(child, SIGTERM)
    screen = try terminated.waitForExit(143)
    #expect(screen.contains("\nicanon") && screen.contains("\necho"))
    #expect(!screen.contains("VIEWS"), "the alternate screen is gone")

    // A crash: the terminal comes back before the process dies of the signal.
    for (signal, status) in [(SIGSEGV, Int32(139)), (SIGABRT, Int32(134))] {
      let crashed = try Tmux(
        Self.command(scratch, db: db, extraEnvironment: "SWIFT_BACKTRACE=enable=no"))
      try crashed.waitFor("Open · 4")
      let crashShell = try #require(try crashed.panePID)
      let crashChild = try #require(childProcess(of: crashShell))
      kill(crashChild, signal)
      screen = try crashed.waitForExit(status)
      #expect(screen.contains("\nicanon") && screen.contains("\necho"), "after signal \(signal)")
      #expect(!screen.contains("VIEWS"))
    }
  }

  @Test func noColorKeepsAttributesButDropsColours() throws {
    let scratch = try Scratch()
    let db = try Self.seededInbox(scratch)
    let coloured = try Tmux(Self.command(scratch, db: db))
    try coloured.waitFor("Open · 4")
    let withColour = try coloured.screen(escapes: true)
    #expect(containsColour(withColour))

    let plain = try Tmux(Self.command(scratch, db: db, extraEnvironment: "NO_COLOR=1"))
    try plain.waitFor("Open · 4")
    let withoutColour = try plain.screen(escapes: true)
    #expect(!containsColour(withoutColour), "\(withoutColour.debugDescription)")
    #expect(withoutColour.contains("\u{1B}[7m") || withoutColour.contains(";7m"), "reverse video")
    #expect(withoutColour.contains("\u{1B}[1m") || withoutColour.contains("1;"), "bold")
  }

  /// SGR foreground or background colour codes (30-37, 39-47, 90-97, 38;5;n).
  private func containsColour(_ text: String) -> Bool {
    let pattern = try! NSRegularExpression(
      pattern: "\u{1B}\\[([0-9;]*;)?(3[0-8]|4[0-8]|9[0-7])(;[0-9;]*)?m")
    return pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
  }

  private func childProcess(of parent: Int32) -> Int32? {
    for _ in 0..<50 {
      if let children = try? String(
        contentsOfFile: "/proc/\(parent)/task/\(parent)/children", encoding: .utf8),
        let first = children.split(separator: " ").first.flatMap({ Int32($0) })
      {
        return first
      }
      usleep(100_000)
    }
    return nil
  }
}

/// `rounds demo`: the bundled samples imported into a demo inbox, then opened.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed: the terminal tests are skipped"))
struct DemoEndToEndTests {
  /// Where the inbox's first view (open messages, most urgent first) shows this author's
  /// message, as its status bar says it ("9/26"): read through the CLI, so the tests follow
  /// the classifier instead of hard-coding its decisions.
  static func openPosition(of author: String, db: String, _ scratch: Scratch) throws -> String {
    let listed = try scratch.run([
      "list", "--db", db, "--sort", "urgency", "--limit", "1000", "--json",
    ])
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
    let open = rows.filter {
      !(Status(rawValue: $0["status"] as? String ?? "")?.isFinished ?? false)
    }
    let index = try #require(open.firstIndex { $0["author_name"] as? String == author })
    return "\(index + 1)/\(open.count)"
  }

  @Test func theDemoImportsTheSamplesOnceAndOpensThem() throws {
    let scratch = try Scratch()
    let prepared = try scratch.run(["demo", "--prepare-only"])
    #expect(prepared.status == 0, "\(prepared.stderr)")
    let path = scratch.path + "/data/rounds/demo.sqlite"
    #expect(prepared.stdout == path + "\n")
    #expect(prepared.stderr.contains("31 messages imported"))
    #expect(try permissions(path) == "600")
    // A second run reuses the inbox as it is.
    let again = try scratch.run(["demo", "--prepare-only"])
    #expect(again.status == 0)
    #expect(!again.stderr.contains("imported"))
    let listed = try scratch.run([
      "list", "--db", path, "--kind", "all", "--limit", "100", "--json",
    ])
    let messages = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [Any]
    #expect(messages?.count == 31)
    // One of the practice's past replies discloses a patient's details, as real ones have.
    let audit = try scratch.run(["audit-replies", "--db", path])
    #expect(audit.stdout.contains("reply.relationship"), "\(audit.stdout)")
    #expect(audit.stdout.contains("answering message"))

    let tmux = try Tmux(
      TuiEndToEndTests.command(scratch, db: path).replacingOccurrences(
        of: " --db \(path)", with: " demo --db \(path)"))
    try tmux.waitFor("Open · ")
    try tmux.send("/")
    try tmux.type("metformin")
    try tmux.send("Enter")
    let maria = try DemoEndToEndTests.openPosition(of: "Maria Gonzalez", db: path, scratch)
    try tmux.waitFor(maria)
    try tmux.send("Enter")
    // The detector's findings are listed; the demo's policy names the practice, so its doctor
    // is the practice's, not PHI.
    try tmux.waitForAll([
      "Findings (", "born 03/14/1961",
      "https://maplegrovefamilymed.example/2026/10/flu-shots-are-here/", "PHI ",
      "PHI PRACTICE \"Dr. Raman\"",
    ])
    try tmux.send("q", "q")
    try tmux.waitForExit(0)
  }
}
