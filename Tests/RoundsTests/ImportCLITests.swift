import Foundation
import GRDB
import Testing

@Suite struct ImportCLITests {
  static func twarcPage(_ ids: [Int]) -> String {
    let data = ids.map {
      #"{"id": "\#($0)", "text": "question \#($0)", "author_id": "9", "created_at": "2024-01-01T00:00:00.000Z"}"#
    }
    return
      #"{"data": [\#(data.joined(separator: ","))], "includes": {"users": [{"id": "9", "username": "pat"}]}, "__twarc": {}}"#
      + "\n"
  }

  @Test func importPrintsTheJSONContractAndExitsOneWhenAFileFails() throws {
    let scratch = try Scratch()
    let db = scratch.path + "/inbox.sqlite"
    #expect(try scratch.run(["init", "--db", db]).status == 0)
    let good = scratch.path + "/pages.jsonl"
    try Data((Self.twarcPage([1, 2]) + "{not json\n").utf8).write(to: URL(fileURLWithPath: good))
    let result = try scratch.run(["import", "--db", db, "--json", good])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let files = object?["files"] as? [[String: Any]]
    #expect(files?.count == 1)
    let file = files?.first ?? [:]
    #expect(file["path"] as? String == good)
    #expect(file["format"] as? String == "twarc2")
    #expect(file["imported"] as? Int == 2)
    #expect(file["updated"] as? Int == 0)
    #expect(file["duplicates"] as? Int == 0)
    #expect((file["skipped"] as? [String: Int]) == [:])
    let errors = file["errors"] as? [[String: String]]
    #expect(errors?.first?["position"] == "line 2")
    #expect(errors?.first?["reason"]?.hasPrefix("malformed JSON") == true)
    let totals = object?["totals"] as? [String: Any]
    #expect(totals?["imported"] as? Int == 2)
    #expect(totals?["errors"] as? Int == 1)

    let missing = try scratch.run([
      "import", "--db", db, "--json", good, scratch.path + "/nope.json",
    ])
    #expect(missing.status == 1)
    let again = try JSONSerialization.jsonObject(with: Data(missing.stdout.utf8)) as? [String: Any]
    let reports = again?["files"] as? [[String: Any]]
    #expect(reports?.first?["duplicates"] as? Int == 2)
    #expect(reports?.last?["failure"] as? String != nil)

    let batches = try scratch.run(["imports", "--db", db, "--json", "--errors"])
    let list = try JSONSerialization.jsonObject(with: Data(batches.stdout.utf8)) as? [[String: Any]]
    #expect(list?.count == 2)
    #expect(list?.last?["imported"] as? Int == 2)
    #expect((list?.last?["bad_records"] as? [[String: Any]])?.first?["raw_bytes"] as? Int == 9)
  }

  @Test func listFormatsAndUsageErrors() throws {
    let scratch = try Scratch()
    let formats = try scratch.run(["import", "--list-formats"])
    #expect(formats.status == 0)
    for name in ["x-archive", "wordpress-wxr", "disqus", "twarc2", "bluesky-car", "csv", "jsonl"] {
      #expect(formats.stdout.contains(name + " "))
    }
    #expect(try scratch.run(["import", "--format", "nope", "x"]).status == 2)
    #expect(try scratch.run(["import"]).status == 2)
    #expect(try scratch.run(["import", "--since", "yesterday", "x"]).status == 2)
  }

  @Test func aDryRunWritesNothingAndTheTextReportIsOneLinePerFile() throws {
    let scratch = try Scratch()
    let db = scratch.path + "/inbox.sqlite"
    #expect(try scratch.run(["init", "--db", db]).status == 0)
    let file = scratch.path + "/pages.jsonl"
    try Data(Self.twarcPage([1]).utf8).write(to: URL(fileURLWithPath: file))
    let dry = try scratch.run(["import", "--db", db, "--dry-run", file])
    #expect(dry.status == 0)
    #expect(dry.stdout.contains("[twarc2]: 1 imported"))
    #expect(dry.stdout.contains("dry run: nothing changed"))
    #expect(dry.stderr.isEmpty)  // no progress line when stderr is not a terminal
    let stats = try scratch.run(["stats", "--json", "--db", db])
    let object = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any]
    #expect(object?["total"] as? Int == 0)
  }

  /// kill -9 in the middle of a large import, then the same import again: every record is in
  /// the inbox exactly once.
  @Test func killedMidImportThenRerunLosesAndDuplicatesNothing() throws {
    let scratch = try Scratch()
    let db = scratch.path + "/inbox.sqlite"
    #expect(try scratch.run(["init", "--db", db]).status == 0)
    let file = scratch.path + "/big.jsonl"
    let records = 60_000
    let generated = try scratch.run(["bench", "generate", "twarc2", String(records), file])
    #expect(generated.status == 0, "\(generated.stderr)")

    let process = Process()
    process.executableURL = URL(fileURLWithPath: BuiltBinary.path)
    process.arguments = ["import", "--db", db, file]
    process.environment = ["HOME": scratch.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Wait until some batches have committed, then kill it without warning.
    var committed = 0
    let deadline = Date().addingTimeInterval(120)
    while committed == 0 && process.isRunning && Date() < deadline {
      Thread.sleep(forTimeInterval: 0.2)
      committed = try Self.count(db, scratch)
    }
    let killedMidway = process.isRunning
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    let afterKill = try Self.count(db, scratch)
    #expect(afterKill > 0)
    // The killed transaction had dropped the full-text insert trigger: it is back.
    let trigger = try DatabaseQueue(path: db).read { db in
      try String.fetchOne(
        db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name = ?",
        arguments: ["message_fts_insert"])
    }
    #expect(trigger == "message_fts_insert")
    if killedMidway { #expect(afterKill < records) }

    let rerun = try scratch.run(["import", "--db", db, "--json", file])
    #expect(rerun.status == 0, "\(rerun.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(rerun.stdout.utf8)) as? [String: Any]
    let totals = object?["totals"] as? [String: Any]
    #expect(totals?["duplicates"] as? Int == afterKill)
    #expect(totals?["imported"] as? Int == records - afterKill)
    #expect(try Self.count(db, scratch) == records)
    let batches = try scratch.run(["imports", "--db", db, "--json"])
    let list = try JSONSerialization.jsonObject(with: Data(batches.stdout.utf8)) as? [[String: Any]]
    if killedMidway { #expect(list?.last?["finished_at"] is NSNull) }
  }

  @Test func theImportBenchmarkReportsSpeedAndItsSettings() throws {
    let scratch = try Scratch()
    let result = try scratch.run([
      "bench", "import", "--kind", "twarc2", "--records", "2000", "--json",
      "--work-dir", scratch.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(object?["records"] as? Int == 2000)
    #expect((object?["records_per_second"] as? Double ?? 0) > 0)
    #expect((object?["peak_rss_mb"] as? Double ?? 0) > 0)
    // SQLite's allocation counting, switched off before the first connection opens.
    #expect(object?["sqlite_memory_counting"] as? Bool == false)
  }

  static func count(_ db: String, _ scratch: Scratch) throws -> Int {
    let stats = try scratch.run(["stats", "--json", "--db", db])
    try #require(stats.status == 0, "rounds stats: \(stats.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any]
    return object?["total"] as? Int ?? 0
  }
}
