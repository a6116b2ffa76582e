import Foundation
import GRDB

/// Receives one file's records from its reader and writes them in batched transactions:
/// messages, and bad records with their raw bytes. Batches are committed on a writer thread
/// while the reader goes on parsing (at most two batches in flight), so parsing and SQLite use
/// both cores. Counts are taken only for what was committed, so a report never claims more
/// than the inbox holds.
final class FileSession: RecordSink, @unchecked Sendable {
  let runner: ImportRunner
  let path: String
  let bytesTotal: Int64?
  /// The stream being read, for progress in bytes.
  var stream: ByteStream?
  private let writer: ImportWriter
  private var pendingMessages: [Message] = []
  private var pendingErrors: [BadRecord] = []
  private var imported = 0
  private var updated = 0
  private var duplicates = 0
  private var skipped: [String: Int] = [:]
  private var errors: [FileReport.Problem] = []
  private var errorCount = 0
  private var records = 0
  private var lastProgress = 0.0
  private let started = Date()
  /// Commits run here, one at a time, in order.
  private let writerQueue = DispatchQueue(label: "rounds.import.writer")
  /// Bounds the batches waiting for the writer.
  private let inFlight = DispatchSemaphore(value: 2)
  private let countsLock = NSLock()
  private var writeFailure: Error?
  /// CPU time of this file's stages: the analyzer's on every thread it ran on, the writer's on
  /// the writer thread (under `countsLock`).
  private var analyzeCPU = 0.0
  /// The part of `analyzeCPU` spent on the reading thread itself.
  private var analyzeCPUOnReader = 0.0
  private var writeCPU = 0.0
  private let readStarted = ImportCPU.threadSeconds()

  init(runner: ImportRunner, path: String, bytesTotal: Int64?) {
    self.runner = runner
    self.path = path
    self.bytesTotal = bytesTotal
    writer = ImportWriter(batchID: runner.batchID, dryRun: runner.options.dryRun)
  }

  func message(_ message: Message) throws {
    if let since = runner.options.since, message.createdAt < since {
      try skip("before_since")
      return
    }
    var message = message
    let ownHandles = runner.options.ownHandles
    if message.kind == .inbound, !ownHandles.isEmpty, let handle = message.authorHandle,
      ownHandles.contains(ImportRunner.comparableHandle(handle))
    {
      // The practice answering in a thread it exported: a published reply, not a question.
      message.kind = .own
      message.status = message.status == .new ? .posted : .closed
    }
    // One line-ending convention in the inbox, whatever the exporter's platform.
    if message.text.containsUTF8Byte(0x0D) {
      message.text = message.text.replacingOccurrences(of: "\r\n", with: "\n")
    }
    pendingMessages.append(message)
    try counted()
  }

  func skip(_ reason: String) throws {
    skipped[reason, default: 0] += 1
    try counted()
  }

  func bad(_ record: BadRecord) throws {
    errorCount += 1
    if errors.count < ImportRunner.listedErrors {
      errors.append(.init(position: record.position, reason: record.reason))
    }
    pendingErrors.append(record)
    try counted()
  }

  private func counted() throws {
    records += 1
    if pendingMessages.count + pendingErrors.count >= runner.options.batchSize {
      try flush()
    }
    if records & 1023 == 0 { reportProgress(force: false) }
  }

  private func reportProgress(force: Bool) {
    guard let progress = runner.options.progress else { return }
    let elapsed = Date().timeIntervalSince(started)
    guard force || elapsed - lastProgress >= 0.25 else { return }
    lastProgress = elapsed
    progress(
      ImportProgress(
        path: path, records: records, bytesDone: stream?.offset ?? 0, bytesTotal: bytesTotal,
        elapsed: elapsed))
  }

