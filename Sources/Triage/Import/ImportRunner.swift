import Foundation
import GRDB

/// Runs an import: finds the files under each path, picks each one's format, streams its
/// records into the inbox in batched transactions, and records the batch. A file that cannot
/// be read is reported and the others still import.
public final class ImportRunner {
  public struct Options: Sendable {
    /// A format name from `FormatRegistry`; nil: detect each file's format.
    public var format: String?
    public var dryRun = false
    /// Records published before this are skipped (reason `before_since`).
    public var since: Date?
    public var mapping: FieldMapping?
    /// Scans every stored message (the PHI detector and triage classifier).
    public var analyzer: (any MessageAnalyzing)?
    /// Records per transaction (`defaultBatchSize`).
    public var batchSize = ImportRunner.defaultBatchSize
    public var progress: (@Sendable (ImportProgress) -> Void)?
    /// Read and count only, touching no database (benchmarks measure the readers with it).
    public var readOnly = false
    /// The practice's own account handles (the policy's `practice.handles`): a record any
    /// reader would import as from the public is the practice's own published reply when its
    /// author is one of them. Compared without a leading `@` and ignoring case.
    public var ownHandles: Set<String> = [] {
      didSet { ownHandles = Set(ownHandles.map(ImportRunner.comparableHandle)) }
    }

    public init(
      format: String? = nil, dryRun: Bool = false, since: Date? = nil,
      mapping: FieldMapping? = nil, analyzer: (any MessageAnalyzing)? = nil,
      batchSize: Int = ImportRunner.defaultBatchSize,
      progress: (@Sendable (ImportProgress) -> Void)? = nil
    ) {
      self.format = format
      self.dryRun = dryRun
      self.since = since
      self.mapping = mapping
      self.analyzer = analyzer
      self.batchSize = batchSize
      self.progress = progress
    }
  }

  /// Records per transaction. Each commit rewrites the index pages it touched and writes out
  /// the full-text index's new terms, so fewer commits write less: 10,000 against 5,000 took
  /// 3-6% off X archive imports (200,000 records, detectors off, three sets of alternating
  /// runs), with the same peak memory (93 MB; 120 MB for a 1 GB archive). 20,000 was slower.
  public static let defaultBatchSize = 10_000

  /// A handle as `ownHandles` holds it: no leading `@`, lower case.
  static func comparableHandle(_ handle: String) -> String {
    (handle.hasPrefix("@") ? String(handle.dropFirst()) : handle).lowercased()
  }

  /// At most this many bad records are listed per file in a report (all are stored).
  public static let listedErrors = 1000

  let store: InboxStore
  let user: String
  let options: Options
  var batchID: Int64?
  let started = Date()
  /// Summed over the files as each finishes (on the reading thread).
  var cpu = ImportCPU()
  /// Copies committed pages into the database file beside the writer (nil: the writer does).
  private(set) var checkpointer: ImportCheckpointer?

  public init(store: InboxStore, user: String, options: Options = Options()) throws {
    if let name = options.format, !FormatRegistry.allNames.contains(name) {
      throw RoundsError(
        .usage, "there is no import format named \(name)",
        fix: "see `rounds import --list-formats`")
    }
    self.store = store
    self.user = user
    self.options = options
  }

