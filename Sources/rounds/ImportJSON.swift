import Triage

/// The `import --json` contract:
/// `{"files": [{"path", "format", "imported", "updated", "duplicates", "skipped": {reason: n},
/// "errors": [{"position", "reason"}]}], "totals": {...}}`; a file that could not be read also
/// has `"failure"`.
struct ImportJSON: Encodable {
  struct File: Encodable {
    var path: String
    var format: String?
    var imported: Int
    var updated: Int
    var duplicates: Int
    var skipped: [String: Int]
    var errors: [Problem]
    var errorCount: Int
    var failure: String?

    enum CodingKeys: String, CodingKey {
      case path, format, imported, updated, duplicates, skipped, errors, failure
      case errorCount = "error_count"
    }

    func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(path, forKey: .path)
      try container.encode(format, forKey: .format)
      try container.encode(imported, forKey: .imported)
      try container.encode(updated, forKey: .updated)
      try container.encode(duplicates, forKey: .duplicates)
      try container.encode(skipped, forKey: .skipped)
      try container.encode(errors, forKey: .errors)
      try container.encode(errorCount, forKey: .errorCount)
      try container.encodeIfPresent(failure, forKey: .failure)
    }
  }

  struct Problem: Encodable {
    var position: String
    var reason: String
  }

  struct Totals: Encodable {
    var files: Int
    var imported: Int
    var updated: Int
    var duplicates: Int
    var skipped: [String: Int]
    var errors: Int
    var failedFiles: Int
    var batch: Int64?
    var dryRun: Bool

    enum CodingKeys: String, CodingKey {
      case files, imported, updated, duplicates, skipped, errors, batch
      case failedFiles = "failed_files"
      case dryRun = "dry_run"
    }

    func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(files, forKey: .files)
      try container.encode(imported, forKey: .imported)
      try container.encode(updated, forKey: .updated)
      try container.encode(duplicates, forKey: .duplicates)
      try container.encode(skipped, forKey: .skipped)
      try container.encode(errors, forKey: .errors)
      try container.encode(failedFiles, forKey: .failedFiles)
      try container.encode(batch, forKey: .batch)
      try container.encode(dryRun, forKey: .dryRun)
    }
  }

  var files: [File]
  var totals: Totals

  init(_ summary: ImportSummary) {
    files = summary.files.map { file in
      File(
        path: file.path, format: file.format, imported: file.imported, updated: file.updated,
        duplicates: file.duplicates, skipped: file.skipped,
        errors: file.errors.map { Problem(position: $0.position, reason: $0.reason) },
        errorCount: file.errorCount, failure: file.failure)
    }
    totals = Totals(
      files: summary.files.count, imported: summary.imported, updated: summary.updated,
      duplicates: summary.duplicates, skipped: summary.skipped, errors: summary.errorCount,
      failedFiles: summary.failedFiles, batch: summary.batchID, dryRun: summary.dryRun)
  }
}
