import Foundation
import Testing
import Triage

/// Real OS accounts sharing one inbox (`rounds init --group`), each running the built binary
/// through `runuser`, as staff logged in over SSH would. Needs root to create the accounts;
/// skipped with a message otherwise. The accounts and group are removed afterwards.
@Suite(
  .serialized,
  .enabled(if: getuid() == 0, "not root: the shared-inbox tests create OS accounts and are skipped")
)
struct SharedInboxTests {
  @Test func eachRoleAsItsOwnOSUser() throws {
    let team = try Team()
    let db = team.db
    let s1 = team.user("s1")
    let s2 = team.user("s2")
    let c1 = team.user("c1")
    let a1 = team.user("a1")

    let created = try team.run(s1, ["init", "--group", team.group])
    #expect(created.status == 0, "\(created.stderr)")
    #expect(created.stdout.contains("\(s1) is its supervisor"))
    #expect(try permissions(team.folder) == "2770")
    #expect(try permissions(db) == "660")
    #expect(try Team.groupOf(db) == team.group)
    #expect(try Team.groupOf(team.folder) == team.group)

    // A second init changes nothing: the first person stays the only supervisor.
    let again = try team.run(s2, ["init"])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stdout.contains("ready"))
    for (user, role) in [(s2, "supervisor"), (c1, "clinician"), (a1, "assistant")] {
      let added = try team.run(s1, ["staff", "add", user, "--role", role])
      #expect(added.status == 0, "\(added.stderr)")
    }
    let first = try Seed.message(db, "shared-1")
    let second = try Seed.message(db, "shared-2")

    // Assistant: tags and assigns, may not triage.
    #expect(try team.run(a1, ["tag", "\(first)", "knee"]).status == 0)
    #expect(try team.run(a1, ["assign", "\(first)", c1]).status == 0)
    let assistantTriage = try team.run(a1, ["triage", "\(first)", "--category", "admin"])
    #expect(assistantTriage.status == 1)
    #expect(assistantTriage.stderr.contains("\(a1) is an assistant and may not triage"))
    #expect(assistantTriage.stderr.contains("rounds staff add \(a1) --role clinician"))

    // Clinician: triages, drafts, submits; may not review.
    #expect(try team.run(c1, ["triage", "\(first)", "--category", "advice_request"]).status == 0)
    #expect(try team.run(c1, ["draft", "\(first)"], stdin: "Please call the office.").status == 0)
    #expect(try team.run(c1, ["submit", "\(first)"]).status == 0)
    let clinicianReview = try team.run(c1, ["review", "reject", "\(first)", "--note", "no"])
    #expect(clinicianReview.status == 1)
    #expect(clinicianReview.stderr.contains("is a clinician and may not reject"))
    let assistantStaff = try team.run(a1, ["staff", "add", a1, "--role", "supervisor"])
    #expect(assistantStaff.status == 1)

