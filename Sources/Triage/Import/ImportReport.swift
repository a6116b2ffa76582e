/// What happened to one file (or one archive read as a whole).
public struct FileReport: Sendable, Hashable {
  public struct Problem: Sendable, Hashable {
    public var position: String
    public var reason: String
  }

  public var path: String
  /// The format used; nil when none was recognised.
  public var format: String?
  public var imported = 0
  public var updated = 0
  public var duplicates = 0
  /// Records deliberately not stored, by reason.
  public var skipped: [String: Int] = [:]
  /// The first bad records (at most `ImportRunner.listedErrors`); `errorCount` counts all.
  public var errors: [Problem] = []
  public var errorCount = 0
  /// Why the file could not be read at all; nil when it was read (perhaps with bad records).
  public var failure: String?

  public init(path: String, format: String?) {
    self.path = path
    self.format = format
  }

  public var skippedCount: Int { skipped.values.reduce(0, +) }
  public var failed: Bool { failure != nil }
}

/// Everything one `rounds import` did.
public struct ImportSummary: Sendable {
  /// The recorded batch; nil for a dry run.
  public var batchID: Int64?
  public var files: [FileReport]
  public var dryRun: Bool
  /// Where the time went (see `ImportCPU`).
  public var cpu = ImportCPU()

  public var imported: Int { files.reduce(0) { $0 + $1.imported } }
  public var updated: Int { files.reduce(0) { $0 + $1.updated } }
  public var duplicates: Int { files.reduce(0) { $0 + $1.duplicates } }
  public var skipped: [String: Int] {
    files.reduce(into: [:]) { total, file in total.merge(file.skipped, uniquingKeysWith: +) }
  }
  public var errorCount: Int { files.reduce(0) { $0 + $1.errorCount } }
  public var failedFiles: Int { files.filter(\.failed).count }
  /// Every file was read (bad records inside files do not count as failures).
  public var succeeded: Bool { failedFiles == 0 }
}

/// How far an import has got, for a progress line.
public struct ImportProgress: Sendable {
  public var path: String
  public var records: Int
  public var bytesDone: Int64
  public var bytesTotal: Int64?
  public var elapsed: Double
}
