import Foundation
import Testing

@Suite struct TriageCLITests {
  private func objects(_ output: String) throws -> [[String: Any]] {
    try output.split(separator: "\n").map {
      try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }

  @Test func scanAddsTriageToMessagesAndRisksToReplies() throws {
    let scratch = try Scratch()
    let input = """
      {"id": 1, "text": "my dad can't feel his left arm"}
      {"id": 2, "text": "I don't want to kill myself", "kind": "message"}
      {"id": 3, "kind": "reply", "text": "Sorry about your visit, John.", "context": "Dr. Lee saw me Monday - John Carter"}
      {"id": 4, "kind": "reply", "text": "Hope you feel better!", "context": "I want to end my life"}
      {"id": 5, "kind": "reply", "text": "Thank you for reaching out."}
      oops
      """
    let result = try scratch.run(["scan", "--jsonl"], stdin: input)
    #expect(result.status == 0, "\(result.stderr)")
    let lines = try objects(result.stdout)
    #expect(lines.count == 6)

    let emergency = try #require(lines[0]["triage"] as? [String: Any])
    #expect(emergency["category"] as? String == "emergency")
    #expect(emergency["urgency"] as? Int == 3)
    let reason = try #require((emergency["reasons"] as? [[String: Any]])?.first)
    #expect(reason["rule"] as? String == "emergency.stroke")
    #expect(reason["start"] as? Int == 7)
    #expect(reason["end"] as? Int == 30)
    #expect(lines[0]["risks"] == nil)

    let negated = try #require(lines[1]["triage"] as? [String: Any])
    #expect(negated["category"] as? String != "crisis")
    #expect(negated["urgency"] as? Int == 2)
    let rules = (negated["reasons"] as? [[String: Any]])?.compactMap { $0["rule"] as? String }
    #expect(rules == ["crisis.suicidal", "context.negated"])

    let risky = try #require(lines[2]["risks"] as? [[String: Any]])
    #expect(lines[2]["triage"] == nil)
    #expect(risky.map { $0["rule"] as? String } == ["reply.relationship", "reply.echoed_phi"])
    for risk in risky {
      #expect(risk["severity"] as? String == "block")
      #expect(Set(risk.keys) == ["severity", "rule", "start", "end", "message", "suggestion"])
      #expect((risk["suggestion"] as? String)?.isEmpty == false)
    }
    #expect(risky[1]["start"] as? Int == 24)
    #expect(risky[1]["end"] as? Int == 28)

    let crisis = try #require(lines[3]["risks"] as? [[String: Any]])
    #expect(crisis.map { $0["rule"] as? String } == ["reply.missing_988"])
    #expect((lines[4]["risks"] as? [Any])?.isEmpty == true)
    #expect(lines[5]["id"] is NSNull)
    #expect(lines[5]["line"] as? Int == 6)
  }

  @Test func scanUsesThePolicyBesideTheDatabase() throws {
    let scratch = try Scratch()
    let db = scratch.path + "/inbox/inbox.sqlite"
    #expect(try scratch.run(["init", "--db", db]).status == 0)
    #expect(try scratch.run(["policy", "init", "--db", db]).status == 0)
    let input =
      #"{"id": 1, "kind": "reply", "text": "Please call (555) 010-0100 or see https://other.example.net"}"#
    let result = try scratch.run(["scan", "--jsonl", "--db", db], stdin: input)
    let line = try #require(try objects(result.stdout).first)
    let phi = try #require(line["phi"] as? [[String: Any]])
    #expect(phi.first?["category"] as? String == "PRACTICE")
    let risks = try #require(line["risks"] as? [[String: Any]])
    #expect(risks.map { $0["rule"] as? String }.contains("reply.unapproved_link"))
    #expect(risks.map { $0["rule"] as? String }.contains("reply.missing_sign_off"))
  }

  @Test func policyCheckNamesEveryLine() throws {
    let scratch = try Scratch()
    let path = scratch.path + "/rounds.toml"
    try "[practice]\nname = \"Clinic\"\nphone = \"12\"\n\n[reply]\nsign_of = \"x\"\n".write(
      toFile: path, atomically: true, encoding: .utf8)
    let result = try scratch.run(["policy", "check", "--policy", path])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    #expect(lines[0].hasPrefix("\(path):3: practice.phone"))
    #expect(lines[1].hasPrefix("\(path):6: unknown key `reply.sign_of`"))

    let broken = scratch.path + "/broken.toml"
    try "[practice\n".write(toFile: broken, atomically: true, encoding: .utf8)
    let syntax = try scratch.run(["policy", "check", "--policy", broken])
    #expect(syntax.status == 1)
    #expect(syntax.stdout.hasPrefix("\(broken):1: "))

    let scan = try scratch.run(["scan", "--jsonl", "--policy", path], stdin: #"{"text": "hi"}"#)
    #expect(scan.status == 2)
    #expect(scan.stderr.contains("rounds.toml"))
  }

  @Test func policyInitWritesAValidExampleOnce() throws {
    let scratch = try Scratch()
    let db = scratch.path + "/x/inbox.sqlite"
    // Only a supervisor of the inbox may write its policy.
    #expect(try scratch.run(["policy", "init", "--db", db]).status == 1)
    #expect(try scratch.run(["init", "--db", db]).status == 0)
    let created = try scratch.run(["policy", "init", "--db", db])
    #expect(created.status == 0, "\(created.stderr)")
    let check = try scratch.run(["policy", "check", "--db", db])
    #expect(check.status == 0)
    #expect(check.stdout.hasSuffix(": ok\n"))
    #expect(try scratch.run(["policy", "init", "--db", db]).status == 1)
    let show = try scratch.run(["policy", "show", "--db", db])
    #expect(show.stdout.contains("Example Family Medicine"))
  }

  @Test func templatesListShowAddEditRemove() throws {
    let scratch = try Scratch()
    let db = scratch.path + "/inbox.sqlite"
    #expect(try scratch.run(["init", "--db", db]).status == 0)
    let list = try scratch.run(["templates", "list", "--json", "--db", db])
    let names = try #require(
      try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]
    ).compactMap { $0["name"] as? String }
    #expect(names == ["appointment", "crisis", "emergency", "redirect", "review"])

    let generic = try scratch.run(["templates", "show", "redirect", "--db", db])
    #expect(generic.stdout.contains("call us at our office"))
    #expect(try scratch.run(["policy", "init", "--db", db]).status == 0)
    let filled = try scratch.run(["templates", "show", "redirect", "--db", db])
    #expect(filled.stdout.contains("(555) 010-0100"))
    #expect(filled.stdout.contains("https://portal.example.org"))

    let added = try scratch.run([
      "templates", "add", "flu", "--body", "Flu shots on Fridays: call {phone}.", "--for", "admin",
      "--db", db,
    ])
    #expect(added.status == 0, "\(added.stderr)")
    let typo = try scratch.run(["templates", "add", "bad", "--body", "Hi {nmae}", "--db", db])
    #expect(typo.status == 2)
    #expect(typo.stderr.contains("{nmae}"))
    let edited = try scratch.run(["templates", "edit", "flu", "--title", "Flu clinic", "--db", db])
    #expect(edited.status == 0)
    #expect(try scratch.run(["templates", "remove", "crisis", "--db", db]).status == 1)
    #expect(try scratch.run(["templates", "remove", "flu", "--db", db]).status == 0)
    #expect(try scratch.run(["templates", "show", "flu", "--db", db]).status == 1)
  }

  static let corpus: String = {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("shared/corpus").path
  }()

  @Test(
    .enabled(
      if: FileManager.default.fileExists(atPath: corpus),
      "../shared/corpus is absent: the evaluation test is skipped"))
  func evalTriagePrintsTheBars() throws {
    let scratch = try Scratch()
    let result = try scratch.run(["eval", "triage", "--folds", "0", "--corpus", Self.corpus])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("reddit/suicidewatch"))
    #expect(result.stdout.contains("crisis recall"))
    #expect(result.stdout.contains("spam false positives"))
  }

  @Test func benchTriageRunsWithoutTheCorpus() throws {
    let scratch = try Scratch()
    let result = try scratch.run([
      "bench", "triage", "--corpus", scratch.path + "/none", "--repeat", "1",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("messages/s"))
  }
}