  /// Imports every path; throws only when the inbox itself cannot be written.
  public func run(_ paths: [String]) throws -> ImportSummary {
    // A bulk load: a larger page cache for the writer; the statement journals of its
    // multi-row INSERTs in memory rather than in a temporary file; checkpoints on a connection
    // of their own (or, failing that, rarer ones: about every 200 MB of log), so the writer
    // does not stop to copy pages back; foreign keys not looked up for every row, since the
    // writer only refers to rows it has just made (this batch, the messages it inserted).
    checkpointer = options.readOnly ? nil : ImportCheckpointer(databasePath: store.path)
    try store.pool.writeWithoutTransaction { db in
      try db.execute(
        sql: """
          PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = OFF;
          PRAGMA wal_autocheckpoint = \(checkpointer == nil ? 50000 : 0)
          """)
    }
    defer {
      checkpointer?.finish()
      checkpointer = nil
      try? store.pool.writeWithoutTransaction { db in
        try db.execute(
          sql: """
            PRAGMA foreign_keys = ON; PRAGMA cache_size = -16000; PRAGMA wal_autocheckpoint = 1000;
            PRAGMA temp_store = DEFAULT
            """)
        try db.checkpoint(.passive)
      }
    }
    if options.readOnly {
      // Nothing is recorded.
    } else if options.dryRun {
      try store.pool.writeWithoutTransaction { try ImportWriter.prepareDryRun(in: $0) }
    } else {
      batchID = try store.pool.write { db in
        let pathsJSON = String(
          decoding: try JSONSerialization.data(withJSONObject: paths), as: UTF8.self)
        try db.execute(
          sql: "INSERT INTO import_batches (started_at, user, paths) VALUES (?, ?, ?)",
          arguments: [Timestamps.milliseconds(started), user, pathsJSON])
        let id = db.lastInsertedRowID
        // Logged as it starts, so a batch killed half-way is still accounted for.
        try AuditLog.append(
          .importStart, actor: user, detail: ["batch": .number(id), "paths": .list(paths)],
          at: started, in: db)
        return id
      }
    }
    var reports: [FileReport] = []
    for path in paths {
      reports += try importPath(path)
    }
    var summary = ImportSummary(batchID: batchID, files: reports, dryRun: options.dryRun)
    summary.cpu = cpu
    if options.dryRun {
      try store.pool.writeWithoutTransaction { try ImportWriter.finishDryRun(in: $0) }
    } else if let batchID {
      try store.pool.write { db in
        try db.execute(
          sql: """
            UPDATE import_batches SET finished_at = ?, files = ?, imported = ?, updated = ?,
              duplicates = ?, skipped = ?, errors = ?, failed_files = ?
            WHERE id = ?
            """,
          arguments: [
            Timestamps.milliseconds(Date()), reports.count, summary.imported, summary.updated,
            summary.duplicates, summary.skipped.values.reduce(0, +), summary.errorCount,
            summary.failedFiles, batchID,
          ])
        try AuditLog.append(
          .importBatch, actor: user,
          detail: [
            "batch": .number(batchID), "files": .number(Int64(reports.count)),
            "imported": .number(Int64(summary.imported)),
            "updated": .number(Int64(summary.updated)),
            "duplicates": .number(Int64(summary.duplicates)),
            "skipped": .number(Int64(summary.skipped.values.reduce(0, +))),
            "errors": .number(Int64(summary.errorCount)),
            "failed_files": .number(Int64(summary.failedFiles)),
          ], in: db)
      }
    }
    return summary
  }

  // MARK: - Paths, folders and archives

