import Foundation
import GRDB
import Testing

@testable import Triage

/// A stand-in for the detectors: flags messages that mention "chest pain" as urgent, so the
/// test can see that the importer ran it on every stored message in the same pass.
struct KeywordAnalyzer: MessageAnalyzing {
  func analyze(_ message: Message) -> MessageAnalysis {
    let urgent = message.text.lowercased().contains("chest pain")
    return MessageAnalysis(
      category: urgent ? .emergency : .other, urgency: urgent ? 3 : 0, phiCount: urgent ? 1 : 0,
      flagCount: 0, findings: [])
  }
}

@Suite struct ImportRunnerTests {
  static func page(_ tweets: [(id: String, text: String)]) -> String {
    let data = tweets.map {
      #"{"id": "\#($0.id)", "text": "\#($0.text)", "author_id": "9", "created_at": "2024-01-01T00:00:00.000Z"}"#
    }
    return
      #"{"data": [\#(data.joined(separator: ","))], "includes": {"users": [{"id": "9", "username": "pat", "name": "Pat"}]}, "__twarc": {}}"#
      + "\n"
  }

  @Test func reimportingChangesNothingAndNewTextIsARevision() throws {
    let first = try writeTemporary("a.jsonl", Self.page([("1", "hello"), ("2", "second")]))
    let (summary, store) = try importInto([first])
    #expect(summary.imported == 2)
    let again = try importInto([first], store: store).summary
    #expect(again.imported == 0)
    #expect(again.duplicates == 2)

    let edited = try writeTemporary("b.jsonl", Self.page([("1", "hello, edited"), ("3", "third")]))
    let third = try importInto([edited], store: store).summary
    #expect(third.imported == 1)
    #expect(third.updated == 1)
    let message = try allMessages(store).first { $0.externalID == "1" }!
    #expect(message.text == "hello, edited")
    let revisions = try store.revisions(ofMessage: message.id!)
    #expect(revisions.map(\.text) == ["hello"])
    #expect(revisions.first?.sourceFile == first)
    #expect(try store.importOrigin(ofMessage: message.id!)?.sourceFile == edited)
    #expect(try store.importBatches().count == 3)
  }

  @Test func everyBatchIsInTheAuditLogAsItStartsAndEnds() throws {
    let file = try writeTemporary("a.jsonl", Self.page([("1", "hello"), ("2", "second")]))
    let (summary, store) = try importInto([file])
    let entries = try AuditLog.entries(in: store)
    #expect(entries.map(\.action) == [.importStart, .importBatch])
    let batch = try #require(summary.batchID)
    #expect(entries[0].detailJSON.contains("\"batch\":\(batch)"))
    #expect(entries[0].detailJSON.contains(file))
    #expect(entries[1].detailJSON.contains("\"imported\":2"))
    #expect(try AuditVerifier.verify(in: store).isIntact)
  }

  @Test func importedMessagesAreSearchableAndTheTriggerStillIndexesOthers() throws {
    let file = try writeTemporary(
      "a.jsonl", Self.page([("1", "knee pain question"), ("2", "parking at the clinic")]))
    let (_, store) = try importInto([file])
    #expect(try store.page(MessageQuery(search: "knee")).messages.map(\.externalID) == ["1"])
    // Each import transaction drops the insert trigger and creates it again before it
    // commits: the schema afterwards holds it word for word as a new inbox does.
    let trigger = "SELECT sql FROM sqlite_master WHERE name = 'message_fts_insert'"
    let fresh = try makeStore().pool.read { try String.fetchOne($0, sql: trigger) }
    #expect(fresh != nil)
    #expect(try store.pool.read { try String.fetchOne($0, sql: trigger) } == fresh)
    // Outside an import the per-row trigger indexes as before.
    try store.insertIfAbsent(sampleMessage("later", text: "elbow question"))
    #expect(try store.page(MessageQuery(search: "elbow")).messages.count == 1)
    let edited = try writeTemporary("b.jsonl", Self.page([("2", "parking garage hours")]))
    _ = try importInto([edited], store: store)
    #expect(try store.page(MessageQuery(search: "garage")).messages.map(\.externalID) == ["2"])
    #expect(try store.page(MessageQuery(search: "clinic")).messages.isEmpty)
    try store.pool.write { db in
      try db.execute(sql: "INSERT INTO message_fts (message_fts) VALUES ('integrity-check')")
      #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM import_fts_deferred") == 0)
    }
  }

