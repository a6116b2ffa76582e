import GRDB
import Testing

@testable import Triage

/// The import writer's text arena: values bound from it stay put until the statement is done,
/// and no statement keeps a pointer into it afterwards.
@Suite struct TextArenaTests {
  private func copy(_ text: String, into arena: TextArena) -> UnsafeRawPointer {
    var text = text
    return text.withUTF8 { arena.copy($0) }
  }

  private func read(_ pointer: UnsafeRawPointer, _ count: Int) -> String {
    String(decoding: UnsafeRawBufferPointer(start: pointer, count: count), as: UTF8.self)
  }

  @Test func copiesStayWhereTheyAreAcrossBlocksUntilReset() {
    let arena = TextArena()
    // Enough values to fill several blocks: every earlier copy must still read back.
    let values = (0..<20_000).map { "value \($0) " + String(repeating: "é", count: $0 % 50) }
    let copies = values.map { copy($0, into: arena) }
    for (value, pointer) in zip(values, copies) {
      #expect(read(pointer, value.utf8.count) == value)
    }
    #expect(arena.capacity >= 3 * TextArena.blockSize)
  }

  @Test func resetKeepsTheBlocksForTheNextValues() {
    let arena = TextArena()
    for round in 0..<3 {
      for index in 0..<20_000 { _ = copy("round \(round) value \(index)", into: arena) }
      arena.reset()
    }
    // 20,000 values of about 20 bytes need two blocks, used again each round.
    #expect(arena.capacity == 2 * TextArena.blockSize)
  }

  @Test func aValueLargerThanABlockGetsItsOwnAllocationUntilReset() {
    let arena = TextArena()
    let small = copy("before", into: arena)
    let large = String(repeating: "x", count: TextArena.blockSize + 10)
    let pointer = copy(large, into: arena)
    #expect(read(pointer, large.utf8.count) == large)
    #expect(read(small, 6) == "before")
    arena.reset()
    #expect(arena.capacity == TextArena.blockSize)
  }

  /// A writer's statements and a reset INSERT of one value into a new temporary table `seen`.
  private func insertIntoSeen(_ db: Database) throws -> (ImportStatements, BoundStatement) {
    try db.execute(sql: "CREATE TEMP TABLE seen (value TEXT)")
    let insert = try BoundStatement(preparing: "INSERT INTO seen (value) VALUES (?)", in: db)
    insert.reset()
    return (try ImportStatements(db), insert)
  }

  @Test func anEmptyValueIsTextNotNull() throws {
    let store = try makeStore()
    let type = try store.pool.write { db -> String? in
      let (statements, insert) = try insertIntoSeen(db)
      insert.bind(1, "", in: statements.arena)
      try statements.run(insert)
      return try String.fetchOne(db, sql: "SELECT typeof(value) FROM seen")
    }
    #expect(type == "text")
  }

  /// After `ImportStatements.run` the statement holds NULLs, not pointers into the arena's
  /// reused memory: stepping it again without binding reads no stale text.
  @Test func runningClearsTheBindingsAndTheArena() throws {
    let store = try makeStore()
    let texts = try store.pool.write { db -> [String?] in
      let (statements, insert) = try insertIntoSeen(db)
      insert.bind(1, "first", in: statements.arena)
      try statements.run(insert)
      #expect(statements.arena.isEmpty)
      _ = copy("overwrites the arena", into: statements.arena)
      insert.reset()
      try insert.run()
      return try String?.fetchAll(db, sql: "SELECT value FROM seen ORDER BY rowid")
    }
    #expect(texts == ["first", nil])
  }
}