  func importPath(_ path: String) throws -> [FileReport] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      var report = FileReport(path: path, format: nil)
      report.failure = "there is no file or folder at \(path)"
      return [try record(report)]
    }
    if isDirectory.boolValue {
      let entries = Self.folderEntries(path)
      let container = ImportContainer(path: path, entries: entries) { entry in
        try FileByteSource(path: path + "/" + entry)
      }
      return try importContainer(container, explicit: false)
    }
    if Self.isZip(path) {
      let archive: ZipArchive
      do {
        archive = try ZipArchive(path: path)
      } catch {
        var report = FileReport(path: path, format: "zip")
        report.failure = "\(error)"
        return [try record(report)]
      }
      let container = ImportContainer(path: path, entries: archive.entryPaths) { entry in
        try archive.source(for: entry)
      }
      return try importContainer(container, explicit: false)
    }
    let directory = (path as NSString).deletingLastPathComponent
    let source: ByteSource
    do {
      source = try FileByteSource(path: path)
    } catch {
      var report = FileReport(path: path, format: nil)
      report.failure = "\(error)"
      return [try record(report)]
    }
    return [
      try importFile(
        source, path: path, fileName: path.lastComponent, explicit: true,
        sibling: { name in
          let sibling = (directory.isEmpty ? "." : directory) + "/" + name
          return FileManager.default.fileExists(atPath: sibling)
            ? try? FileByteSource(path: sibling) : nil
        })
    ]
  }

  func importContainer(_ container: ImportContainer, explicit: Bool) throws -> [FileReport] {
    if let forced = options.format.flatMap(FormatRegistry.container(named:)) {
      return [try importArchive(container, as: forced)]
    }
    // The archives inside (the container itself, or folders of it) are each read whole; the
    // files outside them one by one, each by its own format.
    var archives: [(root: String, format: any ContainerFormat)] = []
    if options.format == nil {
      let found = FormatRegistry.containers.flatMap { format in
        format.roots(in: container.entries).map { (root: $0, format: format) }
      }.sorted { $0.root.count < $1.root.count }
      for archive in found where !archives.contains(where: { archive.root.hasPrefix($0.root) }) {
        archives.append(archive)
      }
    }
    if let whole = archives.first(where: { $0.root.isEmpty }) {
      return [try importArchive(container, as: whole.format)]
    }
    let separator = Self.isZip(container.path) ? ":" : "/"
    var reports: [FileReport] = []
    for archive in archives {
      let path = container.path + separator + archive.root.dropLast()
      reports.append(
        try importArchive(container.subContainer(at: archive.root, path: path), as: archive.format))
    }
    for entry in container.entries where !archives.contains(where: { entry.hasPrefix($0.root) }) {
      let display = container.path + separator + entry
      let source: ByteSource
      do {
        source = try container.open(entry)
      } catch {
        var report = FileReport(path: display, format: nil)
        report.failure = "\(error)"
        reports.append(try record(report))
        continue
      }
      let folder = entry.folderPrefix
      reports.append(
        try importFile(
          source, path: display, fileName: entry.lastComponent, explicit: false,
          sibling: { name in
            container.entries.contains(folder + name) ? try? container.open(folder + name) : nil
          }))
    }
    return reports
  }

  /// One archive read whole, reported as one file.
  private func importArchive(_ container: ImportContainer, as format: any ContainerFormat) throws
    -> FileReport
  {
    var report = FileReport(path: container.path, format: format.name)
    let session = FileSession(runner: self, path: container.path, bytesTotal: nil)
    do {
      try format.read(container, into: session)
    } catch {
      report.failure = Self.describe(error, path: container.path)
    }
    try session.finish(into: &report)
    return try record(report)
  }

  func importFile(
    _ source: ByteSource, path: String, fileName: String, explicit: Bool,
    sibling: @escaping (String) -> ByteSource?
  ) throws -> FileReport {
    let stream = ByteStream(source)
    defer { stream.close() }
    var format: (any ImportFormat)?
    if let name = options.format {
      format = FormatRegistry.format(named: name) ?? Self.fileFormat(forContainer: name)
    } else {
      do {
        let probe = FormatProbe(head: Array(try stream.head(4096)), fileName: fileName)
        format = FormatRegistry.detect(probe)
        if format == nil,
          probe.head.starts(with: [0xFF, 0xFE]) || probe.head.starts(with: [0xFE, 0xFF])
        {
          var report = FileReport(path: path, format: nil)
          report.failure =
            "\(path) is UTF-16 text; save it as UTF-8 (or use `iconv -f UTF-16 -t UTF-8`) and import that"
          return try record(report)
        }
      } catch {
        var report = FileReport(path: path, format: nil)
        report.failure = Self.describe(error, path: path)
        return try record(report)
      }
    }
    guard let format else {
      var report = FileReport(path: path, format: nil)
      if explicit {
        report.failure =
          "cannot tell the format of \(path); name it with --format (see `rounds import --list-formats`)"
      } else {
        report.skipped["unrecognized_file"] = 1
      }
      return try record(report)
    }
    var report = FileReport(path: path, format: format.name)
    let session = FileSession(runner: self, path: path, bytesTotal: stream.size)
    session.stream = stream
    let input = ImportInput(
      stream: stream, path: path, fileName: fileName, sibling: sibling, mapping: options.mapping)
    do {
      try format.read(input, into: session)
    } catch let error as DatabaseError {
      throw error
    } catch {
      report.failure = Self.describe(error, path: path)
    }
    try session.finish(into: &report)
    return try record(report)
  }

  /// Stores a file's result in the batch (nothing for a dry run).
  func record(_ report: FileReport) throws -> FileReport {
    guard let batchID, !options.dryRun, !options.readOnly else { return report }
    let skipped = String(
      decoding: try JSONSerialization.data(withJSONObject: report.skipped, options: .sortedKeys),
      as: UTF8.self)
    try store.pool.write { db in
      try db.execute(
        sql: """
          INSERT INTO import_files (
            batch_id, path, format, imported, updated, duplicates, skipped, errors, failure)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          batchID, report.path, report.format, report.imported, report.updated,
          report.duplicates, skipped, report.errorCount, report.failure,
        ])
    }
    return report
  }

  static func fileFormat(forContainer name: String) -> (any ImportFormat)? {
    switch name {
    case XArchiveFormat().name: return XArchiveFileFormat()
    case XClassicArchiveFormat().name: return XClassicCSVFormat()
    default: return nil
    }
  }

  static func describe(_ error: Error, path: String) -> String {
    switch error {
    case let error as RoundsError: return error.description
    case JSONStream.Problem.notJSON(let offset, let found):
      let what = found.map { "byte 0x\(String($0, radix: 16))" } ?? "the end of the file"
      return "\(path) is not JSON: found \(what) at byte \(offset) where a value should start"
    default: return "cannot read \(path): \(error)"
    }
  }

  static func isZip(_ path: String) -> Bool {
    if path.lowercased().hasSuffix(".zip") { return true }
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    let magic = (try? handle.read(upToCount: 4)) ?? Data()
    return magic.elementsEqual([0x50, 0x4B, 0x03, 0x04])
  }

  /// Regular files under a folder, relative and sorted; hidden files and folders left out.
  static func folderEntries(_ path: String) -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: path) else { return [] }
    var entries: [String] = []
    while let entry = walker.nextObject() as? String {
      if entry.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path + "/" + entry, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        entries.append(entry)
      }
    }
    return entries.sorted()
  }
}
