import ArgumentParser
import Foundation
import Triage

/// `rounds bench import`: generates N synthetic records of a format, imports them into a fresh
/// inbox, and reports records/s and the process's peak resident memory (VmHWM).
struct BenchImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract:
      "Import N synthetic records (x-archive, wxr or twarc2) and report records/s and peak RSS.")

  @Option(help: "x-archive, wxr or twarc2.")
  var kind: String = "twarc2"

  @Option(help: "How many records to generate.")
  var records = 200_000

  @Flag(help: "Write the X archive as a zip (as downloaded) instead of a folder.")
  var zip = false

  @Flag(help: "Run the analyzer (PHI detector and classifier) on every message.")
  var detectors = false

  @Option(help: "Records per transaction.")
  var batchSize = ImportRunner.defaultBatchSize

  @Flag(help: "Only read and parse the records, storing nothing (measures the reader alone).")
  var parseOnly = false

  @Option(help: "Import this existing file instead of generating one (its records are counted).")
  var file: String?

  @Option(help: "Work folder (default: a new private folder under $TMPDIR, removed afterwards).")
  var workDir: String?

  @Flag(help: "Print JSON.")
  var json = false

  func run() throws {
    guard let kind = SyntheticExports.Kind(rawValue: kind) else {
      throw ValidationError("--kind must be one of x-archive, wxr, twarc2")
    }
    // The analyzer `rounds import` runs, with the built-in policy (the bench has no inbox).
    let analyzer: (any MessageAnalyzing)? =
      detectors ? BackgroundAnalyzer { MessageAnalyzer(policy: PracticePolicy()) } : nil
    let folder = workDir ?? NSTemporaryDirectory() + "rounds-bench-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { if workDir == nil { try? FileManager.default.removeItem(atPath: folder) } }
    let input: String
    let generateSeconds: Double
    if let file {
      input = file
      generateSeconds = 0
    } else {
      let start = Date()
      let name =
        kind == .xArchive
        ? (zip ? "archive.zip" : "archive") : kind == .wxr ? "export.xml" : "pages.jsonl"
      input = try SyntheticExports.write(kind, count: records, to: folder + "/" + name, zip: zip)
      generateSeconds = Date().timeIntervalSince(start)
    }
    let size = Self.size(of: input)
    let database = folder + "/bench.sqlite"
    for suffix in ["", "-wal", "-shm"] {
      try? FileManager.default.removeItem(atPath: database + suffix)
    }
    let store = try InboxStore.create(at: database)
    let start = Date()
    let processStart = Self.processCPUSeconds()
    let summary = try ImportRunner(
      store: store, user: "bench",
      options: {
        var options = ImportRunner.Options(
          analyzer: analyzer, batchSize: max(1, batchSize))
        options.readOnly = parseOnly
        return options
      }()
    ).run([input])
    let seconds = Date().timeIntervalSince(start)
    let processSeconds = Self.processCPUSeconds() - processStart
    let stored = summary.imported + summary.updated + summary.duplicates
    // With --file the label is the format that was detected, not --kind.
    let label = file == nil ? kind.rawValue : (summary.files.first?.format ?? "unknown")
    let result = BenchResult(
      kind: label, records: stored, skipped: summary.skipped.values.reduce(0, +),
      errors: summary.errorCount, bytes: size, seconds: seconds,
      recordsPerSecond: Double(stored) / max(seconds, 0.000_001),
      peakRSSMegabytes: Double(Self.peakResidentKilobytes()) / 1024, detectors: detectors,
      generateSeconds: generateSeconds,
      sqliteMemoryCounting: SQLiteSettings.isCountingMemory,
      cpuMicroseconds: .init(
        summary.cpu, process: processSeconds, records: stored + summary.skipped.values.reduce(0, +))
    )
    if json {
      try JSONOutput.print(result)
    } else {
      print(
        String(
          format:
            "%@%@: %d records (%.1f MB) in %.2f s = %.0f records/s; peak RSS %.0f MB; detectors %@",
          label, parseOnly ? " (parse only)" : "", stored, Double(size) / 1_048_576,
          seconds, result.recordsPerSecond, result.peakRSSMegabytes, detectors ? "on" : "off"))
      let cpu = result.cpuMicroseconds
      print(
        String(
          format:
            "  CPU per record: read %.1f µs, analyze %.1f µs, write %.1f µs; whole process %.1f µs",
          cpu.read, cpu.analyze, cpu.write, cpu.process))
      if result.sqliteMemoryCounting {
        print("  SQLite counted its allocations (it had started before Rounds could stop that)")
      }
    }
    guard summary.succeeded else { throw ExitCode.failure }
  }

  struct BenchResult: Encodable {
    var kind: String
    var records: Int
    var skipped: Int
    var errors: Int
    var bytes: Int64
    var seconds: Double
    var recordsPerSecond: Double
    var peakRSSMegabytes: Double
    var detectors: Bool
    var generateSeconds: Double
    /// Whether SQLite counted its allocations (it does when it started before Rounds could
    /// switch that off: see `SQLiteSettings`).
    var sqliteMemoryCounting: Bool
    var cpuMicroseconds: CPUPerRecord

    enum CodingKeys: String, CodingKey {
      case kind, records, skipped, errors, bytes, seconds, detectors
      case recordsPerSecond = "records_per_second"
      case peakRSSMegabytes = "peak_rss_mb"
      case generateSeconds = "generate_seconds"
      case sqliteMemoryCounting = "sqlite_memory_counting"
      case cpuMicroseconds = "cpu_us_per_record"
    }
  }

  /// CPU time per record read, in microseconds of one core: each stage (the reader, the
  /// analyzer and the writer run on threads of their own) and the whole process (which also
  /// counts inflating zip entries).
  struct CPUPerRecord: Encodable {
    var read: Double
    var analyze: Double
    var write: Double
    var process: Double

    init(_ cpu: ImportCPU, process: Double, records: Int) {
      let scale = 1_000_000 / Double(max(records, 1))
      read = cpu.read * scale
      analyze = cpu.analyze * scale
      write = cpu.write * scale
      self.process = process * scale
    }
  }

  /// User and system CPU time of the whole process so far.
  static func processCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1_000_000
      + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1_000_000
  }

  static func size(of path: String) -> Int64 {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return 0 }
    if !isDirectory.boolValue {
      return (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int64) ?? 0
    }
    var total: Int64 = 0
    for entry in FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [] {
      total +=
        (try? FileManager.default.attributesOfItem(atPath: path + "/" + entry)[.size] as? Int64)
        ?? 0
    }
    return total
  }

  /// VmHWM from /proc/self/status, in kB (0 where there is no /proc).
  static func peakResidentKilobytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return 0
    }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
    }
    return 0
  }
}

/// `rounds bench generate`: writes a synthetic export for use elsewhere (side-by-side runs,
/// crash tests).
struct BenchGenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Write a synthetic export of N records (x-archive, wxr, twarc2).")

  @Argument(help: "x-archive, wxr or twarc2.")
  var kind: String

  @Argument(help: "How many records.")
  var records: Int

  @Argument(help: "Where to write it (a folder for x-archive unless --zip).")
  var output: String

  @Flag(help: "Write the X archive as a zip.")
  var zip = false

  @Flag(
    help:
      "Name the X archive's tweets tweet.js (before late 2022; what twitter-to-sqlite 0.22 reads).")
  var legacyNames = false

  func run() throws {
    guard let kind = SyntheticExports.Kind(rawValue: kind) else {
      throw ValidationError("kind must be one of x-archive, wxr, twarc2")
    }
    print(
      try SyntheticExports.write(
        kind, count: records, to: output, zip: zip, legacyNames: legacyNames))
  }
}
