import Foundation
import GRDB

/// Receives one file's records from its reader and writes them in batched transactions:
/// messages, and bad records with their raw bytes. Counts are taken only for what was
/// committed, so a report never claims more than the inbox holds.
final class FileSession: RecordSink {
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

  init(runner: ImportRunner, path: String, bytesTotal: Int64?) {
    self.runner = runner
    self.path = path
    self.bytesTotal = bytesTotal
    writer = ImportWriter(
      batchID: runner.batchID, dryRun: runner.options.dryRun, analyzer: runner.options.analyzer)
  }

  func message(_ message: Message) throws {
    if let since = runner.options.since, message.createdAt < since {
      try skip("before_since")
      return
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

  /// Commits what is pending in one transaction.
  func flush() throws {
    guard !pendingMessages.isEmpty || !pendingErrors.isEmpty else { return }
    let messages = pendingMessages
    let bad = pendingErrors
    pendingMessages.removeAll(keepingCapacity: true)
    pendingErrors.removeAll(keepingCapacity: true)
    let writer = self.writer
    let path = self.path
    let batchID = runner.batchID
    let dryRun = runner.options.dryRun
    let outcomes: (Int, Int, Int) = try runner.store.pool.write { db in
      let now = Timestamps.milliseconds(Date())
      var counts = (0, 0, 0)
      for message in messages {
        switch try writer.write(message, sourceFile: path, now: now, in: db) {
        case .imported: counts.0 += 1
        case .updated: counts.1 += 1
        case .duplicate: counts.2 += 1
        }
      }
      if !dryRun, let batchID {
        let insert = try db.cachedStatement(
          sql: "INSERT INTO import_errors (batch_id, path, position, reason, raw) VALUES (?, ?, ?, ?, ?)"
        )
        for record in bad {
          try insert.execute(arguments: [
            batchID, path, record.position, record.reason, Data(record.raw),
          ])
        }
      }
      return counts
    }
    imported += outcomes.0
    updated += outcomes.1
    duplicates += outcomes.2
  }

  /// Flushes the rest and fills the report.
  func finish(into report: inout FileReport) throws {
    try flush()
    reportProgress(force: true)
    report.imported += imported
    report.updated += updated
    report.duplicates += duplicates
    report.skipped.merge(skipped, uniquingKeysWith: +)
    report.errors += errors
    report.errorCount += errorCount
  }
}
