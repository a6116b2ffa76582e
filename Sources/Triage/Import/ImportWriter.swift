import Foundation
import GRDB

/// Stores imported messages: new ones inserted, known ones (same platform and external id)
/// left alone, or updated with their earlier text kept as a revision when the text changed.
/// All statements are cached; the caller wraps batches in one transaction.
struct ImportWriter {
  enum Outcome {
    case imported, updated, duplicate
  }

  let batchID: Int64?
  let dryRun: Bool

  /// The detectors' summary goes in with the row: no second statement per message.
  static let insertSQL = """
    INSERT INTO message (
      platform, kind, external_id, thread_id, parent_id, author_handle, author_name, text,
      created_at, permalink, visibility, source_status, status, imported_at, updated_at,
      source_file, import_batch, category, urgency, phi_count, flag_count, analyzed_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (platform, external_id) DO NOTHING
    """

  /// Messages per multi-row INSERT: one statement per 100 rows costs half of one per row.
  static let rowsPerStatement = 100

  /// The arguments of one message's row, in `insertSQL`'s column order.
  func rowArguments(
    _ message: Message, analysis: MessageAnalysis?, sourceFile: String, now: Int64
  ) -> [(any DatabaseValueConvertible)?] {
    [
      message.platform.rawValue, message.kind.rawValue, message.externalID, message.threadID,
      message.parentID, message.authorHandle, message.authorName, message.text,
      Timestamps.milliseconds(message.createdAt), message.permalink, message.visibility.rawValue,
      message.sourceStatus, message.status.rawValue, now, now, sourceFile, batchID,
      analysis?.category.rawValue, analysis?.urgency ?? 0, analysis?.phiCount ?? 0,
      analysis?.flagCount ?? 0, analysis == nil ? nil : now,
    ]
  }

  /// Stores a batch: new messages with multi-row INSERTs whose RETURNING clause tells which
  /// rows went in; the rest (ids already known, or repeated within the batch) one by one,
  /// as duplicates or updates. Same outcomes as `write` called for each message in order.
  func writeAll(
    _ messages: [Message], analyses: [MessageAnalysis]?, sourceFile: String, now: Int64,
    in db: Database
  ) throws -> [Outcome] {
    if dryRun {
      return try messages.map { try dryWrite($0, in: db) }
    }
    var outcomes = [Outcome?](repeating: nil, count: messages.count)
    var start = 0
    while start < messages.count {
      let end = min(messages.count, start + Self.rowsPerStatement)
      var arguments: [(any DatabaseValueConvertible)?] = []
      arguments.reserveCapacity((end - start) * 22)
      var firstIndex: [String: Int] = [:]
      for index in start..<end {
        let message = messages[index]
        arguments += rowArguments(
          message, analysis: analyses?[index], sourceFile: sourceFile, now: now)
        let key = message.platform.rawValue + "\u{0}" + message.externalID
        if firstIndex[key] == nil { firstIndex[key] = index }
      }
      let insert = try db.cachedStatement(sql: Self.multiRowInsertSQL(rows: end - start))
      insert.setUncheckedArguments(StatementArguments(arguments))
      var sources: [(any DatabaseValueConvertible)?] = []
      for row in try Row.fetchAll(insert) {
        let key = (row[1] as String) + "\u{0}" + (row[2] as String)
        guard let index = firstIndex[key] else { continue }
        outcomes[index] = .imported
        if let raw = messages[index].raw {
          sources.append(row[0] as Int64)
          sources.append(raw)
        }
      }
      if !sources.isEmpty {
        let insertSources = try db.cachedStatement(
          sql: "INSERT INTO message_source (message_id, raw) VALUES "
            + Array(repeating: "(?, ?)", count: sources.count / 2).joined(separator: ", "))
        insertSources.setUncheckedArguments(StatementArguments(sources))
        try insertSources.execute()
      }
      // Known ids and repeats within the batch, in order.
      for index in start..<end where outcomes[index] == nil {
        outcomes[index] = try write(
          messages[index], analysis: analyses?[index], sourceFile: sourceFile, now: now, in: db)
      }
      start = end
    }
    return outcomes.map { $0! }
  }

  static func multiRowInsertSQL(rows: Int) -> String {
    let values = "(" + Array(repeating: "?", count: 22).joined(separator: ", ") + ")"
    return """
      INSERT INTO message (
        platform, kind, external_id, thread_id, parent_id, author_handle, author_name, text,
        created_at, permalink, visibility, source_status, status, imported_at, updated_at,
        source_file, import_batch, category, urgency, phi_count, flag_count, analyzed_at)
      VALUES \(Array(repeating: values, count: rows).joined(separator: ", "))
      ON CONFLICT (platform, external_id) DO NOTHING
      RETURNING id, platform, external_id
      """
  }

