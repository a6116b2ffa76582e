import Foundation
import Testing
import Triage

/// The whole round trip in real terminals, as two OS users sharing one inbox: a clinician
/// (here the test's own account, root) opens the demo, navigates, searches, opens a message,
/// triages it, writes a reply that the checker blocks, fixes it and submits it; then a
/// supervisor (a second OS account, through `runuser`, in a second terminal) approves it.
/// Four eyes needs two accounts: creating one needs root, so the test is skipped otherwise.
@Suite(
  .serialized,
  .enabled(if: Tmux.isAvailable, "tmux is not installed: the terminal tests are skipped"),
  .enabled(
    if: getuid() == 0,
    "not root: the review needs a second OS account (useradd), so the round trip is skipped")
)
struct TuiWorkflowEndToEndTests {
  @Test func composeFixSubmitThenAnotherSupervisorApproves() throws {
    let account = try SecondAccount()
    let scratch = account.scratch
    let folder = scratch.path + "/shared"
    let db = folder + "/demo.sqlite"
    // The shared inbox: a group folder, the demo inside it, the second account a supervisor.
    let created = try scratch.run(["init", "--group", account.group, "--db", db])
    #expect(created.status == 0, "\(created.stderr)")
    let demo = try scratch.run(["demo", "--db", db, "--prepare-only"])
    #expect(demo.status == 0, "\(demo.stderr)")
    #expect(demo.stderr.contains("31 messages imported"))
    #expect(try permissions(folder + "/rounds.toml") == "640")
    let added = try scratch.run(["staff", "add", account.user, "--role", "supervisor", "--db", db])
    #expect(added.status == 0, "\(added.stderr)")

    // The clinician's terminal.
    let clinician = try Tmux(Self.command(scratch, ["demo", "--db", db]))
    try clinician.waitForAll(["Open · 26", "(supervisor)"])
    try clinician.send("j", "j", "k")
    try clinician.waitFor("2/26")
    try clinician.send("/")
    try clinician.waitFor("Search:")
    try clinician.type("book telehealth")
    try clinician.send("Enter")
    // The search selects Tom's message.
    try clinician.waitFor(
      try DemoEndToEndTests.openPosition(of: "Tom Alvarez", db: db, scratch))
    try clinician.send("Enter")
    try clinician.waitForAll([
      "Findings (", "How do I book a telehealth appointment?", "new · admin",
    ])
    // Triage: the category picker starts on the classifier's category, then the urgency.
    try clinician.send("C")
    try clinician.waitFor("Triage: category")
    try clinician.send("Enter")
    try clinician.waitFor("admin: urgency")
    try clinician.send("Enter")
    try clinician.waitFor("triaged as admin")

    // The composer: a reply confirming a patient relationship is a block risk.
    try clinician.send("r")
    try clinician.waitFor("Your reply")
    try clinician.type("As your doctor I can confirm your appointment is booked.")
    try clinician.waitForAll(["BLOCK", "1 block"])
    // Fix it: cut the line, write a safe reply, the risk goes.
    try clinician.send("C-u")
    try clinician.type(
      "Thank you for asking! You can book a telehealth visit through"
        + " https://portal.maplegrovefamilymed.example or call us at (555) 010-0100."
        + " — The care team at Maple Grove Family Medicine")
    try clinician.waitUntil("no risk left") {
      $0.contains("the checker finds no risk") && !$0.contains("BLOCK")
    }
    try clinician.send("C-r")
    try clinician.waitFor("Submit this reply for review? The checker finds no risk.")
    try clinician.send("y")
    try clinician.waitFor("Submitted revision 1 for review: a supervisor must approve it")
    // The author may not review it: four eyes.
    try clinician.send("Escape")
    try clinician.waitFor("Reply     revision 1 by root")
    try clinician.send("V")
    try clinician.waitFor("cannot review it (four eyes)")
    try clinician.send("q", "q", "q")
    try clinician.waitForExit(0)

    // The supervisor's terminal, as the second OS account.
    let supervisor = try Tmux(Self.command(scratch, ["--db", db], as: account.user))
    try supervisor.waitForAll(["(supervisor)", account.user])
    try supervisor.send("V")
    try supervisor.waitForAll([
      "REPLY, revision 1 (written by root)", "ORIGINAL", "How do I book a telehealth appointment?",
      "Risks (0)",
    ])
    try supervisor.send("a")
    try supervisor.waitFor("Approve: your note")
    try supervisor.type("clear, no PHI, links to the portal")
    try supervisor.send("Enter")
    try supervisor.waitFor("Approved revision 1 of the reply to message")
    try supervisor.waitFor("Nothing is waiting for review.")
    try supervisor.send("q", "q")
    try supervisor.waitForExit(0)

    // What the two terminals did is in the inbox and its audit log, under each account.
    let listed = try scratch.run(["list", "--db", db, "--status", "approved", "--json"])
    let approved = try listed.json() as? [[String: Any]] ?? []
    #expect(approved.count == 1, "\(listed.stdout) \(listed.stderr)")
    #expect(approved.first?["author_name"] as? String == "Tom Alvarez")
    let audit = try scratch.run(["audit", "--db", db, "--json"]).json() as? [[String: Any]] ?? []
    let actions = audit.map { "\($0["actor"] ?? "")/\($0["action"] ?? "")" }
    #expect(actions.contains("root/draft.submit"), "\(actions)")
    #expect(actions.contains("\(account.user)/draft.review"), "\(actions)")
    #expect(actions.filter { $0 == "root/draft.save" }.count == 1, "one revision, not one per key")
    #expect(try scratch.run(["audit", "verify", "--db", db]).status == 0)
  }

