import GRDB

/// How a page of a search is read. Few matches: start from the full-text index and sort the
/// matches (cheap when there are few). Many matches: walk the list's own order and keep the
/// rows that match, which stops after a page's worth instead of sorting every match. The
/// cost of the wrong choice is large either way on a big inbox (hundreds of milliseconds), so
/// a quick probe of the index decides.
enum SearchPlan: Sendable {
  case fromMatches
  case alongOrder

  /// Above this many matches the order's index is walked.
  static let manyMatches = 2000

  static func choose(for query: MessageQuery, in db: Database) throws -> SearchPlan {
    guard let search = query.search, let pattern = SearchPattern.fts5(search) else {
      return .fromMatches
    }
    let probe = try db.cachedStatement(
      sql: """
        SELECT COUNT(*) FROM (
          SELECT rowid FROM message_fts WHERE message_fts MATCH ? LIMIT \(manyMatches + 1))
        """)
    let matches = try Int.fetchOne(probe, arguments: [pattern]) ?? 0
    return matches > manyMatches ? .alongOrder : .fromMatches
  }
}
