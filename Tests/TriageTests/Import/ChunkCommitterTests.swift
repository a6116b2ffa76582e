import Foundation
import GRDB
import Testing

@testable import Triage

/// The import's writer: chunks stored in order, in transactions that span chunks, counted only
/// once committed; a failure rolls back the open transaction and reaches the reader.
@Suite struct ChunkCommitterTests {
  private func committer(
    _ store: InboxStore, recordsPerTransaction: Int, capacity: Int = 2
  ) -> ChunkCommitter {
    ChunkCommitter(
      store: store, writer: ImportWriter(batchID: nil, dryRun: false), path: "test.jsonl",
      batchID: nil, dryRun: false, recordsPerTransaction: recordsPerTransaction,
      capacity: capacity, checkpointer: nil)
  }

  private func chunk(_ ids: [String]) -> ChunkCommitter.Chunk {
    .init(messages: ids.map { sampleMessage($0) }, analyses: nil, bad: [])
  }

  /// A new inbox whose database refuses to store the message with `externalID` (letters and
  /// digits: a trigger takes no bound values).
  private func storeRefusing(_ externalID: String) throws -> InboxStore {
    let store = try makeStore()
    try store.pool.write { db in
      try db.execute(
        sql: """
          CREATE TRIGGER refuse BEFORE INSERT ON message WHEN new.external_id = '\(externalID)'
          BEGIN SELECT RAISE(ABORT, 'refused'); END
          """)
    }
    return store
  }

  /// A twarc2 file of `count` tweets with ids 0..<count, ten to a page (one page per line, so
  /// the format is told from the file's head).
  private func twarcFile(count: Int) throws -> String {
    let pages = stride(from: 0, to: count, by: 10).map { first in
      ImportRunnerTests.page(
        (first..<min(count, first + 10)).map { ("\($0)", "Is the clinic open on Monday \($0)?") })
    }
    return try writeTemporary("a.jsonl", pages.joined())
  }

  private func storedIDs(_ store: InboxStore) throws -> [String] {
    try store.pool.read { db in
      try String.fetchAll(db, sql: "SELECT external_id FROM message ORDER BY id")
    }
  }

  @Test func chunksAreStoredInOrderAndCountedWhenCommitted() throws {
    let store = try makeStore()
    let writer = committer(store, recordsPerTransaction: 3)
    try writer.submit(chunk(["1", "2"]))
    // Two records are less than a transaction: nothing is committed yet.
    #expect(try storedIDs(store).isEmpty)
    try writer.submit(chunk(["3", "4"]))
    try writer.submit(chunk(["5", "2"]))
    let committed = try writer.finish()
    #expect(committed.imported == 5)
    #expect(committed.duplicates == 1)
    #expect(try storedIDs(store) == ["1", "2", "3", "4", "5"])
    let sources = try store.pool.read {
      try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM message_source")
    }
    #expect(sources == 5)
  }

  @Test func aFailedTransactionIsRolledBackAndReported() throws {
    let store = try storeRefusing("bad")
    let writer = committer(store, recordsPerTransaction: 2, capacity: 1)
    try writer.submit(chunk(["1", "2"]))
    // The failing chunk, or one after it, is refused; finish reports the failure.
    _ = try? writer.submit(chunk(["3", "bad"]))
    _ = try? writer.submit(chunk(["4"]))
    #expect(throws: DatabaseError.self) { try writer.finish() }
    #expect(try storedIDs(store) == ["1", "2"])
  }

  /// Nothing of an import outlives it: once the inbox is let go, its connections close and the
  /// last one folds the write-ahead log back into the database file.
  @Test func anImportLeavesNoConnectionOpen() throws {
    let file = try writeTemporary(
      "a.jsonl", ImportRunnerTests.page((0..<30).map { ("\($0)", "message \($0)") }))
    var path = ""
    do {
      let (summary, store) = try importInto([file], options: .init(batchSize: 7))
      #expect(summary.imported == 30)
      path = store.path
    }
    #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
  }

  /// While the writer commits, the queue takes more chunks, so the reader and the analyzer
  /// go on instead of waiting for the commit. (The commit is held with a trigger that calls
  /// a function waiting on the test.)
  @Test func theQueueTakesMoreWhileTheWriterCommits() throws {
    let store = try makeStore()
    let entered = DispatchSemaphore(value: 0)
    let release = DispatchSemaphore(value: 0)
    let once = NSLock()
    nonisolated(unsafe) var held = false
    try store.pool.writeWithoutTransaction { db in
      db.add(
        function: DatabaseFunction("hold_commit", argumentCount: 0, pure: false) { _ in
          once.lock()
          let first = !held
          held = true
          once.unlock()
          if first {
            entered.signal()
            release.wait()
          }
          return nil
        })
      try db.execute(
        sql: """
          CREATE TEMP TRIGGER hold AFTER DELETE ON main.import_fts_deferred
          BEGIN SELECT hold_commit(); END
          """)
    }
    let writer = ChunkCommitter(
      store: store, writer: ImportWriter(batchID: nil, dryRun: false), path: "test.jsonl",
      batchID: nil, dryRun: false, recordsPerTransaction: 1, capacity: 1,
      capacityWhileCommitting: 3, checkpointer: nil)
    try writer.submit(chunk(["1"]))
    #expect(entered.wait(timeout: .now() + 10) == .success)
    // The writer is inside its first commit: three chunks go in at once, not one.
    let submitted = DispatchSemaphore(value: 0)
    let chunks = ["2", "3", "4"].map { chunk([$0]) }
    DispatchQueue.global().async {
      for chunk in chunks { try? writer.submit(chunk) }
      submitted.signal()
    }
    let tookThree = submitted.wait(timeout: .now() + 5) == .success
    release.signal()
    #expect(tookThree)
    if !tookThree { submitted.wait() }
    #expect(try writer.finish().imported == 4)
    #expect(try storedIDs(store) == ["1", "2", "3", "4"])
  }

