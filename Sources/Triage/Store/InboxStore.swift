import Foundation
import GRDB

/// The inbox database: one SQLite file in WAL mode, shared by the CLI, the TUI and every
/// member of staff. All reads and writes go through `pool`.
public final class InboxStore: Sendable {
  public let path: String
  public let pool: DatabasePool

  private init(path: String, pool: DatabasePool) {
    self.path = path
    self.pool = pool
  }

  /// Creates the database (and its private folder) if needed and brings its schema up to date.
  /// With `group`, the folder and file are shared with that group (see the shared-inbox set-up).
  public static func create(at path: String, group: String? = nil) throws -> InboxStore {
    try FileAccess.prepare(databasePath: path, group: group)
    return try connect(path)
  }

  /// Opens an existing database, refusing files that every user may read.
  public static func open(at path: String) throws -> InboxStore {
    let directory = (path as NSString).deletingLastPathComponent
    if access(directory, X_OK) != 0, errno == EACCES {
      throw RoundsError(
        .permission, "you may not open the folder \(directory)",
        fix: "for a shared inbox, ask an administrator to add your account to the folder's group")
    }
    guard FileManager.default.fileExists(atPath: path) else {
      throw RoundsError(
        .notFound, "there is no inbox at \(path)",
        fix: "run `rounds init --db \(path)` first, or pass the right --db")
    }
    try FileAccess.checkPrivate(databasePath: path)
    return try connect(path)
  }

  /// Bytes per database page for a new inbox.
  static let pageSize = 16384

  private static func connect(_ path: String) throws -> InboxStore {
    SQLiteSettings.apply()
    var config = Configuration()
    config.foreignKeysEnabled = true
    // Several staff and processes share one file: wait for a writer rather than fail at once.
    config.busyMode = .timeout(5)
    config.prepareDatabase { db in
      // A new inbox gets 16 KB pages (an existing one keeps its own: the pragma is then a
      // no-op). Each message keeps its raw record, about a kilobyte: three fit a 4 KB page with
      // a fifth of it left empty, and an import wrote 6% more bytes and spent 4% more CPU.
      try db.execute(sql: "PRAGMA page_size = \(Self.pageSize)")
      // WAL makes NORMAL durable against process crashes; only power loss can lose the last commit.
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
      try db.execute(sql: "PRAGMA cache_size = -16000")
    }
    let pool: DatabasePool
    do {
      pool = try DatabasePool(path: path, configuration: config)
      try Schema.migrator.migrate(pool)
    } catch let error as DatabaseError {
      throw RoundsError(
        .failure,
        "cannot open the inbox at \(path): \(error.message ?? "SQLite error \(error.resultCode)")",
        fix: "check that it is a Rounds database and that you may write to it")
    }
    return InboxStore(path: path, pool: pool)
  }
}
