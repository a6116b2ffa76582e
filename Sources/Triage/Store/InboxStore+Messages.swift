import Foundation
import GRDB

extension InboxStore {
  /// Stores a message unless one with the same platform and external id exists.
  /// Returns the id and whether it was new; the existing row is left untouched.
  @discardableResult
  public func insertIfAbsent(_ message: Message) throws -> (id: Int64, inserted: Bool) {
    try pool.write { db in try Self.insertIfAbsent(message, in: db) }
  }

  /// The same, inside a caller's transaction (importers batch many records per commit).
  public static func insertIfAbsent(_ message: Message, in db: Database) throws -> (
    id: Int64, inserted: Bool
  ) {
    let now = Timestamps.milliseconds(Date())
    let insert = try db.cachedStatement(sql: MessageRows.insertSQL)
    try insert.execute(arguments: MessageRows.insertArguments(message, now: now))
    if db.changesCount > 0 {
      let id = db.lastInsertedRowID
      if let raw = message.raw {
        let source = try db.cachedStatement(
          sql: "INSERT INTO message_source (message_id, raw) VALUES (?, ?)")
        try source.execute(arguments: [id, raw])
      }
      return (id, true)
    }
    let existing = try db.cachedStatement(
      sql: "SELECT id FROM message WHERE platform = ? AND external_id = ?")
    let id = try Int64.fetchOne(
      existing, arguments: [message.platform.rawValue, message.externalID])
    guard let id else {
      throw RoundsError(.failure, "message \(message.externalID) vanished while being stored")
    }
    return (id, false)
  }

  /// One message with its raw source record, or nil.
  public func message(id: Int64) throws -> Message? {
    try pool.read { db in try Self.message(id: id, in: db) }
  }

  public static func message(id: Int64, in db: Database) throws -> Message? {
    let statement = try db.cachedStatement(
      sql: """
        SELECT \(MessageRows.columns), message_source.raw
        FROM message LEFT JOIN message_source ON message_source.message_id = message.id
        WHERE message.id = ?
        """)
    guard let row = try Row.fetchOne(statement, arguments: [id]) else { return nil }
    var message = MessageRows.decode(row)
    message.raw = row[MessageRows.columnCount]
    return message
  }

  /// One page of messages; see `MessageQuery`.
  public func page(_ query: MessageQuery) throws -> MessagePage {
    try pool.read { db in try Self.page(query, in: db) }
  }

  public static func page(_ query: MessageQuery, in db: Database) throws -> MessagePage {
    let sql = MessageSQL(query, searchPlan: try SearchPlan.choose(for: query, in: db))
    guard !sql.matchesNothing else { return MessagePage(messages: [], next: nil, previous: nil) }
    // One row beyond the limit tells whether another page follows.
    var messages: [Message] = []
    for part in sql.parts where messages.count <= query.limit {
      let statement = try db.cachedStatement(sql: part.sql)
      messages += try Row.fetchAll(statement, arguments: part.arguments).prefix(
        query.limit + 1 - messages.count
      ).map(MessageRows.decode)
    }
    let hasMore = messages.count > query.limit
    if hasMore { messages.removeLast() }
    if query.direction == .backward { messages.reverse() }
    let first = messages.first.map(MessageCursor.init)
    let last = messages.last.map(MessageCursor.init)
    switch query.direction {
    case .forward:
      return MessagePage(
        messages: messages, next: hasMore ? last : nil,
        previous: query.cursor == nil ? nil : first)
    case .backward:
      return MessagePage(
        messages: messages, next: last, previous: hasMore ? first : nil)
    }
  }

  /// How many messages match the query's filters (cursor and limit ignored).
  public func count(_ query: MessageQuery) throws -> Int {
    try pool.read { db in try Self.count(query, in: db) }
  }

  public static func count(_ query: MessageQuery, in db: Database) throws -> Int {
    let sql = MessageSQL(query)
    guard !sql.matchesNothing else { return 0 }
    let statement = try db.cachedStatement(sql: sql.countSQL)
    return try Int.fetchOne(statement, arguments: sql.filterArguments) ?? 0
  }
}
