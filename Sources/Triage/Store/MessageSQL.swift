import Foundation
import GRDB

/// The SQL for a `MessageQuery`: filters in WHERE, the keyset comparison and the ORDER BY.
///
/// The list indexes are partial (see `ImportSpeedSchema`), and SQLite uses one only when the
/// query repeats its condition word for word, so the kind, open/finished, urgent, category and
/// assignee conditions are written out literally. A list sorted by urgency that may hold
/// messages of urgency 0 is read in two parts: the urgent messages from an urgency index, then
/// the others from a time index (urgency 0 ties on urgency, so their order is the time order).
struct MessageSQL {
  /// One SELECT of a page; a page reads its parts in order until it has enough rows.
  struct Part {
    var sql: String
    var arguments: StatementArguments
  }

  private(set) var filters: [String] = []
  private(set) var filterArguments = StatementArguments()
  /// The search text holds no word, so nothing can match.
  private(set) var matchesNothing = false
  /// The page's SELECTs, in the order their rows come.
  private(set) var parts: [Part] = []

  init(_ query: MessageQuery, searchPlan: SearchPlan = .fromMatches) {
    switch query.kind {
    case .inbound?: filters.append(ImportSpeedSchema.inbound)
    case .own?: filters.append(ImportSpeedSchema.own)
    case nil: break
    }
    let statuses = Set(query.statuses)
    if !statuses.isEmpty {
      let finished = InboxViewsSchema.finished
      if statuses.isDisjoint(with: finished) {
        filters.append(StatusConditionSchema.open)
      } else if statuses.isSubset(of: finished) {
        filters.append(StatusConditionSchema.finished)
      }
      // Every open status is what the open condition says already.
      if statuses != Set(Status.allCases).subtracting(finished) {
        let marks = Array(repeating: "?", count: query.statuses.count).joined(separator: ", ")
        filters.append("message.status IN (\(marks))")
        filterArguments += StatementArguments(query.statuses.map(\.rawValue))
      }
    }
    if let platform = query.platform {
      filters.append("message.platform = ?")
      filterArguments += [platform.rawValue]
    }
    if let category = query.category {
      filters.append("category IS NOT NULL AND message.category = ?")
      filterArguments += [category.rawValue]
    }
    let onlyUrgent = (query.minimumUrgency ?? 0) > 0
    if let minimum = query.minimumUrgency {
      if onlyUrgent { filters.append(ImportSpeedSchema.urgent) }
      filters.append("message.urgency >= ?")
      filterArguments += [minimum]
    }
    if let assignee = query.assignee {
      filters.append("assignee IS NOT NULL AND message.assignee = ?")
      filterArguments += [assignee]
    }
    if query.unassigned {
      filters.append("message.assignee IS NULL")
    }
    if let tag = query.tag {
      filters.append("message.id IN (SELECT message_id FROM message_tag WHERE tag = ?)")
      filterArguments += [tag.trimmingCharacters(in: .whitespaces).lowercased()]
    }
    if let search = query.search {
      if let pattern = SearchPattern.fts5(search) {
        // `+` keeps SQLite from reading the matches as a list of rowids to sort, so it walks
        // the order's index and tests each row against the matches instead.
        let id = searchPlan == .alongOrder ? "+message.id" : "message.id"
        filters.append("\(id) IN (SELECT rowid FROM message_fts WHERE message_fts MATCH ?)")
        filterArguments += [pattern]
      } else {
        matchesNothing = true
      }
    }
    parts = Self.parts(query, filters: filters, arguments: filterArguments, onlyUrgent: onlyUrgent)
  }

  /// Backward pages walk the same order reversed, then the caller flips the rows back.
  private static func parts(
    _ query: MessageQuery, filters: [String], arguments: StatementArguments, onlyUrgent: Bool
  ) -> [Part] {
    let backward = query.direction == .backward
    let descending = backward ? "ASC" : "DESC"
    let comparison = backward ? ">" : "<"
    let limit = max(1, query.limit) + 1
    func part(_ extra: [String], _ keyset: (String, StatementArguments)?, order: String) -> Part {
      let all = filters + extra + [keyset?.0].compactMap { $0 }
      let clause = all.isEmpty ? "" : "WHERE " + all.joined(separator: " AND ")
      return Part(
        sql: """
          SELECT \(MessageRows.columns) FROM message
          \(clause)
          ORDER BY \(order) LIMIT \(limit)
          """,
        arguments: arguments + (keyset?.1 ?? []))
    }
    let byTime = "message.created_at \(descending), message.id \(descending)"
    let timeKeyset = query.cursor.map { cursor in
      (
        "(message.created_at, message.id) \(comparison) (?, ?)",
        [cursor.createdAt, cursor.id] as StatementArguments
      )
    }
    switch query.order {
    case .newest:
      return [part([], timeKeyset, order: byTime)]
    case .urgency:
      let byUrgency = "message.urgency \(descending), " + byTime
      let urgencyKeyset = query.cursor.map { cursor in
        (
          "(message.urgency, message.created_at, message.id) \(comparison) (?, ?, ?)",
          [cursor.urgency, cursor.createdAt, cursor.id] as StatementArguments
        )
      }
      if onlyUrgent { return [part([], urgencyKeyset, order: byUrgency)] }
      let calmCursor = query.cursor.map { $0.urgency <= 0 }
      // Newest-first order puts the urgent part first; a backward page reads it last.
      let urgent = part(
        [ImportSpeedSchema.urgent], calmCursor == false ? urgencyKeyset : nil, order: byUrgency)
      let calm = part(
        [ImportSpeedSchema.calm], calmCursor == true ? timeKeyset : nil, order: byTime)
      switch (backward, calmCursor) {
      case (false, nil): return [urgent, calm]
      case (false, false?): return [urgent, calm]
      case (false, true?): return [calm]
      case (true, nil): return [calm, urgent]
      case (true, true?): return [calm, urgent]
      case (true, false?): return [urgent]
      }
    }
  }

  var countSQL: String {
    "SELECT COUNT(*) FROM message "
      + (filters.isEmpty ? "" : "WHERE " + filters.joined(separator: " AND "))
  }
}