  /// rounds in a shell that reports how it ended, as root or (through runuser) another user.
  static func command(_ scratch: Scratch, _ arguments: [String], as user: String? = nil)
    -> String
  {
    let run = user.map { "/usr/sbin/runuser -u \($0) -- " } ?? ""
    return """
      \(run)env -i HOME=\(scratch.path) XDG_CONFIG_HOME=\(scratch.path)/config \
      XDG_DATA_HOME=\(scratch.path)/data LANG=C.UTF-8 TERM=xterm-256color PATH=/usr/bin:/bin \
      \(BuiltBinary.path) \(arguments.joined(separator: " ")); \
      echo "EXIT=$?"; stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo -e -icanon -e -echo; \
      sleep 60
      """
  }
}

/// A group and one account in it, for a second person at a second terminal; removed after.
final class SecondAccount {
  let scratch: Scratch
  let group: String
  let user: String

  init() throws {
    scratch = try Scratch()
    let tag = String(format: "%05d%04d", getpid() % 100_000, Int.random(in: 0..<10_000))
    group = "rtg\(tag)"
    user = "rts\(tag)"
    try SystemCommand.run("/usr/sbin/groupadd", [group])
    try SystemCommand.run("/usr/sbin/useradd", ["-M", "-N", "-g", group, "-s", "/bin/sh", user])
    // Others may pass through the scratch folder to the shared one, not list it.
    chmod(scratch.path, 0o711)
  }

  deinit {
    try? SystemCommand.run("/usr/sbin/userdel", [user])
    try? SystemCommand.run("/usr/sbin/groupdel", [group])
  }
}

/// The inbox opens through the workflow, like every command: someone not on the staff list
/// is refused before the terminal is touched.
@Suite struct TuiRefusalTests {
  @Test func someoneNotOnTheStaffListIsRefusedBeforeTheTerminalIsTouched() throws {
    let scratch = try Scratch()
    let db = scratch.path + "/inbox.sqlite"
    _ = try InboxStore.create(at: db)
    let refused = try scratch.run(["tui", "--db", db])
    #expect(refused.status == 1)
    #expect(
      refused.stderr.contains("is not on the staff of the inbox at \(db)"), "\(refused.stderr)")
    #expect(refused.stderr.contains("rounds staff add"))
    #expect(refused.stdout.isEmpty, "nothing was drawn")
  }
}
