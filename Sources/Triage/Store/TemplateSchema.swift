import Foundation
import GRDB

/// v5: reply templates, seeded with the built-in safe replies.
enum TemplateSchema {
  @Sendable static func create(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE reply_template (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL UNIQUE,
          title TEXT NOT NULL,
          body TEXT NOT NULL,
          category TEXT,                      -- the message category it suits, if any
          builtin INTEGER NOT NULL DEFAULT 0, -- seeded by Rounds; cannot be removed
          updated_at INTEGER NOT NULL,        -- milliseconds since 1970, UTC
          updated_by TEXT                     -- OS user; NULL for the seeded text
        );
        """)
    let now = Timestamps.milliseconds(Date())
    for template in BuiltInTemplates.all {
      try db.execute(
        sql: """
          INSERT INTO reply_template (name, title, body, category, builtin, updated_at)
          VALUES (?, ?, ?, ?, 1, ?)
          """,
        arguments: [template.name, template.title, template.body, template.category?.rawValue, now])
    }
  }
}
