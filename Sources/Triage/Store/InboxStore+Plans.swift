import GRDB

extension InboxStore {
  /// SQLite's plan for a page query, one step per line (for benchmarks and tests that make
  /// sure every list order is served by an index).
  public func queryPlan(_ query: MessageQuery) throws -> [String] {
    let sql = MessageSQL(query)
    return try pool.read { db in
      try Row.fetchAll(
        db, sql: "EXPLAIN QUERY PLAN " + sql.pageSQL, arguments: sql.pageArguments
      ).map { $0["detail"] as String }
    }
  }
}