    // Four eyes: a supervisor's own draft is not theirs to approve.
    #expect(try team.run(s2, ["triage", "\(second)", "--category", "admin"]).status == 0)
    #expect(try team.run(s2, ["draft", "\(second)", "--text", "Our hours are 9-5."]).status == 0)
    #expect(try team.run(s2, ["submit", "\(second)"]).status == 0)
    let ownApproval = try team.run(s2, ["review", "approve", "\(second)", "--note", "fine"])
    #expect(ownApproval.status == 1)
    #expect(ownApproval.stderr.contains("four eyes"), "\(ownApproval.stderr)")
    #expect(
      try team.run(s1, ["review", "request-changes", "\(second)", "--note", "add the portal"])
        .status == 0)

    // Who did what is in the log under each person's own account.
    let audit = try team.run(a1, ["audit", "--json"])
    let actors = Set(
      (try audit.json() as? [[String: Any]] ?? []).compactMap { $0["actor"] as? String })
    #expect(actors == [s1, s2, c1, a1])
    #expect(try team.run(c1, ["audit", "verify"]).status == 0)

    // Every file SQLite made is the group's and closed to others.
    for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: db + suffix) {
      let mode = try #require(FileAccess.modeOf(db + suffix))
      #expect(mode & 0o007 == 0, "\(db + suffix) is open to others")
      #expect(try Team.groupOf(db + suffix) == team.group)
    }
  }

  @Test func outsidersAreRefused() throws {
    let team = try Team()
    let s1 = team.user("s1")
    #expect(try team.run(s1, ["init", "--group", team.group]).status == 0)
    // In the group but not on the staff list.
    let member = try team.run(team.user("in"), ["list"])
    #expect(member.status == 1)
    #expect(member.stderr.contains("is not on the staff"), "\(member.stderr)")
    #expect(member.stderr.contains("rounds staff add \(team.user("in"))"))
    // Not in the group: the file system says no before Rounds does.
    let stranger = try team.run(team.stranger, ["list"])
    #expect(stranger.status == 1)
    #expect(stranger.stderr.contains("you may not open the folder"), "\(stranger.stderr)")
    // The identity is the real uid: claiming another name changes nothing.
    let claimed = try team.run(team.user("in"), ["list"], environment: ["USER": s1, "LOGNAME": s1])
    #expect(claimed.status == 1)
  }

  @Test(.needsReplyChecker) func aReplyGoesFromDraftToPostedUnderFourEyes() throws {
    let team = try Team()
    let s1 = team.user("s1")
    let c1 = team.user("c1")
    let a1 = team.user("a1")
    #expect(try team.run(s1, ["init", "--group", team.group]).status == 0)
    #expect(try team.run(s1, ["staff", "add", c1, "--role", "clinician"]).status == 0)
    #expect(try team.run(s1, ["staff", "add", a1, "--role", "assistant"]).status == 0)
    let id = try Seed.message(team.db, "shared-flow")
    #expect(try team.run(c1, ["triage", "\(id)", "--category", "admin"]).status == 0)
    #expect(
      try team.run(
        c1, ["draft", "\(id)", "--text", "Thank you for your message. Please call the office."]
      )
      .status == 0)
    #expect(try team.run(c1, ["submit", "\(id)"]).status == 0)
    let approved = try team.run(s1, ["review", "approve", "\(id)", "--note", "clear"])
    #expect(approved.status == 0, "\(approved.stderr)")
    let out = team.folder + "/approved.json"
    let exported = try team.run(a1, ["export", "--approved", "--format", "json", "--out", out])
    #expect(exported.status == 0, "\(exported.stderr)")
    #expect(try permissions(out) == "600")
    #expect(try team.run(a1, ["mark-posted", "\(id)", "--url", "https://x.com/c/1"]).status == 0)
    #expect(try team.run(c1, ["close", "\(id)"]).status == 0)
    #expect(try team.run(a1, ["audit", "verify"]).status == 0)
  }
}

extension SharedInboxTests {
  /// Needs a checker that blocks a reply confirming a patient relationship (rule 1 of
  /// docs/detection), which every reply checker must.
  @Test(.needsReplyChecker) func aBlockRiskTakesAnOverrideAndTheReviewerSeesTheChanges() throws {
    let team = try Team()
    let s1 = team.user("s1")
    let s2 = team.user("s2")
    let c1 = team.user("c1")
    #expect(try team.run(s1, ["init", "--group", team.group]).status == 0)
    #expect(try team.run(s1, ["staff", "add", s2, "--role", "supervisor"]).status == 0)
    #expect(try team.run(s1, ["staff", "add", c1, "--role", "clinician"]).status == 0)
    let id = try Seed.message(team.db, "shared-risk", text: "Is my knee scan back?")
    #expect(try team.run(c1, ["triage", "\(id)", "--category", "advice_request"]).status == 0)
    let risky = "As your doctor I can confirm your appointment results from your visit."
    #expect(try team.run(c1, ["draft", "\(id)", "--text", risky]).status == 0)
    #expect(try team.run(c1, ["submit", "\(id)"]).status == 0)

    let shown = try team.run(s2, ["review", "show", "\(id)"])
    #expect(shown.stdout.contains("BLOCK"), "\(shown.stdout)")
    #expect(shown.stdout.contains("Approving it needs --override REASON."))
    let refused = try team.run(s2, ["review", "approve", "\(id)", "--note", "ok"])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("block risk"), "\(refused.stderr)")

