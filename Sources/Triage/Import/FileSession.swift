import Foundation
import GRDB

/// Receives one file's records from its reader, has them analysed on every core, and hands
/// them in chunks to a `ChunkCommitter`, which stores them on a thread of its own in
/// transactions of `batchSize` records while the reader goes on parsing.
final class FileSession: RecordSink, @unchecked Sendable {
  /// Records handed to the writer at a time (fewer when the batch size is smaller).
  static let chunkSize = 1000
  /// Chunks queued for the writer at most: few, so that after the last record the writer has
  /// little left to store alone (with ten, it worked alone for the last tenth of a second).
  static let chunksInFlight = 3
  /// Chunks queued at most while the writer commits, so reading and analysis go on meanwhile.
  /// Against 3 in twelve alternating runs of a 50,000-tweet zip, twice: median 961 against
  /// 1,050 ms and 976 against 1,033 ms (10 chunks: 1,018 ms).
  static let chunksInFlightWhileCommitting = 9
  /// Chunks waiting for the writer from which the analyzer leaves it a core of its own.
  static let writerBacklog = 2
  /// Chunks that may wait, read but not analysed, while the analyzer is still being set up.
  static let chunksReadAhead = 8
  /// Chunks handed to the analysis stage and not yet through it, at most.
  static let chunksAnalysing = 2

  let runner: ImportRunner
  let path: String
  let bytesTotal: Int64?
  /// The stream being read, for progress in bytes.
  var stream: ByteStream?
  private let committer: ChunkCommitter
  private let chunkSize: Int
  private var pendingMessages: [Message] = []
  private var pendingErrors: [BadRecord] = []
  /// Chunks read while the analyzer was being set up, oldest first.
  private var awaitingAnalyzer: [ChunkCommitter.Chunk] = []
  /// Records a read-only run counted (it stores nothing; the committer counts the rest).
  private var imported = 0
  private var skipped: [String: Int] = [:]
  private var errors: [FileReport.Problem] = []
  private var errorCount = 0
  private var records = 0
  private var lastProgress = 0.0
  private let started = Date()
  /// Analysis runs here, a chunk at a time and in order (each on every core), while the
  /// reader goes on reading: the cores never wait for the reader between chunks.
  private let analysisStage = DispatchQueue(label: "rounds.import.analysis")
  private let analysisSlots = DispatchSemaphore(value: FileSession.chunksAnalysing)
  /// CPU time of the analyzer on every thread it ran on (written by the analysis stage only).
  private var analyzeCPU = 0.0
  private let readStarted = ImportCPU.threadSeconds()

  init(runner: ImportRunner, path: String, bytesTotal: Int64?) {
    self.runner = runner
    self.path = path
    self.bytesTotal = bytesTotal
    chunkSize = max(1, min(Self.chunkSize, runner.options.batchSize))
    committer = ChunkCommitter(
      store: runner.store,
      writer: ImportWriter(batchID: runner.batchID, dryRun: runner.options.dryRun), path: path,
      batchID: runner.batchID, dryRun: runner.options.dryRun,
      recordsPerTransaction: runner.options.batchSize, capacity: Self.chunksInFlight,
      capacityWhileCommitting: Self.chunksInFlightWhileCommitting,
      checkpointer: runner.checkpointer)
  }

  /// A session left without `finish` (its import stopped on an error) still ends its writer,
  /// which holds the inbox's writer connection until then. (No analysis is pending: each one
  /// holds the session, and this may run on the analysis stage's own thread.)
  deinit {
    _ = try? committer.finish()
  }

  func message(_ message: consuming Message) throws {
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
    if pendingMessages.count + pendingErrors.count >= chunkSize {
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

  /// Hands what is pending to the writer, analysed. While the analyzer is still being set up
  /// (its first tenth of a second), a few chunks wait for it here so reading goes on.
  func flush(final: Bool = false) throws {
    try committer.rethrowFailure()
    guard !pendingMessages.isEmpty || !pendingErrors.isEmpty else {
      if final { try handOverAwaiting() }
      return
    }
    let chunk = ChunkCommitter.Chunk(messages: pendingMessages, analyses: nil, bad: pendingErrors)
    pendingMessages = []
    pendingErrors = []
    pendingMessages.reserveCapacity(chunkSize)
    if runner.options.readOnly {
      imported += chunk.messages.count
      return
    }
    if !final, awaitingAnalyzer.count < Self.chunksReadAhead, analyzerIsSettingUp {
      awaitingAnalyzer.append(chunk)
      return
    }
    try handOverAwaiting()
    try handOver(chunk)
  }

  private var analyzerIsSettingUp: Bool {
    guard !runner.options.dryRun, let background = runner.options.analyzer as? BackgroundAnalyzer
    else { return false }
    return !background.isReady
  }

  private func handOverAwaiting() throws {
    let chunks = awaitingAnalyzer
    awaitingAnalyzer = []
    for chunk in chunks { try handOver(chunk) }
  }

  /// Queues a chunk for the analysis stage, which analyses it on every core (while the writer
  /// stores the previous ones and the reader reads the next) and hands it to the writer. A
  /// writer's failure reaches the reader through the committer.
  private func handOver(_ chunk: ChunkCommitter.Chunk) throws {
    analysisSlots.wait()
    analysisStage.async { [self] in
      defer { analysisSlots.signal() }
      var chunk = chunk
      chunk.analyses = analyze(chunk.messages)
      try? committer.submit(chunk)
    }
  }

  /// The analyzer's verdicts (none in a dry run or without an analyzer). Duplicates are
  /// analysed too, and the result unused.
  private func analyze(_ messages: [Message]) -> [MessageAnalysis]? {
    guard !runner.options.dryRun, let analyzer = runner.options.analyzer else { return nil }
    // When chunks wait for the writer, the analyzer leaves it a core: otherwise the writer
    // falls behind, the queue fills, and after the last record it works on alone.
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let analyzed = ParallelAnalysis.analyze(
      messages, with: analyzer,
      cores: committer.backlog >= Self.writerBacklog ? max(1, cores - 1) : cores)
    analyzeCPU += analyzed.cpuSeconds
    return analyzed.analyses
  }

  /// Flushes the rest, waits for the writer and fills the report. A reader that failed
  /// midway still gets what it read before the failure committed.
  func finish(into report: inout FileReport) throws {
    try flush(final: true)
    analysisStage.sync {}
    let committed = try committer.finish()
    reportProgress(force: true)
    var cpu = ImportCPU()
    cpu.analyze = analyzeCPU
    cpu.read = ImportCPU.threadSeconds() - readStarted
    cpu.write = committed.cpuSeconds
    runner.cpu += cpu
    report.imported += imported + committed.imported
    report.updated += committed.updated
    report.duplicates += committed.duplicates
    report.skipped.merge(skipped, uniquingKeysWith: +)
    report.errors += errors
    report.errorCount += errorCount
  }
}
