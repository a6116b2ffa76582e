import ArgumentParser
import Foundation
import Inbox
import Triage

struct ImportsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "imports",
    abstract: "List past import batches: time, user, files and counts.",
    discussion: """
      A batch with no finish time was interrupted; running the same import again completes it \
      with no duplicate. --errors lists the bad records kept (positions and reasons; the raw \
      bytes stay in the inbox's import_errors table).
      """)

  @OptionGroup var store: StoreOptions

  @Option(help: "At most this many batches.")
  var limit = 50

  @Flag(help: "List the bad records of each batch shown.")
  var errors = false

  @Flag(help: "Print JSON.")
  var json = false

  func run() throws {
    // Staff only: bad records hold raw bytes from the exports.
    let inbox = try store.openWorkflow().store
    let batches = try inbox.importBatches(limit: limit)
    if json {
      try JSONOutput.print(
        try batches.map { batch in
          BatchJSON(
            batch, errors: errors ? try inbox.importErrors(batch: batch.id) : nil)
        })
      return
    }
    guard !batches.isEmpty else {
      print("No imports yet.")
      return
    }
    var table = TextTable(columns: [
      "BATCH", "STARTED (UTC)", "USER", "FILES", "IMPORTED", "UPDATED", "DUPLICATES", "SKIPPED",
      "ERRORS", "FAILED", "STATE",
    ])
    for batch in batches {
      table.add([
        String(batch.id), DateText.minute(batch.startedAt), batch.user, String(batch.files),
        String(batch.imported), String(batch.updated), String(batch.duplicates),
        String(batch.skipped), String(batch.errors), String(batch.failedFiles),
        batch.finishedAt == nil ? "interrupted" : "done",
      ])
    }
    print(table.render(width: Terminal.columns), terminator: "")
    guard errors else { return }
    for batch in batches {
      for record in try inbox.importErrors(batch: batch.id) {
        print(
          "batch \(batch.id) \(TerminalText.sanitize(record.path)) \(record.position): "
            + "\(TerminalText.sanitize(record.reason)) (\(record.raw.count) bytes kept)")
      }
    }
  }
}

struct BatchJSON: Encodable {
  var id: Int64
  var startedAt: Date
  var finishedAt: Date?
  var user: String
  var paths: [String]
  var files, imported, updated, duplicates, skipped, errors, failedFiles: Int
  var badRecords: [ErrorJSON]?

  struct ErrorJSON: Encodable {
    var path: String
    var position: String
    var reason: String
    var rawBytes: Int

    enum CodingKeys: String, CodingKey {
      case path, position, reason
      case rawBytes = "raw_bytes"
    }
  }

  init(_ batch: ImportBatch, errors: [ImportErrorRecord]?) {
    id = batch.id
    startedAt = batch.startedAt
    finishedAt = batch.finishedAt
    user = batch.user
    paths = batch.paths
    files = batch.files
    imported = batch.imported
    updated = batch.updated
    duplicates = batch.duplicates
    skipped = batch.skipped
    self.errors = batch.errors
    failedFiles = batch.failedFiles
    badRecords = errors?.map {
      ErrorJSON(path: $0.path, position: $0.position, reason: $0.reason, rawBytes: $0.raw.count)
    }
  }

  func encode(to encoder: Encoder) throws {
    var json = encoder.container(keyedBy: CodingKeys.self)
    try json.encode(id, forKey: .id)
    try json.encode(startedAt, forKey: .startedAt)
    try json.encode(finishedAt, forKey: .finishedAt)  // null: interrupted
    try json.encode(user, forKey: .user)
    try json.encode(paths, forKey: .paths)
    try json.encode(files, forKey: .files)
    try json.encode(imported, forKey: .imported)
    try json.encode(updated, forKey: .updated)
    try json.encode(duplicates, forKey: .duplicates)
    try json.encode(skipped, forKey: .skipped)
    try json.encode(errors, forKey: .errors)
    try json.encode(failedFiles, forKey: .failedFiles)
    try json.encodeIfPresent(badRecords, forKey: .badRecords)
  }

  enum CodingKeys: String, CodingKey {
    case id, user, paths, files, imported, updated, duplicates, skipped, errors
    case startedAt = "started_at"
    case finishedAt = "finished_at"
    case failedFiles = "failed_files"
    case badRecords = "bad_records"
  }
}
