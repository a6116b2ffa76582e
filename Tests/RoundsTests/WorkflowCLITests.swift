import Foundation
import Testing
import Triage

/// The workflow through the built binary, as the user running the tests (who becomes the
/// inbox's supervisor with `rounds init`).
@Suite struct WorkflowCLITests {
  /// A fresh inbox with one message; returns the database path and the message id.
  private func inbox(_ scratch: Scratch) throws -> (String, Int64) {
    let db = scratch.path + "/inbox/inbox.sqlite"
    let created = try scratch.run(["init", "--db", db])
    #expect(created.status == 0, "\(created.stderr)")
    return (db, try Seed.message(db, "m1"))
  }

  @Test func everyStepUpToReviewWithItsOutputAndAudit() throws {
    let scratch = try Scratch()
    let (db, id) = try inbox(scratch)
    let me = try OSUser.current().name
    let steps: [([String], String)] = [
      (["triage", "\(id)", "--category", "advice_request", "--urgency", "2"], "status triaged"),
      (["priority", "\(id)", "3"], "priority 3"),
      (["tag", "\(id)", "Knee", "billing"], "tags: billing, knee"),
      (["tag", "\(id)", "billing", "--remove"], "tags: knee"),
      (["assign", "\(id)", "me"], "assigned to \(me)"),
      (["assign", "\(id)", "--none"], "unassigned"),
      (["draft", "\(id)", "--text", "Please call the office."], "saved revision 1"),
      (["submit", "\(id)"], "submitted for review"),
    ]
    for (arguments, expected) in steps {
      let result = try scratch.run(arguments + ["--db", db])
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      #expect(result.stdout.contains(expected), "\(arguments): \(result.stdout)")
    }
    let shown = try scratch.run(["show", "\(id)", "--db", db])
    #expect(shown.stdout.contains("Version   9"), "\(shown.stdout)")
    #expect(shown.stdout.contains("Tags      knee"))
    #expect(shown.stdout.contains("Response  waiting"))
    let json = try scratch.run(["show", "\(id)", "--json", "--db", db]).json() as? [String: Any]
    #expect(json?["version"] as? Int == 9)
    #expect(json?["status"] as? String == "in_review")

    // Whoever wrote it cannot approve it, supervisor or not.
    let own = try scratch.run(["review", "approve", "\(id)", "--note", "fine", "--db", db])
    #expect(own.status == 1)
    #expect(own.stderr.contains("four eyes"), "\(own.stderr)")

    let audit = try scratch.run(["audit", "--json", "--message", "\(id)", "--db", db])
    let entries = try audit.json() as? [[String: Any]] ?? []
    #expect(
      entries.compactMap { $0["action"] as? String } == [
        "message.triage", "message.priority", "message.tag", "message.untag", "message.assign",
        "message.assign", "draft.save", "draft.submit",
      ])
    #expect(entries.allSatisfy { $0["actor"] as? String == me })
    #expect(entries.allSatisfy { ($0["hash"] as? String)?.count == 64 })
    let verified = try scratch.run(["audit", "verify", "--db", db])
    #expect(verified.status == 0, "\(verified.stderr)")
    #expect(verified.stdout.contains("intact: 9 entries"), "\(verified.stdout)")
  }

  @Test func illegalTransitionsNameTheStatusAndTheWayOn() throws {
    let scratch = try Scratch()
    let (db, id) = try inbox(scratch)
    let result = try scratch.run(["submit", "\(id)", "--db", db])
    #expect(result.status == 1)
    #expect(
      result.stderr.hasPrefix(
        "rounds: cannot submit the reply to message \(id): its status is new, and that needs drafting;"
      ), "\(result.stderr)")
    #expect(result.stderr.contains("from new the allowed actions are: triage"))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test func usageErrorsExitWithTwo() throws {
    let scratch = try Scratch()
    let (db, id) = try inbox(scratch)
    for arguments in [
      ["triage", "\(id)", "--category", "nonsense"], ["assign", "\(id)"],
      ["assign", "\(id)", "x", "--none"], ["export"], ["audit", "--since", "yesterday-ish"],
      ["audit", "verify", "--anchor", "abc"], ["review", "approve", "\(id)"],
      ["priority", "\(id)", "7"], ["draft", "\(id)", "--text", "   "],
    ] {
      let result = try scratch.run(arguments + ["--db", db])
      #expect(result.status == 2, "\(arguments): \(result.stderr)")
    }
  }

  @Test func aStaleVersionIsAConflictNotALostUpdate() throws {
    let scratch = try Scratch()
    let (db, id) = try inbox(scratch)
    #expect(try scratch.run(["triage", "\(id)", "--category", "admin", "--db", db]).status == 0)
    // Two people opened version 2; both save.
    let first = try scratch.run([
      "draft", "\(id)", "--text", "First.", "--expect-version", "2", "--db", db,
    ])
    #expect(first.status == 0, "\(first.stderr)")
    let second = try scratch.run([
      "draft", "\(id)", "--text", "Second.", "--expect-version", "2", "--db", db,
    ])
    #expect(second.status == 1)
    #expect(second.stderr.contains("changed since you read it"), "\(second.stderr)")
    let json = try scratch.run(["show", "\(id)", "--json", "--db", db]).json() as? [String: Any]
    #expect(json?["version"] as? Int == 3)
  }

  /// Many processes at once, each tagging the same message: every tag lands, the version
  /// counts every change, and the audit chain stays one chain.
  @Test func concurrentProcessesLoseNothing() throws {
    let scratch = try Scratch()
    let (db, id) = try inbox(scratch)
    let results = ResultBox()
    let home = scratch.path
    DispatchQueue.concurrentPerform(iterations: 8) { index in
      let result = try? BuiltBinary.run(["tag", "\(id)", "p\(index)", "--db", db], home: home)
      results.add(result?.status ?? -1)
    }
    #expect(results.all == Array(repeating: 0, count: 8))
    let json = try scratch.run(["show", "\(id)", "--json", "--db", db]).json() as? [String: Any]
    #expect(json?["version"] as? Int == 9)
    let verify = try scratch.run(["audit", "verify", "--json", "--db", db])
    let result = try verify.json() as? [String: Any]
    #expect(result?["intact"] as? Bool == true)
    #expect(result?["entries"] as? Int == 9)
  }

  @Test func auditVerifyNamesTheFirstTamperedEntry() throws {
    let scratch = try Scratch()
    let (db, id) = try inbox(scratch)
    for tag in ["a", "b", "c"] {
      #expect(try scratch.run(["tag", "\(id)", tag, "--db", db]).status == 0)
    }
    let head = try scratch.run(["audit", "verify", "--json", "--db", db]).json() as? [String: Any]
    let anchor = try #require(head?["head_hash"] as? String)

    // The triggers refuse a plain edit.
    #expect(throws: (any Error).self) {
      try Seed.sql(db, "UPDATE audit SET actor = 'mallory' WHERE seq = 3")
    }
    try Seed.sql(
      db,
      """
      DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;
      DROP TRIGGER audit_extends_chain;
      UPDATE audit SET actor = 'mallory' WHERE seq = 3;
      """)
    let edited = try scratch.run(["audit", "verify", "--db", db])
    #expect(edited.status == 1)
    #expect(edited.stderr.contains("entry 3 was edited"), "\(edited.stderr)")
    let json = try scratch.run(["audit", "verify", "--json", "--db", db])
    #expect(json.status == 1)
    #expect((try json.json() as? [String: Any])?["first_bad_entry"] as? Int == 3)

    try Seed.sql(
      db, "UPDATE audit SET actor = (SELECT actor FROM audit WHERE seq = 2) WHERE seq = 3")
    #expect(try scratch.run(["audit", "verify", "--anchor", anchor, "--db", db]).status == 0)
    try Seed.sql(db, "DELETE FROM audit WHERE seq = 2")
    let deleted = try scratch.run(["audit", "verify", "--db", db])
    #expect(deleted.status == 1)
    #expect(deleted.stderr.contains("entries between 1 and 3 were deleted"), "\(deleted.stderr)")

    try Seed.sql(db, "DELETE FROM audit WHERE seq >= 3")
    let cut = try scratch.run(["audit", "verify", "--db", db])
    #expect(cut.stderr.contains("deleted from the end"), "\(cut.stderr)")
  }

  @Test func auditVerifyFindsReorderedEntries() throws {
    let scratch = try Scratch()
    let (db, id) = try inbox(scratch)
    for tag in ["a", "b", "c"] {
      #expect(try scratch.run(["tag", "\(id)", tag, "--db", db]).status == 0)
    }
    try Seed.sql(
      db,
      """
      DROP TRIGGER audit_no_update;
      UPDATE audit SET seq = -1 WHERE seq = 2;
      UPDATE audit SET seq = 2 WHERE seq = 3;
      UPDATE audit SET seq = 3 WHERE seq = -1;
      """)
    let result = try scratch.run(["audit", "verify", "--db", db])
    #expect(result.status == 1)
    #expect(result.stderr.contains("entry 2 was moved"), "\(result.stderr)")
  }

  @Test func auditListsFilterBySinceAndActor() throws {
    let scratch = try Scratch()
    let (db, id) = try inbox(scratch)
    #expect(try scratch.run(["tag", "\(id)", "x", "--db", db]).status == 0)
    let recent = try scratch.run(["audit", "--since", "1h", "--json", "--db", db])
    #expect((try recent.json() as? [Any])?.count == 2)
    let future = try scratch.run(["audit", "--since", "2999-01-01", "--json", "--db", db])
    #expect(future.stdout == "[]\n")
    let nobody = try scratch.run(["audit", "--actor", "nobody-at-all", "--db", db])
    #expect(nobody.stdout == "No entries.\n")
    let text = try scratch.run(["audit", "--db", db])
    #expect(text.stdout.contains("message.tag  message \(id)  tags=x version=2"), "\(text.stdout)")
  }

  @Test func staffChangesNeedASupervisorAndAreAudited() throws {
    let scratch = try Scratch()
    let (db, _) = try inbox(scratch)
    let me = try OSUser.current().name
    #expect(
      try scratch.run(["staff", "add", "deputy", "--role", "supervisor", "--db", db]).status == 0)
    let lastOne = try scratch.run(["staff", "add", me, "--role", "assistant", "--db", db])
    #expect(lastOne.status == 0, "with a second supervisor, demoting is allowed: \(lastOne.stderr)")
    let refused = try scratch.run(["staff", "add", "eve", "--role", "clinician", "--db", db])
    #expect(refused.status == 1)
    #expect(
      refused.stderr.contains("is an assistant and may not manage staff"), "\(refused.stderr)")
    let audit = try scratch.run(["audit", "--json", "--db", db]).json() as? [[String: Any]] ?? []
    #expect(
      audit.compactMap { $0["action"] as? String } == ["staff.add", "staff.add", "staff.change"])

    // Off the staff list, nothing is possible, and the error says how to get on it.
    try Seed.sql(db, "DELETE FROM staff WHERE user = '\(me)'")
    let unknown = try scratch.run(["list", "--db", db])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("\(me) is not on the staff"), "\(unknown.stderr)")
    #expect(unknown.stderr.contains("rounds staff add \(me)"))
  }

  @Test func exportWritesAPrivateFileAndIsAudited() throws {
    let scratch = try Scratch()
    let (db, _) = try inbox(scratch)
    let out = scratch.path + "/exports/approved.csv"
    try FileManager.default.createDirectory(
      atPath: scratch.path + "/exports", withIntermediateDirectories: true)
    // An existing, readable file is made private, not written as it was.
    FileManager.default.createFile(atPath: out, contents: Data("old".utf8))
    chmod(out, 0o644)
    let result = try scratch.run(["export", "--approved", "--out", out, "--db", db])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try permissions(out) == "600")
    let csv = try String(contentsOfFile: out, encoding: .utf8)
    #expect(csv.hasPrefix("message_id,platform,permalink,author_handle,original_created_at,"))
    let json = try scratch.run(["export", "--approved", "--format", "json", "--db", db])
    #expect(json.stdout == "[]\n")
    let audit = try scratch.run(["audit", "--json", "--db", db]).json() as? [[String: Any]] ?? []
    let exports = audit.filter { $0["action"] as? String == "replies.export" }
    #expect(exports.count == 2)
    #expect((exports.first?["detail"] as? [String: Any])?["destination"] as? String == out)

    let missing = try scratch.run([
      "export", "--approved", "--out", scratch.path + "/no/such/dir/x.csv", "--db", db,
    ])
    #expect(missing.status == 1)
    let after = try scratch.run(["audit", "--json", "--db", db]).json() as? [Any]
    #expect(after?.count == audit.count, "a failed export is not recorded as one")
  }

  @Test func statsReportResponseTimes() throws {
    let scratch = try Scratch()
    let (db, _) = try inbox(scratch)
    let stats = try scratch.run(["stats", "--json", "--db", db]).json() as? [String: Any]
    let times = stats?["time_to_first_approved_reply"] as? [String: Any]
    #expect(times != nil)
    #expect(times?["overall"] is NSNull)
    let text = try scratch.run(["stats", "--db", db])
    #expect(
      text.stdout.contains("Time to first approved reply: no message has an approved reply yet"))
  }

  @Test func theDraftCommandOpensTheEditorOnATerminal() throws {
    let script = "/usr/bin/script"
    try #require(
      FileManager.default.isExecutableFile(atPath: script),
      "util-linux `script` is needed to give the command a terminal")
    let scratch = try Scratch()
    let (db, id) = try inbox(scratch)
    #expect(try scratch.run(["triage", "\(id)", "--category", "admin", "--db", db]).status == 0)
    let editor = scratch.path + "/editor.sh"
    // The "editor" appends a line to whatever the file holds, and records the file's mode.
    try """
    #!/bin/sh
    stat -c %a "$1" > "\(scratch.path)/mode"
    printf 'Please call the office.\\n' >> "$1"
    """.write(toFile: editor, atomically: true, encoding: .utf8)
    chmod(editor, 0o700)
    let command = "\(BuiltBinary.path) draft \(id) --db \(db)"
    let result = try BuiltBinary.runProgram(
      script, ["-qec", command, "/dev/null"], home: scratch.path, environment: ["EDITOR": editor])
    #expect(result.status == 0, "\(result.stdout) \(result.stderr)")
    #expect(try String(contentsOfFile: scratch.path + "/mode", encoding: .utf8) == "600\n")
    let shown = try scratch.run(["review", "show", "\(id)", "--db", db])
    #expect(shown.stdout.contains("Reply, revision 1"), "\(shown.stdout)")
    #expect(shown.stdout.contains("Please call the office."))
  }
}

final class ResultBox: @unchecked Sendable {
  private let lock = NSLock()
  private var statuses: [Int32] = []
  func add(_ status: Int32) { lock.withLock { statuses.append(status) } }
  var all: [Int32] { lock.withLock { statuses } }
}