  /// Stores one message. `analysis` is the analyzer's verdict on it (computed by the caller,
  /// off the writer's thread), or nil when no analyzer runs.
  func write(
    _ message: Message, analysis: MessageAnalysis?, sourceFile: String, now: Int64,
    in db: Database
  ) throws -> Outcome {
    if dryRun { return try dryWrite(message, in: db) }
    let insert = try db.cachedStatement(sql: Self.insertSQL)
    // The arguments match the SQL by construction: binding them unchecked saves a validation
    // pass per message.
    insert.setUncheckedArguments(
      StatementArguments(
        rowArguments(message, analysis: analysis, sourceFile: sourceFile, now: now)))
    try insert.execute()
    if db.changesCount > 0 {
      let id = db.lastInsertedRowID
      if let raw = message.raw {
        let source = try db.cachedStatement(
          sql: "INSERT INTO message_source (message_id, raw) VALUES (?, ?)")
        source.setUncheckedArguments([id, raw])
        try source.execute()
      }
      return .imported
    }
    let existing = try db.cachedStatement(
      sql: """
        SELECT id, text, source_file, import_batch FROM message
        WHERE platform = ? AND external_id = ?
        """)
    guard
      let row = try Row.fetchOne(
        existing, arguments: [message.platform.rawValue, message.externalID])
    else {
      throw RoundsError(.failure, "message \(message.externalID) vanished while being stored")
    }
    let id: Int64 = row[0]
    let oldText: String = row[1]
    guard oldText != message.text else { return .duplicate }
    let revision = try db.cachedStatement(
      sql: """
        INSERT INTO message_revisions (
          message_id, text, raw, source_file, import_batch, replaced_at, replaced_by_batch)
        SELECT ?, ?, (SELECT raw FROM message_source WHERE message_id = ?), ?, ?, ?, ?
        """)
    try revision.execute(arguments: [
      id, oldText, id, row[2] as String?, row[3] as Int64?, now, batchID,
    ])
    let update = try db.cachedStatement(
      sql: """
        UPDATE message SET text = ?, updated_at = ?, source_file = ?, import_batch = ?
        WHERE id = ?
        """)
    try update.execute(arguments: [message.text, now, sourceFile, batchID, id])
    if let raw = message.raw {
      let source = try db.cachedStatement(
        sql: "INSERT OR REPLACE INTO message_source (message_id, raw) VALUES (?, ?)")
      try source.execute(arguments: [id, raw])
    }
    if let analysis {
      // A person's category decision (triaged_by) is kept; the counts are refreshed.
      try InboxStore.applyAnalysis(analysis, toMessage: id, in: db)
    }
    return .updated
  }

  /// A dry run compares against the inbox and against what this run has already seen (a
  /// temporary table), and changes nothing in the inbox.
  private func dryWrite(_ message: Message, in db: Database) throws -> Outcome {
    let known = try db.cachedStatement(
      sql: """
        SELECT text FROM message WHERE platform = ? AND external_id = ?
        UNION ALL
        SELECT text FROM temp.import_dry_run WHERE platform = ? AND external_id = ?
        LIMIT 1
        """)
    let key: StatementArguments = [
      message.platform.rawValue, message.externalID, message.platform.rawValue,
      message.externalID,
    ]
    if let text = try String.fetchOne(known, arguments: key) {
      return text == message.text ? .duplicate : .updated
    }
    let remember = try db.cachedStatement(
      sql: "INSERT INTO temp.import_dry_run (platform, external_id, text) VALUES (?, ?, ?)")
    try remember.execute(arguments: [message.platform.rawValue, message.externalID, message.text])
    return .imported
  }

  /// Starts a batch whose new messages are indexed together at its end (see ImportSchema).
  static func deferIndexing(in db: Database) throws {
    try db.execute(
      sql: "INSERT INTO import_fts_deferred (since_id) SELECT COALESCE(MAX(id), 0) FROM message")
  }

  /// Indexes the messages the batch added, in one statement, and lets the trigger back in.
  static func indexDeferred(in db: Database) throws {
    try db.execute(
      sql: """
        INSERT INTO message_fts (rowid, text, author_handle, author_name)
        SELECT id, text, author_handle, author_name FROM message
        WHERE id > (SELECT since_id FROM import_fts_deferred);
        DELETE FROM import_fts_deferred;
        """)
  }

  static func prepareDryRun(in db: Database) throws {
    try db.execute(
      sql: """
        CREATE TEMP TABLE IF NOT EXISTS import_dry_run (
          platform TEXT NOT NULL, external_id TEXT NOT NULL, text TEXT NOT NULL,
          PRIMARY KEY (platform, external_id));
        DELETE FROM temp.import_dry_run;
        """)
  }

  static func finishDryRun(in db: Database) throws {
    try db.execute(sql: "DROP TABLE IF EXISTS temp.import_dry_run")
  }
}