    #expect(
      try team.run(s2, ["review", "request-changes", "\(id)", "--note", "no patient details"])
        .status == 0)
    let safer = "Thank you for your message. Please call the office so we can help."
    #expect(try team.run(c1, ["draft", "\(id)", "--text", safer]).status == 0)
    #expect(try team.run(c1, ["submit", "\(id)"]).status == 0)
    let again = try team.run(s2, ["review", "show", "\(id)"])
    #expect(again.stdout.contains("Changes since revision 1"), "\(again.stdout)")
    #expect(again.stdout.contains("{+"), "\(again.stdout)")

    // A reviewer who overrides says why, and the reason is kept.
    #expect(try team.run(c1, ["draft", "\(id)", "--text", risky]).status == 0)
    #expect(try team.run(c1, ["submit", "\(id)"]).status == 0)
    let reason = "the patient asked us publicly to confirm"
    let approved = try team.run(
      s2, ["review", "approve", "\(id)", "--note", "accepted", "--override", reason])
    #expect(approved.status == 0, "\(approved.stderr)")
    let audit =
      try team.run(s1, ["audit", "--json", "--message", "\(id)"]).json() as? [[String: Any]]
    let decision = audit?.last { $0["action"] as? String == "draft.review" }
    #expect((decision?["detail"] as? [String: Any])?["override_reason"] as? String == reason)
  }
}

/// A group, its members and one outsider, created for one test and removed afterwards.
final class Team {
  let scratch: Scratch
  let group: String
  let folder: String
  var db: String { folder + "/inbox.sqlite" }
  let stranger: String
  private let tag: String
  private var created: [String] = []

  init() throws {
    scratch = try Scratch()
    // Short, unique and valid as login names: at most 32 characters, lower case.
    tag = String(format: "%05d%04d", getpid() % 100_000, Int.random(in: 0..<10_000))
    group = "rwg\(tag)"
    stranger = "rwx\(tag)"
    folder = scratch.path + "/srv"
    try SystemCommand.run("/usr/sbin/groupadd", [group])
    for member in ["s1", "s2", "c1", "a1", "in"] {
      let name = user(member)
      try SystemCommand.run("/usr/sbin/useradd", ["-M", "-N", "-g", group, "-s", "/bin/sh", name])
      created.append(name)
    }
    try SystemCommand.run(
      "/usr/sbin/useradd", ["-M", "-N", "-g", "nogroup", "-s", "/bin/sh", stranger])
    created.append(stranger)
    // The scratch folder is root's: others may pass through it, not list it. The inbox folder
    // belongs to the first supervisor, who shares it with `init --group`.
    chmod(scratch.path, 0o711)
    mkdir(folder, 0o700)
    guard let owner = OSUser.lookup(name: user("s1")), chown(folder, owner.uid, gid_t.max) == 0
    else {
      throw RoundsError(.failure, "cannot give \(folder) to \(user("s1"))")
    }
  }

  deinit {
    for name in created { try? SystemCommand.run("/usr/sbin/userdel", [name]) }
    try? SystemCommand.run("/usr/sbin/groupdel", [group])
  }

  func user(_ member: String) -> String { "rw\(member)\(tag)" }

  /// `rounds ARGS --db <the shared inbox>` as that OS user.
  func run(
    _ user: String, _ arguments: [String], stdin: String? = nil,
    environment: [String: String] = [:]
  ) throws -> BuiltBinary.Result {
    try BuiltBinary.runProgram(
      "/usr/sbin/runuser", ["-u", user, "--", BuiltBinary.path] + arguments + ["--db", db],
      stdin: stdin, home: scratch.path, environment: environment)
  }

  static func groupOf(_ path: String) throws -> String? {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return attributes[.groupOwnerAccountName] as? String
  }
}
