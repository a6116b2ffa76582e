import Foundation
import GRDB

extension InboxStore {
  /// A person's saved views, in the order they were saved.
  public func savedViews(for user: String) throws -> [SavedView] {
    try pool.read { db in try Self.savedViews(for: user, in: db) }
  }

  public static func savedViews(for user: String, in db: Database) throws -> [SavedView] {
    let rows = try Row.fetchAll(
      db, sql: "SELECT name, filter FROM saved_view WHERE user = ? ORDER BY position, name",
      arguments: [user])
    return try rows.map { row in
      let name: String = row[0]
      let json: String = row[1]
      do {
        let filter = try JSONDecoder().decode(ViewFilter.self, from: Data(json.utf8))
        return SavedView(name: name, filter: filter)
      } catch {
        throw RoundsError(
          .failure, "the saved view \"\(name)\" of \(user) cannot be read (\(error))",
          fix: "delete it from the inbox (key X on that view) and save it again")
      }
    }
  }

  /// Saves a view under its name, replacing one of the same name (which keeps its place).
  public func saveView(_ view: SavedView, for user: String) throws {
    try pool.write { db in try Self.saveView(view, for: user, in: db) }
  }

  public static func saveView(_ view: SavedView, for user: String, in db: Database) throws {
    let name = view.name.trimmingCharacters(in: .whitespaces)
    guard SavedView.isValidName(name) else {
      throw RoundsError(
        .usage, "a view name needs 1 to 40 visible characters",
        fix: "pick a short name such as \"urgent x\"")
    }
    let json = String(decoding: try JSONEncoder().encode(view.filter), as: UTF8.self)
    let position =
      try Int.fetchOne(
        db, sql: "SELECT COALESCE(MAX(position), 0) + 1 FROM saved_view WHERE user = ?",
        arguments: [user]) ?? 1
    try db.execute(
      sql: """
        INSERT INTO saved_view (user, name, filter, position, created_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (user, name) DO UPDATE SET filter = excluded.filter
        """,
      arguments: [user, name, json, position, Timestamps.milliseconds(Date())])
  }

  /// Deletes a saved view; deleting one that does not exist is an error.
  public func deleteView(named name: String, for user: String) throws {
    try pool.write { db in
      try db.execute(
        sql: "DELETE FROM saved_view WHERE user = ? AND name = ?", arguments: [user, name])
      guard db.changesCount > 0 else {
        throw RoundsError(.notFound, "there is no saved view \"\(name)\" for \(user)")
      }
    }
  }
}

extension SavedView {
  /// 1 to 40 characters, none of them control characters.
  public static func isValidName(_ name: String) -> Bool {
    (1...40).contains(name.count)
      && !name.unicodeScalars.contains { $0.properties.generalCategory == .control }
  }
}

extension InboxStore {
  /// The platforms that have messages, in name order. A skip scan over the thread index: one
  /// index seek per platform, however many messages there are.
  public func platforms() throws -> [Platform] {
    try pool.read { db in
      try String.fetchAll(
        db,
        sql: """
          WITH RECURSIVE seen(platform) AS (
            SELECT MIN(platform) FROM message
            UNION ALL
            SELECT (SELECT MIN(platform) FROM message WHERE platform > seen.platform)
            FROM seen WHERE seen.platform IS NOT NULL
          )
          SELECT platform FROM seen WHERE platform IS NOT NULL
          """
      ).map { Platform(rawValue: $0) }
    }
  }
}