  @Test func theAnalyzerRunsOnEveryStoredMessage() throws {
    let file = try writeTemporary(
      "a.jsonl", Self.page([("1", "I have chest pain"), ("2", "what are your hours")]))
    let (_, store) = try importInto([file], options: .init(analyzer: KeywordAnalyzer()))
    let messages = try allMessages(store)
    #expect(messages.first { $0.externalID == "1" }?.category == .emergency)
    #expect(messages.first { $0.externalID == "1" }?.urgency == 3)
    #expect(messages.first { $0.externalID == "1" }?.phiCount == 1)
    #expect(messages.first { $0.externalID == "2" }?.category == .other)
    let analyzed = try store.pool.read {
      try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM message WHERE analyzed_at IS NOT NULL")
    }
    #expect(analyzed == 2)

    // An updated text is analysed again; a category a person set is kept.
    try store.pool.write { db in
      try db.execute(
        sql: "UPDATE message SET category = 'admin', triaged_by = 'nurse' WHERE external_id = '1'")
    }
    let edited = try writeTemporary(
      "b.jsonl", Self.page([("1", "chest pain, still"), ("2", "now chest pain too")]))
    let again = try importInto([edited], store: store, options: .init(analyzer: KeywordAnalyzer()))
    #expect(again.summary.updated == 2)
    let after = try allMessages(store)
    #expect(after.first { $0.externalID == "2" }?.category == .emergency)
    #expect(after.first { $0.externalID == "1" }?.category == .admin)
  }

  @Test func anIdRepeatedWithinOneBatchIsAnUpdate() throws {
    let file = try writeTemporary(
      "a.jsonl", Self.page([("1", "first"), ("2", "other"), ("1", "second"), ("2", "other")]))
    let (summary, store) = try importInto([file])
    #expect(summary.imported == 2)
    #expect(summary.updated == 1)
    #expect(summary.duplicates == 1)
    let message = try allMessages(store).first { $0.externalID == "1" }!
    #expect(message.text == "second")
    #expect(try store.revisions(ofMessage: message.id!).map(\.text) == ["first"])
    #expect(try store.message(id: message.id!)?.raw?.contains("second") == true)
    // The full-text index holds the final text only, and is consistent.
    #expect(try store.page(MessageQuery(search: "second")).messages.count == 1)
    #expect(try store.page(MessageQuery(search: "first")).messages.isEmpty)
    try store.pool.write { db in
      try db.execute(sql: "INSERT INTO message_fts (message_fts) VALUES ('integrity-check')")
    }
  }

  /// New rows get their ids from the order of a multi-row INSERT (see `ImportWriter`): over
  /// several statements, with known ids mixed in, every message keeps its own raw record.
  @Test func newAndKnownIdsMixedOverManyStatementsKeepTheirOwnRawRecords() throws {
    let rows = ImportWriter.rowsPerStatement
    let first = try writeTemporary(
      "a.jsonl", Self.page((0..<(rows + 50)).map { ("\($0 * 2)", "even \($0 * 2)") }))
    // A page this long keeps its "includes" and "__twarc" keys past the part read to sniff.
    let twarc2 = ImportRunner.Options(format: "twarc2")
    let (_, store) = try importInto([first], options: twarc2)
    // Odd ids are new, even ones known (one of them with a new text), in one file.
    let mixed = (0..<(rows * 2 + 30)).map { ("\($0)", $0 == 10 ? "edited" : "number \($0)") }
      .map { $0.0.hasSuffix("0") || Int($0.0)! % 2 == 1 ? $0 : ($0.0, "even \($0.0)") }
    let second = try writeTemporary("b.jsonl", Self.page(mixed))
    let summary = try importInto([second], store: store, options: twarc2).summary
    let newOnes = mixed.filter { Int($0.0)! % 2 == 1 || Int($0.0)! >= (rows + 50) * 2 }.count
    #expect(summary.imported == newOnes)
    #expect(summary.imported + summary.updated + summary.duplicates == mixed.count)
    let messages = try allMessages(store)
    #expect(messages.count == rows + 50 + newOnes)
    for message in messages {
      let raw = try #require(try store.message(id: message.id!)?.raw)
      #expect(raw.contains("\"id\": \"\(message.externalID)\""), "\(message.externalID)")
      #expect(raw.contains(message.text), "\(message.externalID)")
    }
  }

