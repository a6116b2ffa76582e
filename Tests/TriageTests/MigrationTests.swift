import Foundation
import GRDB
import Testing

@testable import Triage

@Suite struct MigrationTests {
  @Test func migratesAnEmptyDatabaseToTheLatestSchema() throws {
    let store = try makeStore()
    let applied = try store.pool.read { db in try Schema.migrator.appliedMigrations(db) }
    #expect(applied == Schema.migrationNames)
    let tables = try store.pool.read { db in
      try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    for table in [
      "staff", "message", "message_source", "message_fts", "message_tag", "draft",
      "draft_revision", "review", "audit",
    ] {
      #expect(tables.contains(table), "missing table \(table)")
    }
  }

  /// Every older schema, holding data, migrates to the latest without losing a row.
  @Test(arguments: 1...Schema.migrationNames.count)
  func migratesADatabaseCreatedByAnEarlierVersion(applied: Int) throws {
    let directory = try TemporaryDirectory()
    let path = directory.file("inbox.sqlite")
    do {
      let queue = try DatabaseQueue(path: path)
      try Schema.migrator(upTo: applied).migrate(queue)
      try queue.write { db in
        try db.execute(
          sql: """
            INSERT INTO message (platform, kind, external_id, text, created_at, imported_at, updated_at)
            VALUES ('x', 'inbound', 'old-1', 'written before the upgrade', 1, 1, 1)
            """)
      }
    }
    chmod(path, 0o600)
    let store = try InboxStore.open(at: path)
    let applied = try store.pool.read { db in try Schema.migrator.appliedMigrations(db) }
    #expect(applied == Schema.migrationNames)
    let page = try store.page(MessageQuery(search: "upgrade"))
    #expect(page.messages.map(\.externalID) == ["old-1"])
  }

  @Test func settingsAreWALWithForeignKeysAndABusyTimeout() throws {
    let store = try makeStore()
    let settings = try store.pool.write { db in
      (
        try String.fetchOne(db, sql: "PRAGMA journal_mode"),
        try Int.fetchOne(db, sql: "PRAGMA foreign_keys"),
        try Int.fetchOne(db, sql: "PRAGMA busy_timeout")
      )
    }
    #expect(settings.0 == "wal")
    #expect(settings.1 == 1)
    #expect(settings.2 == 5000)
  }
}
