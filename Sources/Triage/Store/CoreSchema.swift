import GRDB

/// v1: staff, messages with their raw source records, and the full-text index.
enum CoreSchema {
  @Sendable static func create(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE staff (
          user TEXT PRIMARY KEY NOT NULL,
          display_name TEXT NOT NULL,
          role TEXT NOT NULL CHECK (role IN ('assistant', 'clinician', 'supervisor')),
          added_at INTEGER NOT NULL,
          added_by TEXT
        );

        CREATE TABLE message (
          id INTEGER PRIMARY KEY,
          platform TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('inbound', 'own')),
          external_id TEXT NOT NULL,
          thread_id TEXT,
          parent_id TEXT,
          author_handle TEXT,
          author_name TEXT,
          text TEXT NOT NULL,
          created_at INTEGER NOT NULL,        -- milliseconds since 1970, UTC
          permalink TEXT,
          visibility TEXT NOT NULL DEFAULT 'public',
          source_status TEXT,
          status TEXT NOT NULL DEFAULT 'new',
          category TEXT,                      -- NULL until triaged
          urgency INTEGER NOT NULL DEFAULT 0, -- 0..3
          imported_at INTEGER NOT NULL,
          updated_at INTEGER NOT NULL,
          UNIQUE (platform, external_id)
        );
        -- Keyset paging: every list order ends in (created_at, id), and rowid rides along in
        -- each index, so these serve "newest first" within each filter without a sort.
        CREATE INDEX message_by_time ON message (kind, created_at);
        CREATE INDEX message_by_status ON message (kind, status, created_at);
        CREATE INDEX message_by_platform ON message (kind, platform, created_at);
        CREATE INDEX message_by_urgency ON message (kind, urgency, created_at);
        CREATE INDEX message_by_category ON message (kind, category, created_at);
        CREATE INDEX message_by_thread ON message (platform, thread_id);

        -- The source record as read from the export, kept apart so list queries stay small.
        CREATE TABLE message_source (
          message_id INTEGER PRIMARY KEY REFERENCES message (id) ON DELETE CASCADE,
          raw TEXT NOT NULL
        );

        CREATE VIRTUAL TABLE message_fts USING fts5 (
          text, author_handle, author_name,
          content = 'message', content_rowid = 'id',
          tokenize = "\(Schema.ftsTokenizer)"
        );
        CREATE TRIGGER message_fts_insert AFTER INSERT ON message BEGIN
          INSERT INTO message_fts (rowid, text, author_handle, author_name)
          VALUES (new.id, new.text, new.author_handle, new.author_name);
        END;
        CREATE TRIGGER message_fts_delete AFTER DELETE ON message BEGIN
          INSERT INTO message_fts (message_fts, rowid, text, author_handle, author_name)
          VALUES ('delete', old.id, old.text, old.author_handle, old.author_name);
        END;
        -- Only when indexed columns change: status and triage updates leave the index alone.
        CREATE TRIGGER message_fts_update AFTER UPDATE OF text, author_handle, author_name ON message
        BEGIN
          INSERT INTO message_fts (message_fts, rowid, text, author_handle, author_name)
          VALUES ('delete', old.id, old.text, old.author_handle, old.author_name);
          INSERT INTO message_fts (rowid, text, author_handle, author_name)
          VALUES (new.id, new.text, new.author_handle, new.author_name);
        END;
        """)
  }
}
