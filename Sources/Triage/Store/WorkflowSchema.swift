import GRDB

/// v3: the workflow. Optimistic versions, assignment and response times on messages; tags;
/// drafts with every revision; review decisions; the hash-chained, append-only audit log.
enum WorkflowSchema {
  @Sendable static func create(_ db: Database) throws {
    try db.execute(
      sql: """
        -- Every workflow change checks the version it read and bumps it: a stale version is a
        -- conflict, never a lost update.
        ALTER TABLE message ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE message ADD COLUMN assignee TEXT;
        -- When the first reply to it was approved (ms since 1970, UTC), for response times.
        ALTER TABLE message ADD COLUMN first_approved_at INTEGER;
        ALTER TABLE message ADD COLUMN posted_at INTEGER;
        ALTER TABLE message ADD COLUMN posted_by TEXT;
        ALTER TABLE message ADD COLUMN posted_url TEXT;
        CREATE INDEX message_by_assignee ON message (kind, assignee, created_at);

        CREATE TABLE message_tag (
          message_id INTEGER NOT NULL REFERENCES message (id) ON DELETE CASCADE,
          tag TEXT NOT NULL,
          added_by TEXT NOT NULL,
          added_at INTEGER NOT NULL,
          PRIMARY KEY (message_id, tag)
        ) WITHOUT ROWID;
        CREATE INDEX message_tag_by_tag ON message_tag (tag, message_id);

        -- One reply per message; `text` is the latest revision, `revision` its number.
        CREATE TABLE draft (
          id INTEGER PRIMARY KEY,
          message_id INTEGER NOT NULL UNIQUE REFERENCES message (id) ON DELETE CASCADE,
          author TEXT NOT NULL,
          text TEXT NOT NULL,
          revision INTEGER NOT NULL,
          submitted_revision INTEGER,
          created_at INTEGER NOT NULL,
          updated_at INTEGER NOT NULL
        );

        -- Revisions and reviews are history: they are added to, never changed.
        CREATE TABLE draft_revision (
          draft_id INTEGER NOT NULL REFERENCES draft (id) ON DELETE CASCADE,
          number INTEGER NOT NULL,
          author TEXT NOT NULL,
          text TEXT NOT NULL,
          saved_at INTEGER NOT NULL,
          PRIMARY KEY (draft_id, number)
        ) WITHOUT ROWID;
        CREATE TRIGGER draft_revision_no_update BEFORE UPDATE ON draft_revision BEGIN
          SELECT RAISE(ABORT, 'draft revisions are history and cannot be changed');
        END;
        CREATE TRIGGER draft_revision_no_delete BEFORE DELETE ON draft_revision BEGIN
          SELECT RAISE(ABORT, 'draft revisions are history and cannot be deleted');
        END;

        CREATE TABLE review (
          id INTEGER PRIMARY KEY,
          draft_id INTEGER NOT NULL REFERENCES draft (id) ON DELETE CASCADE,
          revision INTEGER NOT NULL,
          reviewer TEXT NOT NULL,
          decision TEXT NOT NULL CHECK (decision IN ('approve', 'request_changes', 'reject')),
          note TEXT NOT NULL,
          override_reason TEXT,
          highest_risk TEXT,                  -- info, warn, block; NULL when nothing was found
          decided_at INTEGER NOT NULL
        );
        CREATE INDEX review_by_draft ON review (draft_id, id);
        CREATE TRIGGER review_no_update BEFORE UPDATE ON review BEGIN
          SELECT RAISE(ABORT, 'review decisions are history and cannot be changed');
        END;
        CREATE TRIGGER review_no_delete BEFORE DELETE ON review BEGIN
          SELECT RAISE(ABORT, 'review decisions are history and cannot be deleted');
        END;

        -- The audit log. AUTOINCREMENT: positions are never reused, so a cut tail shows.
        CREATE TABLE audit (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          at INTEGER NOT NULL,
          actor TEXT NOT NULL,
          action TEXT NOT NULL,
          message_id INTEGER,                 -- no foreign key: the log outlives what it names
          detail TEXT NOT NULL,               -- JSON object, sorted keys, hashed as stored
          prev_hash TEXT NOT NULL,
          hash TEXT NOT NULL UNIQUE
        );
        CREATE INDEX audit_by_message ON audit (message_id, seq);
        CREATE INDEX audit_by_time ON audit (at);
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN
          SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be changed');
        END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN
          SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be deleted');
        END;
        CREATE TRIGGER audit_extends_chain BEFORE INSERT ON audit
        WHEN new.prev_hash IS NOT COALESCE(
          (SELECT hash FROM audit ORDER BY seq DESC LIMIT 1), '\(AuditEntry.genesisHash)')
        BEGIN
          SELECT RAISE(ABORT, 'an audit entry must link to the last entry of the log');
        END;
        """)
  }
}
