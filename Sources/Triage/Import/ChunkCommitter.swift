import Foundation
import GRDB

/// The writer side of a file's import: a thread of its own that stores the analysed chunks the
/// reader hands it, in order, in transactions of about `recordsPerTransaction` records, while
/// the reader parses and analyses the next ones.
///
/// Chunks are smaller than transactions so the pipeline fills and drains quickly: the writer
/// starts on the first thousand records, not after a whole transaction's, and after the reader's
/// last record it has at most a chunk or two left to store. A transaction stays open across
/// the chunks it spans; a killed import loses only the open one, which a rerun completes.
final class ChunkCommitter: @unchecked Sendable {
  struct Chunk {
    var messages: [Message]
    var analyses: [MessageAnalysis]?
    var bad: [BadRecord]
  }

  /// What committed transactions stored; counted only at the commit, so a report never claims
  /// more than the inbox holds.
  struct Committed {
    var imported = 0
    var updated = 0
    var duplicates = 0
    /// CPU time of the writer thread.
    var cpuSeconds = 0.0
  }

  private let store: InboxStore
  private let writer: ImportWriter
  private let path: String
  private let batchID: Int64?
  private let dryRun: Bool
  private let recordsPerTransaction: Int
  private let checkpointer: ImportCheckpointer?
  /// Chunks waiting for the writer, at most `capacity` (their records are in memory), or
  /// `capacityWhileCommitting` while it commits: a commit indexes the transaction's text and
  /// writes the log (15-30 ms for 5,000 records), in which the reader and the analyzer would
  /// otherwise fill the queue and wait.
  private let capacity: Int
  private let capacityWhileCommitting: Int
  private let condition = NSCondition()
  private var waiting: [Chunk] = []
  /// Chunks the writer has stored, freed by the next `submit` on the submitting thread:
  /// freeing a thousand messages' strings cost the writer, which sets the pace, 4% of its
  /// instructions.
  private var spent: [Chunk] = []
  private var closed = false
  private var stopped = false
  private var committed = Committed()
  private var failure: Error?
  /// Whether the writer thread was started (it is on the first chunk).
  private var started = false
  /// Whether the writer is committing (indexing the transaction's text and writing the log).
  private var committing = false
  /// Commits on this writer's thread so far.
  private var commits = 0
  /// Commits after which the writer waits for everything to be copied out of the log, so
  /// that the log stays within some transactions' pages (under 300 MB for an X archive). The
  /// wait, about 20 ms each time, is why it is not more often: every 40,000 records (8
  /// commits of 5,000), imports of 100,000 twarc2 records were 3-8% slower with detectors off
  /// (8 alternating runs, twice). 12 commits of 10,000 records is every 120,000 records.
  static let commitsPerLogRestart = 12

  init(
    store: InboxStore, writer: ImportWriter, path: String, batchID: Int64?, dryRun: Bool,
    recordsPerTransaction: Int, capacity: Int, capacityWhileCommitting: Int? = nil,
    checkpointer: ImportCheckpointer?
  ) {
    self.store = store
    self.writer = writer
    self.path = path
    self.batchID = batchID
    self.dryRun = dryRun
    self.recordsPerTransaction = max(1, recordsPerTransaction)
    self.capacity = max(1, capacity)
    self.capacityWhileCommitting = max(self.capacity, capacityWhileCommitting ?? capacity)
    self.checkpointer = checkpointer
  }

  /// Queues a chunk, waiting while the queue is full. Throws the writer's error once it has
  /// failed (the chunk is then not stored).
  func submit(_ chunk: Chunk) throws {
    condition.lock()
    // Taken under the lock and freed after it, on this thread: the writer keeps no reference.
    let stored = spent
    spent = []
    defer { withExtendedLifetime(stored) {} }
    if !started { start() }
    while waiting.count >= (committing ? capacityWhileCommitting : capacity) && !stopped {
      condition.wait()
    }
    if let failure {
      condition.unlock()
      throw failure
    }
    waiting.append(chunk)
    condition.broadcast()
    condition.unlock()
  }

  /// No more chunks: waits for the writer to store and commit what is queued. Throws its error.
  func finish() throws -> Committed {
    condition.lock()
    closed = true
    condition.broadcast()
    while started && !stopped { condition.wait() }
    defer { condition.unlock() }
    if let failure { throw failure }
    return committed
  }

  /// Chunks handed over and not yet taken by the writer.
  var backlog: Int {
    condition.lock()
    defer { condition.unlock() }
    return waiting.count
  }

  /// Stored chunks waiting to be freed by the next `submit` (for tests).
  var spentCount: Int {
    condition.lock()
    defer { condition.unlock() }
    return spent.count
  }

