import GRDB

extension InboxStore {
  /// SQLite's plan for a page query, one step per line (for benchmarks and tests that make
  /// sure every list order is served by an index); a page read in two parts has both plans.
  public func queryPlan(_ query: MessageQuery) throws -> [String] {
    try pool.read { db in
      let sql = MessageSQL(query, searchPlan: try SearchPlan.choose(for: query, in: db))
      return try sql.parts.flatMap { part in
        try Self.queryPlan(sql: part.sql, arguments: part.arguments, in: db)
      }
    }
  }

  /// SQLite's plan for any statement, one step per line.
  public func queryPlan(sql: String, arguments: StatementArguments = []) throws -> [String] {
    try pool.read { db in try Self.queryPlan(sql: sql, arguments: arguments, in: db) }
  }

  static func queryPlan(sql: String, arguments: StatementArguments, in db: Database) throws
    -> [String]
  {
    try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
      .map { $0["detail"] as String }
  }
}