  /// Nothing the import leaves behind holds an old snapshot of the log: every committed page
  /// can be copied back into the database file, during the import and after it.
  @Test func anImportLeavesTheWholeLogCheckpointable() throws {
    let file = try writeTemporary(
      "a.jsonl", Self.page((0..<40).map { ("\($0)", "message number \($0)") }))
    let (summary, store) = try importInto([file], options: .init(batchSize: 7))
    #expect(summary.imported == 40)
    let other = try DatabaseQueue(path: store.path)
    try store.pool.write { db in
      try db.execute(sql: "UPDATE message SET status = 'closed' WHERE external_id = '3'")
    }
    let (frames, copied) = try other.writeWithoutTransaction { try $0.checkpoint(.passive) }
    #expect(frames > 0)
    #expect(copied == frames)
  }

  /// With the practice's handles known (`practice.handles` in the policy), its own replies in
  /// an export of the public's posts are stored as its published replies, not as questions.
  @Test func postsByThePracticesOwnHandlesAreItsOwnReplies() throws {
    let users =
      #"[{"id": "9", "username": "pat", "name": "Pat"}, {"id": "7", "username": "ExampleClinic", "name": "Example Clinic"}]"#
    let tweets = [("1", "9", "Do you take new patients?"), ("2", "7", "We do, call us!")].map {
      #"{"id": "\#($0.0)", "text": "\#($0.2)", "author_id": "\#($0.1)", "created_at": "2024-01-01T00:00:00.000Z"}"#
    }
    let file = try writeTemporary(
      "own.jsonl",
      #"{"data": [\#(tweets.joined(separator: ","))], "includes": {"users": \#(users)}, "__twarc": {}}"#
        + "\n")
    var options = ImportRunner.Options()
    options.ownHandles = ["@exampleclinic"]
    let (summary, store) = try importInto([file], options: options)
    #expect(summary.imported == 2)
    let byID = Dictionary(uniqueKeysWithValues: try allMessages(store).map { ($0.externalID, $0) })
    #expect(byID["1"]?.kind == .inbound)
    #expect(byID["1"]?.status == .new)
    #expect(byID["2"]?.kind == .own)
    #expect(byID["2"]?.status == .posted)
    #expect(byID["2"]?.authorHandle == "ExampleClinic")
    // Without the handles, the same reply is a message from the public like any other.
    let plain = try importInto([file]).store
    #expect(try allMessages(plain).allSatisfy { $0.kind == .inbound })
  }

  @Test func aDryRunChangesNothing() throws {
    let file = try writeTemporary("a.jsonl", Self.page([("1", "a"), ("2", "b"), ("1", "a")]))
    let store = try makeStore()
    let (summary, _) = try importInto([file], store: store, options: .init(dryRun: true))
    #expect(summary.imported == 2)
    #expect(summary.duplicates == 1)
    #expect(summary.batchID == nil)
    #expect(try allMessages(store).isEmpty)
    #expect(try store.importBatches().isEmpty)
  }

  @Test func sinceSkipsOlderRecords() throws {
    let file = try writeTemporary("a.jsonl", Self.page([("1", "a")]))
    let since = ImportDates.iso8601("2024-06-01")
    let (summary, _) = try importInto([file], options: .init(since: since))
    #expect(summary.imported == 0)
    #expect(summary.skipped == ["before_since": 1])
  }