  /// The error the writer stopped on, if it has (checked by the reader between chunks).
  func rethrowFailure() throws {
    condition.lock()
    defer { condition.unlock() }
    if let failure { throw failure }
  }

  /// Call with `condition` locked. The thread holds the committer until it ends, and is held
  /// by nothing: a reference back would keep both, and with them the inbox's connections,
  /// open to the end of the process.
  private func start() {
    started = true
    let thread = Thread { [self] in run() }
    thread.name = "rounds.import.writer"
    thread.start()
  }

  /// The next chunk, or nil once the reader has finished and nothing is queued.
  private func next() -> Chunk? {
    condition.lock()
    defer { condition.unlock() }
    while waiting.isEmpty && !closed { condition.wait() }
    guard !waiting.isEmpty else { return nil }
    let chunk = waiting.removeFirst()
    condition.broadcast()
    return chunk
  }

  private func run() {
    let cpuStarted = ImportCPU.threadSeconds()
    do {
      // The pool's writer connection is this thread's for the whole file: nobody else writes
      // to the inbox during an import (the checkpointer has a connection of its own).
      try store.pool.writeWithoutTransaction { db in
        do {
          try storeChunks(in: db)
        } catch {
          if db.isInsideTransaction { try? db.rollback() }
          throw error
        }
      }
    } catch {
      condition.lock()
      failure = error
      condition.unlock()
    }
    condition.lock()
    committed.cpuSeconds += ImportCPU.threadSeconds() - cpuStarted
    stopped = true
    waiting = []
    condition.broadcast()
    condition.unlock()
  }

  private func storeChunks(in db: Database) throws {
    var open = Committed()
    var recordsOpen = 0
    // What the open transaction put aside to index its messages at its end.
    var deferred: DeferredIndexing?
    let statements = try ImportStatements(db)
    while var chunk = next() {
      if recordsOpen == 0 {
        try db.beginTransaction(.immediate)
        if !dryRun { deferred = try ImportWriter.deferIndexing(in: db) }
      }
      let now = Timestamps.milliseconds(Date())
      for outcome in try writer.writeAll(
        chunk.messages, analyses: chunk.analyses, sourceFile: path, now: now,
        statements: statements, in: db)
      {
        switch outcome {
        case .imported: open.imported += 1
        case .updated: open.updated += 1
        case .duplicate: open.duplicates += 1
        }
      }
      if !dryRun, let batchID { try storeBadRecords(chunk.bad, batch: batchID, in: db) }
      recordsOpen += chunk.messages.count + chunk.bad.count
      retire(&chunk)
      if recordsOpen >= recordsPerTransaction {
        try commit(&open, deferred, in: db)
        recordsOpen = 0
      }
    }
    if db.isInsideTransaction { try commit(&open, deferred, in: db) }
  }

  /// Hands a stored chunk over to be freed by the next `submit`. Its last reference on this
  /// thread is dropped under the lock, so the chunk is never freed here.
  private func retire(_ chunk: inout Chunk) {
    condition.lock()
    spent.append(chunk)
    chunk = Chunk(messages: [], analyses: nil, bad: [])
    condition.unlock()
  }

  private func commit(
    _ open: inout Committed, _ deferred: DeferredIndexing?, in db: Database
  ) throws {
    setCommitting(true)
    defer { setCommitting(false) }
    if let deferred { try ImportWriter.indexDeferred(deferred, in: db) }
    try db.commit()
    commits += 1
    if commits % Self.commitsPerLogRestart == 0 {
      // Everything committed is copied before the next transaction begins, which therefore
      // writes the log again from its start: otherwise the checkpoints, always a commit
      // behind, never catch up, and the log grows as large as all the import wrote (400 MB
      // for 200,000 tweets, all of it deleted at the end).
      checkpointer?.checkpointNow()
    } else {
      checkpointer?.committed()
    }
    condition.lock()
    committed.imported += open.imported
    committed.updated += open.updated
    committed.duplicates += open.duplicates
    condition.unlock()
    open = Committed()
  }

  private func setCommitting(_ value: Bool) {
    condition.lock()
    committing = value
    condition.broadcast()
    condition.unlock()
  }

  private func storeBadRecords(_ bad: [BadRecord], batch: Int64, in db: Database) throws {
    guard !bad.isEmpty else { return }
    let insert = try db.cachedStatement(
      sql:
        "INSERT INTO import_errors (batch_id, path, position, reason, raw) VALUES (?, ?, ?, ?, ?)"
    )
    for record in bad {
      try insert.execute(arguments: [batch, path, record.position, record.reason, Data(record.raw)])
    }
  }
}
