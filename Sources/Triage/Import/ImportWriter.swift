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

  /// Messages per multi-row INSERT. SQLite keeps a statement journal for each INSERT here
  /// (its NOT NULL and CHECK constraints make it a multi-row write that may abort), so one
  /// statement per row would copy every page it touches once per row. With 20, 50, 400 or
  /// 1,000 rows the writer ran 4-16% more instructions than with 200.
  static let rowsPerStatement = 200

  /// Stores a batch: new messages with multi-row INSERTs bound straight from their fields;
  /// the rest (ids already known, or repeated within the batch) one by one through `write`,
  /// as duplicates or updates. Same outcomes as `write` called for each message in order.
  ///
  /// The rows one INSERT adds get consecutive ids above the largest id before it (the ids are
  /// SQLite's rowids, each new one the largest plus one), in the order of its VALUES. So when
  /// every row of the statement went in, their ids are known without reading them back; when
  /// some did not, each message's id tells whether this statement added it.
  func writeAll(
    _ messages: [Message], analyses: [MessageAnalysis]?, sourceFile: String, now: Int64,
    statements: ImportStatements, in db: Database
  ) throws -> [Outcome] {
    if dryRun {
      return try messages.map { try dryWrite($0, in: db) }
    }
    // Read through buffers: an array subscript copied each message (a retain per string) and
    // each analysis (a retain of its findings).
    return try messages.withUnsafeBufferPointer { messages in
      guard let analyses else {
        return try writeAll(
          messages, analyses: nil, sourceFile: sourceFile, now: now, statements: statements,
          in: db)
      }
      return try analyses.withUnsafeBufferPointer { analyses in
        try writeAll(
          messages, analyses: analyses, sourceFile: sourceFile, now: now,
          statements: statements, in: db)
      }
    }
  }

  private func writeAll(
    _ messages: UnsafeBufferPointer<Message>, analyses: UnsafeBufferPointer<MessageAnalysis>?,
    sourceFile: String, now: Int64, statements: ImportStatements, in db: Database
  ) throws -> [Outcome] {
    var outcomes = [Outcome?](repeating: nil, count: messages.count)
    let largestID = statements.largestID
    let findID = statements.findID
    var start = 0
    while start < messages.count {
      let end = min(messages.count, start + Self.rowsPerStatement)
      largestID.reset()
      let before = try largestID.firstInteger() ?? 0
      let insert = try statements.insertMessages(rows: end - start)
      insert.reset()
      for index in start..<end {
        bindRow(
          messages.baseAddress! + index, analysis: analyses.map { $0.baseAddress! + index },
          sourceFile: sourceFile, now: now, to: insert, from: statements.arena,
          at: Int32(index - start) * Self.rowParameters)
      }
      try statements.run(insert)
      let added = Int(insert.changes)
      var inserted: [(index: Int, id: Int64)] = []
      inserted.reserveCapacity(added)
      // Consecutive ids are SQLite's usual rowid choice, not a promise (a table whose largest
      // rowid is the largest integer gets random ones): checked, else looked up one by one.
      var consecutive = false
      if added == end - start {
        largestID.reset()
        consecutive = try largestID.firstInteger() == before + Int64(added)
      }
      if consecutive {
        for index in start..<end { inserted.append((index, before + 1 + Int64(index - start))) }
      } else if added > 0 {
        var claimed = Set<Int64>()
        for index in start..<end {
          findID.reset()
          findID.bind(1, messages[index].platform.rawValue)
          findID.bind(2, messages[index].externalID)
          guard let id = try findID.firstInteger() else { continue }
          // The first message with an id this statement added is the one that went in.
          if id > before, claimed.insert(id).inserted { inserted.append((index, id)) }
        }
      }
      for (index, _) in inserted { outcomes[index] = .imported }
      let sources = inserted.filter { messages[$0.index].raw != nil }
      if !sources.isEmpty {
        let insertSources = try statements.insertSources(rows: sources.count)
        insertSources.reset()
        for (position, source) in sources.enumerated() {
          insertSources.bind(Int32(position * 2 + 1), source.id)
          insertSources.bind(
            Int32(position * 2 + 2), messages[source.index].raw, in: statements.arena)
        }
        try statements.run(insertSources)
      }
      // Known ids and repeats within the batch, in order.
      for index in start..<end where outcomes[index] == nil {
        outcomes[index] = try write(
          messages[index], analysis: analyses?[index], sourceFile: sourceFile, now: now, in: db,
          known: true)
      }
      start = end
    }
    return outcomes.map { $0! }
  }

  /// Parameters per message: one per column of `insertSQL`.
  static let rowParameters: Int32 = 22

  /// The full-size statement's SQL is built once; the last, shorter one of a batch each time.
  static let fullInsertSQL = makeInsertSQL(rows: rowsPerStatement)

  static func multiRowInsertSQL(rows: Int) -> String {
    rows == rowsPerStatement ? fullInsertSQL : makeInsertSQL(rows: rows)
  }

  /// Plain `?` parameters only: SQLite looks each numbered one (`?12`) up in a list of them
  /// while preparing, which for thousands of them took 15 ms per prepare.
  static func makeInsertSQL(rows: Int) -> String {
    let row = "(" + Array(repeating: "?", count: Int(rowParameters)).joined(separator: ", ") + ")"
    return """
      INSERT INTO message (
        platform, kind, external_id, thread_id, parent_id, author_handle, author_name, text,
        created_at, permalink, visibility, source_status, status, imported_at, updated_at,
        source_file, import_batch, category, urgency, phi_count, flag_count, analyzed_at)
      VALUES \(Array(repeating: row, count: rows).joined(separator: ", "))
      ON CONFLICT (platform, external_id) DO NOTHING
      """
  }

  /// Binds one message's values (see `makeInsertSQL`) from parameter `offset + 1` on. The
  /// message is read in place, field by field: passing it by value copied it whole.
  private func bindRow(
    _ message: UnsafePointer<Message>, analysis: UnsafePointer<MessageAnalysis>?,
    sourceFile: String, now: Int64, to statement: BoundStatement, from arena: TextArena,
    at offset: Int32
  ) {
    statement.bind(offset + 1, message.pointee.platform.rawValue, in: arena)
    statement.bind(offset + 2, message.pointee.kind.rawValue, in: arena)
    statement.bind(offset + 3, message.pointee.externalID, in: arena)
    statement.bind(offset + 4, message.pointee.threadID, in: arena)
    statement.bind(offset + 5, message.pointee.parentID, in: arena)
    statement.bind(offset + 6, message.pointee.authorHandle, in: arena)
    statement.bind(offset + 7, message.pointee.authorName, in: arena)
    statement.bind(offset + 8, message.pointee.text, in: arena)
    statement.bind(offset + 9, Timestamps.milliseconds(message.pointee.createdAt))
    statement.bind(offset + 10, message.pointee.permalink, in: arena)
    statement.bind(offset + 11, message.pointee.visibility.rawValue, in: arena)
    statement.bind(offset + 12, message.pointee.sourceStatus, in: arena)
    statement.bind(offset + 13, message.pointee.status.rawValue, in: arena)
    statement.bind(offset + 14, now)
    statement.bind(offset + 15, now)
    statement.bind(offset + 16, sourceFile, in: arena)
    statement.bind(offset + 17, batchID)
    statement.bind(offset + 18, analysis?.pointee.category.rawValue, in: arena)
    statement.bind(offset + 19, analysis?.pointee.urgency ?? 0)
    statement.bind(offset + 20, analysis?.pointee.phiCount ?? 0)
    statement.bind(offset + 21, analysis?.pointee.flagCount ?? 0)
    statement.bind(offset + 22, analysis == nil ? nil : now)
  }

  /// Stores one message. `analysis` is the analyzer's verdict on it (computed by the caller,
  /// off the writer's thread), or nil when no analyzer runs.
  /// `known`: the caller already found the id taken (`writeAll`), so no insert is tried.
  func write(
    _ message: Message, analysis: MessageAnalysis?, sourceFile: String, now: Int64,
    in db: Database, known: Bool = false
  ) throws -> Outcome {
    if dryRun { return try dryWrite(message, in: db) }
    if !known {
      let insert = try db.cachedStatement(sql: Self.insertSQL)
      try insert.execute(
        arguments: StatementArguments(
          rowArguments(message, analysis: analysis, sourceFile: sourceFile, now: now)))
      if db.changesCount > 0 {
        if let raw = message.raw {
          let source = try db.cachedStatement(
            sql: "INSERT INTO message_source (message_id, raw) VALUES (?, ?)")
          try source.execute(arguments: [db.lastInsertedRowID, raw])
        }
        return .imported
      }
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
  ///
  /// The insert trigger is also dropped for the batch, and put back by `indexDeferred` in the
  /// same transaction, so no other connection ever sees the schema without it. Standing
  /// aside was not enough: SQLite copies every row of a multi-row INSERT into a temporary
  /// table first when the table has an INSERT trigger, which cost the writer 10-14% of its
  /// instructions. Returns the trigger's SQL as the schema has it, to create it again.
  static func deferIndexing(in db: Database) throws -> DeferredIndexing {
    try db.execute(
      sql: "INSERT INTO import_fts_deferred (since_id) SELECT COALESCE(MAX(id), 0) FROM message")
    let trigger = try String.fetchOne(
      db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
      arguments: [DeferredIndexing.insertTrigger])
    if trigger != nil {
      try db.execute(sql: "DROP TRIGGER \(DeferredIndexing.insertTrigger)")
    }
    return DeferredIndexing(insertTriggerSQL: trigger)
  }

  /// Indexes the messages the batch added, in one statement, and lets the triggers back in.
  static func indexDeferred(_ deferred: DeferredIndexing, in db: Database) throws {
    try db.execute(
      sql: """
        INSERT INTO message_fts (rowid, text, author_handle, author_name)
        SELECT id, text, author_handle, author_name FROM message
        WHERE id > (SELECT since_id FROM import_fts_deferred);
        DELETE FROM import_fts_deferred;
        """)
    // One statement, and a trigger: the text comes from the database file.
    if let sql = deferred.insertTriggerSQL {
      guard sql.uppercased().hasPrefix("CREATE TRIGGER") else {
        throw RoundsError(
          .failure, "the inbox's full-text trigger is not a trigger",
          fix: "the database was changed outside Rounds: restore it from a backup")
      }
      try db.makeStatement(sql: sql).execute()
    }
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