  /// Every few commits the writer waits for the checkpoint to copy everything, so that its
  /// next transaction starts the log again from the beginning: otherwise the log grows as
  /// large as all the import wrote (which a 1 GB import would double on disk).
  @Test func everyFewCommitsTheWriterWaitsForTheLogToBeCopied() throws {
    let store = try makeStore()
    let checkpointer = try #require(ImportCheckpointer(databasePath: store.path))
    let writer = ChunkCommitter(
      store: store, writer: ImportWriter(batchID: nil, dryRun: false), path: "test.jsonl",
      batchID: nil, dryRun: false, recordsPerTransaction: 1, capacity: 60,
      checkpointer: checkpointer)
    let every = ChunkCommitter.commitsPerLogRestart
    for id in 0..<(2 * every + 1) { try writer.submit(chunk(["\(id)"])) }
    #expect(try writer.finish().imported == 2 * every + 1)
    #expect(checkpointer.checkpointsWaitedFor == 2)
  }

  /// After `checkpointNow` the next transaction writes the log over from its start: the file
  /// does not grow. (Measured by the file's size: asking SQLite would checkpoint too.)
  @Test func aTransactionAfterEverythingIsCopiedWritesTheLogFromItsStart() throws {
    let store = try makeStore()
    let checkpointer = try #require(ImportCheckpointer(databasePath: store.path))
    let long = String(repeating: "Is the clinic open on Monday? ", count: 100)
    func logBytes() throws -> Int {
      try #require(
        try FileManager.default.attributesOfItem(atPath: store.path + "-wal")[.size] as? Int)
    }
    func insert(_ id: String, _ text: String) throws {
      try store.pool.write { db in
        _ = try ImportWriter(batchID: nil, dryRun: false).write(
          sampleMessage(id, text: text), analysis: nil, sourceFile: "a", now: 0, in: db)
      }
    }
    // No automatic checkpoints: only the one under test.
    try store.pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_autocheckpoint = 0") }
    for id in 0..<100 { try insert("\(id)", long) }
    let grown = try logBytes()
    try insert("appended", long)
    let appended = try logBytes()
    checkpointer.checkpointNow()
    try insert("from the start", long)
    #expect(grown > 1_000_000)
    #expect(appended > grown)
    #expect(try logBytes() == appended)
  }

  /// A writer that fails mid-file stops the import with its error; the analysis stage and
  /// the writer thread end, and what committed before stays.
  @Test func aWriterFailingMidImportStopsItWithTheError() throws {
    let store = try storeRefusing("2500")
    let file = try twarcFile(count: 4000)
    #expect(throws: DatabaseError.self) {
      _ = try importInto(
        [file], store: store, options: .init(analyzer: MessageAnalyzer(), batchSize: 2000))
    }
    let stored = try store.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM message") }
    #expect(stored == 2000)
  }

  @Test func aWriterGivenNothingFinishesAtOnce() throws {
    let committed = try committer(try makeStore(), recordsPerTransaction: 5).finish()
    #expect(committed.imported == 0)
  }

  @Test func theAnalyzerReportsWhenItIsSetUp() {
    let gate = DispatchSemaphore(value: 0)
    let analyzer = BackgroundAnalyzer {
      gate.wait()
      return MessageAnalyzer()
    }
    #expect(!analyzer.isReady)
    gate.signal()
    _ = analyzer.analyze(sampleMessage("1"))
    #expect(analyzer.isReady)
  }

  /// Chunks read while the analyzer is being set up wait for it; none is stored unanalysed.
  @Test func chunksReadDuringTheAnalyzersSetUpAreAnalysedToo() throws {
    let gate = DispatchSemaphore(value: 0)
    let analyzer = BackgroundAnalyzer {
      gate.wait()
      return MessageAnalyzer()
    }
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { gate.signal() }
    let count = 4500
    let file = try twarcFile(count: count)
    let (summary, store) = try importInto(
      [file], options: .init(analyzer: analyzer, batchSize: 2000))
    #expect(summary.imported == count, "\(summary.files)")
    let analysed = try store.pool.read {
      try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM message WHERE analyzed_at IS NOT NULL")
    }
    #expect(analysed == count)
  }
}

extension ChunkCommitterTests {
  /// The writer sets the pace, so it hands the chunks it stored back to be freed by the next
  /// `submit` on the reader's side instead of freeing them itself.
  @Test func storedChunksAreFreedByTheNextSubmitNotByTheWriter() throws {
    let store = try makeStore()
    let writer = ChunkCommitter(
      store: store, writer: ImportWriter(batchID: nil, dryRun: false), path: "test.jsonl",
      batchID: nil, dryRun: false, recordsPerTransaction: 10, capacity: 2, checkpointer: nil)
    try writer.submit(.init(messages: [sampleMessage("1")], analyses: nil, bad: []))
    try writer.submit(.init(messages: [sampleMessage("2")], analyses: nil, bad: []))
    _ = try writer.finish()
    // Both were stored after their own submit; nothing submitted since to free them.
    #expect(writer.spentCount >= 1)
    #expect(
      try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM message") } == 2)
  }
}
