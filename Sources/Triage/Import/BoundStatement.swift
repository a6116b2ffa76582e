import GRDB
import GRDBSQLite

/// A cached statement whose values are bound straight from Swift values and stepped without
/// GRDB's argument arrays. The import's hot path only: there, building a boxed value per
/// column and converting it again per row cost more than SQLite's own work. GRDB still owns
/// the statement (its cache finalizes it) and the transaction around it.
struct BoundStatement {
  private let statement: Statement
  private let connection: SQLiteConnection?

  init(_ db: Database, sql: String) throws {
    statement = try db.cachedStatement(sql: sql)
    connection = db.sqliteConnection
  }

  /// A statement of the caller's own, outside GRDB's cache: for SQL too long to be looked up
  /// there for every use.
  init(preparing sql: String, in db: Database) throws {
    statement = try db.makeStatement(sql: sql)
    connection = db.sqliteConnection
  }

  private var handle: SQLiteStatement { statement.sqliteStatement }

  /// Clears the previous row's values; call before binding a new row.
  func reset() {
    sqlite3_reset(handle)
  }

  /// Binds text (copied by SQLite), or NULL for nil. Parameters are numbered from 1.
  func bind(_ index: Int32, _ value: String?) {
    guard let value else {
      sqlite3_bind_null(handle, index)
      return
    }
    // Read in place when the string is stored contiguously (a native one always is): a
    // mutable copy for `withUTF8` cost a retain and release per value on the writer's thread.
    let bound = value.utf8.withContiguousStorageIfAvailable { bind(index, $0) }
    if bound == nil {
      var copy = value
      copy.withUTF8 { bind(index, $0) }
    }
  }

  private func bind(_ index: Int32, _ bytes: UnsafeBufferPointer<UInt8>) {
    // An empty buffer may have no address, which SQLite would read as NULL.
    if let base = bytes.baseAddress {
      sqlite3_bind_text(handle, index, base, Int32(bytes.count), transient)
    } else {
      sqlite3_bind_text(handle, index, "", 0, transient)
    }
  }

  /// Binds text copied into `arena`, which SQLite reads in place until the bindings are
  /// cleared (`clearBindings`), or NULL for nil.
  func bind(_ index: Int32, _ value: String?, in arena: TextArena) {
    guard let value else {
      sqlite3_bind_null(handle, index)
      return
    }
    let bound = value.utf8.withContiguousStorageIfAvailable { bind(index, $0, in: arena) }
    if bound == nil {
      var copy = value
      copy.withUTF8 { bind(index, $0, in: arena) }
    }
  }

  private func bind(_ index: Int32, _ bytes: UnsafeBufferPointer<UInt8>, in arena: TextArena) {
    // Never a null address, even for an empty value, which SQLite would read as NULL.
    let text = arena.copy(bytes).assumingMemoryBound(to: CChar.self)
    sqlite3_bind_text(handle, index, text, Int32(bytes.count), nil)  // SQLITE_STATIC
  }

  /// Sets every parameter to NULL, so the statement keeps no pointer into an arena.
  func clearBindings() {
    sqlite3_clear_bindings(handle)
  }

  func bind(_ index: Int32, _ value: Int64?) {
    if let value {
      sqlite3_bind_int64(handle, index, value)
    } else {
      sqlite3_bind_null(handle, index)
    }
  }

  func bind(_ index: Int32, _ value: Int) {
    sqlite3_bind_int64(handle, index, Int64(value))
  }

  /// Runs the statement to its end, ignoring any rows.
  func run() throws {
    while try step() {}
  }

  /// Advances to the next row: true when there is one, false at the end.
  private func step() throws -> Bool {
    let code = sqlite3_step(handle)
    if code == SQLITE_ROW { return true }
    guard code == SQLITE_DONE else {
      let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
      sqlite3_reset(handle)
      throw DatabaseError(
        resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }
    return false
  }

  /// The first column of the first row as an integer, nil when there is no row. The statement
  /// is reset at once: one left stepping would hold its read snapshot, and with it every later
  /// frame of the log out of reach of checkpoints, for as long as the connection lives.
  func firstInteger() throws -> Int64? {
    defer { sqlite3_reset(handle) }
    guard try step(), sqlite3_column_type(handle, 0) != SQLITE_NULL else { return nil }
    return sqlite3_column_int64(handle, 0)
  }

  /// Rows the last statement inserted, updated or deleted (not counting triggers').
  var changes: Int32 { connection.map { sqlite3_changes($0) } ?? 0 }

  var lastInsertedRowID: Int64 { connection.map { sqlite3_last_insert_rowid($0) } ?? 0 }
}

/// SQLite copies the value before the bind call returns.
private let transient = unsafeBitCast(
  OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
