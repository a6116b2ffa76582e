import GRDB

/// v4: import batches, per-file results, bad records with their raw bytes, and the earlier
/// texts of messages that a later export changed.
enum ImportSchema {
  @Sendable static func create(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE import_batches (
          id INTEGER PRIMARY KEY,
          started_at INTEGER NOT NULL,
          finished_at INTEGER,                 -- NULL: interrupted (rerun the import to finish)
          user TEXT NOT NULL,                  -- OS login of whoever ran it
          paths TEXT NOT NULL,                 -- the PATH arguments, JSON array
          files INTEGER NOT NULL DEFAULT 0,
          imported INTEGER NOT NULL DEFAULT 0,
          updated INTEGER NOT NULL DEFAULT 0,
          duplicates INTEGER NOT NULL DEFAULT 0,
          skipped INTEGER NOT NULL DEFAULT 0,
          errors INTEGER NOT NULL DEFAULT 0,
          failed_files INTEGER NOT NULL DEFAULT 0
        );

        CREATE TABLE import_files (
          id INTEGER PRIMARY KEY,
          batch_id INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
          path TEXT NOT NULL,
          format TEXT,
          imported INTEGER NOT NULL DEFAULT 0,
          updated INTEGER NOT NULL DEFAULT 0,
          duplicates INTEGER NOT NULL DEFAULT 0,
          skipped TEXT NOT NULL DEFAULT '{}',  -- JSON object: reason -> count
          errors INTEGER NOT NULL DEFAULT 0,
          failure TEXT                         -- why the file could not be read at all
        );
        CREATE INDEX import_files_by_batch ON import_files (batch_id);

        -- Bad records, kept byte for byte so nothing is lost.
        CREATE TABLE import_errors (
          id INTEGER PRIMARY KEY,
          batch_id INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
          path TEXT NOT NULL,
          position TEXT NOT NULL,              -- "line 12", "byte 4096", "record 3 (byte 812)"
          reason TEXT NOT NULL,
          raw BLOB NOT NULL
        );
        CREATE INDEX import_errors_by_batch ON import_errors (batch_id);

        -- The text a message had before a later export changed it.
        CREATE TABLE message_revisions (
          id INTEGER PRIMARY KEY,
          message_id INTEGER NOT NULL REFERENCES message (id) ON DELETE CASCADE,
          text TEXT NOT NULL,
          raw TEXT,
          source_file TEXT,
          import_batch INTEGER,
          replaced_at INTEGER NOT NULL,
          replaced_by_batch INTEGER
        );
        CREATE INDEX message_revisions_by_message ON message_revisions (message_id);

        ALTER TABLE message ADD COLUMN source_file TEXT;
        ALTER TABLE message ADD COLUMN import_batch INTEGER REFERENCES import_batches (id);

        -- Bulk imports index a whole batch in one INSERT ... SELECT (ten times cheaper than a
        -- trigger per row). While an import transaction holds a row here, the triggers stand
        -- aside for the messages that transaction adds (ids above since_id): they are indexed,
        -- with their final text, when the batch ends. The row is removed before the transaction
        -- commits, so no other connection ever sees it and every committed message is indexed.
        CREATE TABLE import_fts_deferred (since_id INTEGER NOT NULL);
        DROP TRIGGER message_fts_insert;
        CREATE TRIGGER message_fts_insert AFTER INSERT ON message
        WHEN NOT EXISTS (SELECT 1 FROM import_fts_deferred)
        BEGIN
          INSERT INTO message_fts (rowid, text, author_handle, author_name)
          VALUES (new.id, new.text, new.author_handle, new.author_name);
        END;
        DROP TRIGGER message_fts_update;
        CREATE TRIGGER message_fts_update AFTER UPDATE OF text, author_handle, author_name ON message
        WHEN NOT EXISTS (SELECT 1 FROM import_fts_deferred WHERE new.id > since_id)
        BEGIN
          INSERT INTO message_fts (message_fts, rowid, text, author_handle, author_name)
          VALUES ('delete', old.id, old.text, old.author_handle, old.author_name);
          INSERT INTO message_fts (rowid, text, author_handle, author_name)
          VALUES (new.id, new.text, new.author_handle, new.author_name);
        END;
        DROP TRIGGER message_fts_delete;
        CREATE TRIGGER message_fts_delete AFTER DELETE ON message
        WHEN NOT EXISTS (SELECT 1 FROM import_fts_deferred WHERE old.id > since_id)
        BEGIN
          INSERT INTO message_fts (message_fts, rowid, text, author_handle, author_name)
          VALUES ('delete', old.id, old.text, old.author_handle, old.author_name);
        END;
        """)
  }
}
