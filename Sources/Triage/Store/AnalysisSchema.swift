import GRDB

/// v2: the detectors' summary of each message, so lists can show and sort by it.
enum AnalysisSchema {
  @Sendable static func create(_ db: Database) throws {
    try db.execute(
      sql: """
        ALTER TABLE message ADD COLUMN phi_count INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE message ADD COLUMN flag_count INTEGER NOT NULL DEFAULT 0;
        -- Who set the category: NULL for the classifier, else the OS user who changed it.
        -- The classifier never overwrites a person's decision.
        ALTER TABLE message ADD COLUMN triaged_by TEXT;
        ALTER TABLE message ADD COLUMN analyzed_at INTEGER;
        """)
  }
}
