import Foundation
import Testing

@Suite struct ScanCLITests {
  private func lines(_ output: String) throws -> [[String: Any]] {
    try output.split(separator: "\n").map {
      try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }

  @Test func jsonlGivesOneLinePerInputLineInOrder() throws {
    let scratch = try Scratch()
    let input = """
      {"id": 1.50, "text": "😀 call (555) 123-4567"}
      not json
      {"id": {"k": [true]}, "text": "nothing here", "kind": "reply"}

      {"id": "x", "text": 5}
      {"id": "last", "text": "Dr. Okafor, MRN 1234567"}
      """
    let result = try scratch.run(["scan", "--jsonl"], stdin: input)
    #expect(result.status == 0, "\(result.stderr)")
    let raw = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(raw.count == 6)
    #expect(raw[0].hasPrefix(#"{"id": 1.50, "phi": ["#))
    #expect(raw[2].hasPrefix(#"{"id": {"k": [true]}, "phi": []"#))
    let objects = try lines(result.stdout)
    let phone = try #require((objects[0]["phi"] as? [[String: Any]])?.first)
    #expect(phone["start"] as? Int == 7)
    #expect(phone["end"] as? Int == 21)
    #expect(phone["category"] as? String == "PHONE")
    #expect(phone["text"] as? String == "(555) 123-4567")
    #expect(phone["rule"] as? String == "phi.phone")
    #expect((phone["confidence"] as? Double).map { $0 > 0 && $0 <= 1 } == true)
    for (index, line) in [(1, 2), (3, 4), (4, 5)] {
      #expect(objects[index]["id"] is NSNull)
      #expect(objects[index]["line"] as? Int == line)
      #expect((objects[index]["error"] as? String)?.isEmpty == false)
    }
    let last = try #require(objects[5]["phi"] as? [[String: Any]])
    #expect(last.map { $0["category"] as? String } == ["NAME", "MRN"])
    #expect(result.stderr.isEmpty)
  }

  @Test func scanListsFindingsOfPlainText() throws {
    let scratch = try Scratch()
    let file = scratch.path + "/note.txt"
    try "Seen 3/4/2015, call 555-123-4567".write(toFile: file, atomically: true, encoding: .utf8)
    let result = try scratch.run(["scan", file])
    #expect(result.status == 0)
    #expect(
      result.stdout
        == "5\t13\tDATE\t0.95\tphi.date.numeric\t3/4/2015\n20\t32\tPHONE\t0.95\tphi.phone\t555-123-4567\n"
    )
  }

  @Test func redactPlainAndJSONL() throws {
    let scratch = try Scratch()
    let plain = try scratch.run(["redact"], stdin: "Mrs. Lee, SSN 123-45-6789\n")
    #expect(plain.stdout == "Mrs. [NAME], SSN [SSN]\n")
    let jsonl = try scratch.run(
      ["redact", "--jsonl"], stdin: "{\"id\": 2, \"text\": \"fax 555-123-4567\"}\n{")
    let objects = try lines(jsonl.stdout)
    #expect(objects.count == 2)
    #expect(objects[0]["text"] as? String == "fax [FAX]")
    #expect(objects[1]["line"] as? Int == 2)
  }

  @Test func missingFilesAndBadEncodingsAreClearErrors() throws {
    let scratch = try Scratch()
    let missing = try scratch.run(["scan", scratch.path + "/nope.txt"])
    #expect(missing.status == 1)
    #expect(missing.stderr.hasPrefix("rounds: cannot read"))
    let file = scratch.path + "/latin1.txt"
    try Data([0x4A, 0x6F, 0x73, 0xE9, 0x0A]).write(to: URL(fileURLWithPath: file))
    let bad = try scratch.run(["scan", file])
    #expect(bad.status == 1)
    #expect(bad.stderr.contains("not valid UTF-8 (byte 4)"))
  }

  @Test func evalErrorsListMissesFalseFlagsAndConfusions() throws {
    let scratch = try Scratch()
    let samples = scratch.path + "/samples"
    try FileManager.default.createDirectory(atPath: samples, withIntermediateDirectories: true)
    // "Jordan Smith" marked as a place is found as a name: a confusion, not a miss; the
    // phone is not marked at all, and "blue" is marked but not found.
    try "I met [[LOCATION|Jordan Smith]] with a [[ID|blue]] car. Call 555-123-4567 today."
      .write(toFile: samples + "/mini.txt", atomically: true, encoding: .utf8)
    let result = try scratch.run([
      "eval", "phi", "--samples", samples, "--only", "samples", "--errors", "5",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let out = result.stdout
    #expect(out.contains("== samples/mini: missed\nID\t"), "\(out)")
    #expect(out.contains("== samples/mini: wrongly flagged\nPHONE phi.phone\t"), "\(out)")
    #expect(out.contains("== samples/mini: found as another category\nLOCATION as NAME"), "\(out)")
  }
}