  @Test func badRecordsKeepTheirRawBytes() throws {
    let bad = #"{"data": [{"id": "1", "text": "cut"# + "\n"
    let latin1: [UInt8] =
      Array(#"{"data": [{"id": "2", "text": "caf"#.utf8) + [0xE9]
      + Array(#"", "created_at": "2024-01-01T00:00:00Z"}]}"#.utf8) + [0x0A]
    let file = try writeTemporary(
      "a.jsonl", Array(Self.page([("3", "fine")]).utf8) + Array(bad.utf8) + latin1)
    let (summary, store) = try importInto([file])
    #expect(summary.imported == 1)
    #expect(summary.files[0].errors.map(\.position) == ["line 2", "line 3"])
    #expect(summary.files[0].errors[1].reason.contains("UTF-8"))
    let kept = try store.importErrors(batch: summary.batchID)
    #expect(kept.count == 2)
    #expect(kept[0].raw == Array(bad.utf8.dropLast()))
    #expect(kept[1].raw.contains(0xE9))
    #expect(summary.succeeded)
  }

  @Test func aFileThatCannotBeReadIsReportedAndTheOthersImport() throws {
    let good = try writeTemporary("good.jsonl", Self.page([("1", "a")]))
    let unknown = try writeTemporary("notes.txt", "just some text")
    let missing = TestRoot.newFolder() + "/missing.json"
    let (summary, _) = try importInto([unknown, good, missing])
    #expect(summary.files.count == 3)
    #expect(summary.files[0].failure?.contains("cannot tell the format") == true)
    #expect(summary.files[1].imported == 1)
    #expect(summary.files[2].failure?.contains("no file or folder") == true)
    #expect(!summary.succeeded)
    #expect(summary.failedFiles == 2)
  }

  @Test func utf16FilesAreRefusedWithAFix() throws {
    let file = try writeTemporary("u.csv", [0xFF, 0xFE, 0x61, 0x00, 0x2C, 0x00])
    let (report, _) = try importOne(file)
    #expect(report.failure?.contains("UTF-16") == true)
  }

  @Test func xArchiveZipWithNotesDeletionsAndDirectMessages() throws {
    let folder = TestRoot.newFolder()
    try FileManager.default.createDirectory(
      atPath: folder + "/data", withIntermediateDirectories: true)
    func write(_ name: String, _ text: String) throws {
      try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/data/" + name))
    }
    try write(
      "account.js",
      #"window.YTD.account.part0 = [{"account": {"username": "clinic", "accountId": "1"}}]"#)
    try write("manifest.js", "window.__THAR_CONFIG = {}")
    try write(
      "tweets.js",
      #"window.YTD.tweets.part0 = [ {"tweet": {"id_str": "10", "created_at": "Sat Aug 12 16:10:37 +0000 2023", "full_text": "@pat Thanks &amp; see you at the clinic on Monday for the follow-up about your knee and the referral we discussed, also bring…", "in_reply_to_status_id_str": "9"}}, {"tweet": {"id_str": "11", "created_at": "Sat Aug 12 17:00:00 +0000 2023", "full_text": "RT @other: hi"}} ]"#
    )
    try write(
      "tweets-part1.js",
      #"window.YTD.tweets.part1 = [ {"tweet": {"id_str": "12", "created_at": "Sun Aug 13 10:00:00 +0000 2023", "full_text": "Open today"}} ]"#
    )
    try write(
      "note-tweet.js",
      #"window.YTD.note_tweet.part0 = [ {"noteTweet": {"noteTweetId": "99", "createdAt": "2023-08-12T16:10:37.000Z", "core": {"text": "Thanks & see you at the clinic on Monday for the follow-up about your knee and the referral we discussed, also bring your insurance card."}}} ]"#
    )
    try write(
      "deleted-tweets.js",
      #"window.YTD.deleted_tweets.part0 = [ {"tweet": {"id_str": "13", "created_at": "Mon Aug 14 10:00:00 +0000 2023", "full_text": "oops", "deleted_at": "Mon Aug 14 11:00:00 +0000 2023"}} ]"#
    )
    try write(
      "direct-messages.js", #"window.YTD.direct_messages.part0 = [ {"dmConversation": {}} ]"#)
    let zip = folder + ".zip"
    let archive = try ZipWriter(path: zip)
    for name in [
      "account.js", "manifest.js", "tweets.js", "tweets-part1.js", "note-tweet.js",
      "deleted-tweets.js", "direct-messages.js",
    ] {
      try archive.add(folder + "/data/" + name, as: "data/" + name)
    }
    let (report, store) = try importOne(zip)
    #expect(report.format == "x-archive")
    #expect(report.imported == 3)
    #expect(report.skipped == ["retweet": 1, "direct_messages_file": 1])
    let messages = try allMessages(store)
    let long = messages.first { $0.externalID == "10" }
    #expect(long?.text.hasSuffix("bring your insurance card.") == true)
    #expect(long?.authorHandle == "clinic")
    #expect(long?.permalink == "https://x.com/clinic/status/10")
    #expect(long?.parentID == "9")
    let deleted = messages.first { $0.externalID == "13" }
    #expect(deleted?.sourceStatus == "deleted")
    #expect(deleted?.status == .closed)
    #expect(messages.first { $0.externalID == "12" }?.status == .posted)
  }
}
