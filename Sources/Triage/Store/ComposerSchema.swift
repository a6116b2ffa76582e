import GRDB

/// The terminal composer's working copy: what a person is typing, saved within a second of
/// every change so a crash or a dropped connection loses at most that second. It is not a
/// draft revision (those are saved, and audited, when the person saves or leaves the composer):
/// one row per person and message, replaced as they type and removed once the text is saved
/// as a revision.
enum ComposerSchema {
  @Sendable static func create(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE composer_autosave (
          user TEXT NOT NULL,                 -- OS user name; working copies are personal
          message_id INTEGER NOT NULL REFERENCES message(id) ON DELETE CASCADE,
          text TEXT NOT NULL,
          cursor INTEGER NOT NULL,            -- grapheme offset of the cursor
          base_version INTEGER NOT NULL,      -- the message version the composer opened on
          base_revision INTEGER,              -- the draft revision it started from, if any
          saved_at INTEGER NOT NULL,          -- milliseconds since 1970, UTC
          PRIMARY KEY (user, message_id)
        ) WITHOUT ROWID;
        """)
  }
}
