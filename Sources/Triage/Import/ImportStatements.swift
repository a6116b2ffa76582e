import GRDB

/// The statements an import writer runs for every chunk, prepared once per file, and the arena
/// their text is bound from.
///
/// Looking them up in GRDB's cache hashed their SQL each time: a full INSERT's is 10 kB, so
/// hashing it for every 200 rows was 2.4% of the writer's instructions, and the message
/// sources' INSERT was built again for each batch of rows.
final class ImportStatements {
  let arena = TextArena()
  let largestID: BoundStatement
  let findID: BoundStatement
  private let db: Database
  /// Multi-row INSERTs into `message` and `message_source`, by number of rows.
  private var messageInserts: [Int: BoundStatement] = [:]
  private var sourceInserts: [Int: BoundStatement] = [:]

  init(_ db: Database) throws {
    self.db = db
    largestID = try BoundStatement(db, sql: "SELECT MAX(id) FROM message")
    findID = try BoundStatement(
      db, sql: "SELECT id FROM message WHERE platform = ? AND external_id = ?")
  }

  /// `ImportWriter.makeInsertSQL(rows:)`, prepared.
  func insertMessages(rows: Int) throws -> BoundStatement {
    if let statement = messageInserts[rows] { return statement }
    let statement = try BoundStatement(
      preparing: ImportWriter.multiRowInsertSQL(rows: rows), in: db)
    messageInserts[rows] = statement
    return statement
  }

  /// An INSERT of `rows` (message_id, raw) pairs into `message_source`.
  func insertSources(rows: Int) throws -> BoundStatement {
    if let statement = sourceInserts[rows] { return statement }
    let statement = try BoundStatement(
      preparing: "INSERT INTO message_source (message_id, raw) VALUES "
        + Array(repeating: "(?, ?)", count: rows).joined(separator: ", "),
      in: db)
    sourceInserts[rows] = statement
    return statement
  }

  /// Runs a statement whose text was bound from the arena, then clears its bindings and the
  /// arena, also when it fails: no statement keeps a pointer into reused memory.
  func run(_ statement: BoundStatement) throws {
    defer {
      statement.clearBindings()
      arena.reset()
    }
    try statement.run()
  }
}
