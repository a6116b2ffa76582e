import Foundation
import GRDB

/// A past `rounds import`, as recorded.
public struct ImportBatch: Sendable, Hashable {
  public var id: Int64
  public var startedAt: Date
  /// nil: interrupted before it finished (running the same import again completes it).
  public var finishedAt: Date?
  public var user: String
  public var paths: [String]
  public var files: Int
  public var imported: Int
  public var updated: Int
  public var duplicates: Int
  public var skipped: Int
  public var errors: Int
  public var failedFiles: Int
}

/// A bad record kept by an import.
public struct ImportErrorRecord: Sendable, Hashable {
  public var id: Int64
  public var batchID: Int64
  public var path: String
  public var position: String
  public var reason: String
  public var raw: [UInt8]
}

/// An earlier text of a message, replaced by a later import.
public struct MessageRevision: Sendable, Hashable {
  public var text: String
  public var sourceFile: String?
  public var replacedAt: Date
}

extension InboxStore {
  /// Past import batches, newest first.
  public func importBatches(limit: Int = 50) throws -> [ImportBatch] {
    try pool.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT id, started_at, finished_at, user, paths, files, imported, updated, duplicates,
            skipped, errors, failed_files
          FROM import_batches ORDER BY id DESC LIMIT ?
          """, arguments: [limit]
      ).map { row in
        let paths =
          (try? JSONSerialization.jsonObject(with: Data((row[4] as String).utf8))) as? [String]
        return ImportBatch(
          id: row[0], startedAt: Timestamps.date(row[1]),
          finishedAt: (row[2] as Int64?).map(Timestamps.date), user: row[3], paths: paths ?? [],
          files: row[5], imported: row[6], updated: row[7], duplicates: row[8], skipped: row[9],
          errors: row[10], failedFiles: row[11])
      }
    }
  }

  /// The bad records of a batch (or of every batch), oldest first.
  public func importErrors(batch: Int64? = nil, limit: Int = 1000) throws -> [ImportErrorRecord] {
    try pool.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT id, batch_id, path, position, reason, raw FROM import_errors
          WHERE ? IS NULL OR batch_id = ? ORDER BY id LIMIT ?
          """, arguments: [batch, batch, limit]
      ).map { row in
        ImportErrorRecord(
          id: row[0], batchID: row[1], path: row[2], position: row[3], reason: row[4],
          raw: [UInt8](row[5] as Data))
      }
    }
  }

  /// The earlier texts of a message, oldest first.
  public func revisions(ofMessage id: Int64) throws -> [MessageRevision] {
    try pool.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT text, source_file, replaced_at FROM message_revisions
          WHERE message_id = ? ORDER BY id
          """, arguments: [id]
      ).map { MessageRevision(text: $0[0], sourceFile: $0[1], replacedAt: Timestamps.date($0[2])) }
    }
  }

  /// Where a message came from: its source file and import batch.
  public func importOrigin(ofMessage id: Int64) throws -> (sourceFile: String?, batch: Int64?)? {
    try pool.read { db in
      try Row.fetchOne(
        db, sql: "SELECT source_file, import_batch FROM message WHERE id = ?", arguments: [id]
      ).map { ($0[0], $0[1]) }
    }
  }
}