  /// Hands what is pending to the writer thread, to be committed in one transaction.
  func flush() throws {
    try rethrowWriteFailure()
    guard !pendingMessages.isEmpty || !pendingErrors.isEmpty else { return }
    let messages = pendingMessages
    let bad = pendingErrors
    pendingMessages = []
    pendingErrors = []
    pendingMessages.reserveCapacity(runner.options.batchSize)
    if runner.options.readOnly {
      imported += messages.count
      return
    }
    // The analyzer runs here, from the reader's thread on every core, while the writer commits
    // the previous batch. (Duplicates are analysed too, and the result unused.)
    let analyses = analyze(messages)
    inFlight.wait()
    writerQueue.async { [self] in
      defer { inFlight.signal() }
      countsLock.lock()
      let failed = writeFailure != nil
      countsLock.unlock()
      guard !failed else { return }
      do {
        let writeStarted = ImportCPU.threadSeconds()
        let outcomes = try commit(messages, analyses, bad)
        let writeSeconds = ImportCPU.threadSeconds() - writeStarted
        runner.checkpointer?.committed()
        countsLock.lock()
        writeCPU += writeSeconds
        imported += outcomes.0
        updated += outcomes.1
        duplicates += outcomes.2
        countsLock.unlock()
      } catch {
        countsLock.lock()
        writeFailure = error
        countsLock.unlock()
      }
    }
  }

  /// The analyzer's verdicts (none in a dry run or without an analyzer).
  private func analyze(_ messages: [Message]) -> [MessageAnalysis]? {
    guard !runner.options.dryRun, let analyzer = runner.options.analyzer else { return nil }
    let callerStarted = ImportCPU.threadSeconds()
    let analyzed = ParallelAnalysis.analyze(messages, with: analyzer)
    analyzeCPU += analyzed.cpuSeconds
    analyzeCPUOnReader += ImportCPU.threadSeconds() - callerStarted
    return analyzed.analyses
  }

  private func rethrowWriteFailure() throws {
    countsLock.lock()
    let failure = writeFailure
    countsLock.unlock()
    if let failure { throw failure }
  }

  /// Waits for every batch handed to the writer.
  private func drain() throws {
    writerQueue.sync {}
    try rethrowWriteFailure()
  }

  private func commit(
    _ messages: [Message], _ analyses: [MessageAnalysis]?, _ bad: [BadRecord]
  ) throws -> (Int, Int, Int) {
    let writer = self.writer
    let path = self.path
    let batchID = runner.batchID
    let dryRun = runner.options.dryRun
    return try runner.store.pool.write { db in
      let now = Timestamps.milliseconds(Date())
      var counts = (0, 0, 0)
      if !dryRun { try ImportWriter.deferIndexing(in: db) }
      for outcome in try writer.writeAll(
        messages, analyses: analyses, sourceFile: path, now: now, in: db)
      {
        switch outcome {
        case .imported: counts.0 += 1
        case .updated: counts.1 += 1
        case .duplicate: counts.2 += 1
        }
      }
      if !dryRun { try ImportWriter.indexDeferred(in: db) }
      if !dryRun, let batchID {
        let insert = try db.cachedStatement(
          sql:
            "INSERT INTO import_errors (batch_id, path, position, reason, raw) VALUES (?, ?, ?, ?, ?)"
        )
        for record in bad {
          try insert.execute(arguments: [
            batchID, path, record.position, record.reason, Data(record.raw),
          ])
        }
      }
      return counts
    }
  }

  /// Flushes the rest, waits for the writer and fills the report. A reader that failed
  /// midway still gets what it read before the failure committed.
  func finish(into report: inout FileReport) throws {
    try flush()
    try drain()
    reportProgress(force: true)
    var cpu = ImportCPU()
    cpu.analyze = analyzeCPU
    cpu.read = ImportCPU.threadSeconds() - readStarted - analyzeCPUOnReader
    countsLock.lock()
    cpu.write = writeCPU
    countsLock.unlock()
    runner.cpu += cpu
    report.imported += imported
    report.updated += updated
    report.duplicates += duplicates
    report.skipped.merge(skipped, uniquingKeysWith: +)
    report.errors += errors
    report.errorCount += errorCount
  }
}
