import Foundation
import GRDB

/// The SQL for a `MessageQuery`: filters in WHERE, the keyset comparison and the ORDER BY.
struct MessageSQL {
  private(set) var filters: [String] = []
  private(set) var filterArguments = StatementArguments()
  private var keyset: String?
  private var keysetArguments = StatementArguments()
  private var orderBy: String
  private var limit: Int
  /// The search text holds no word, so nothing can match.
  private(set) var matchesNothing = false

  init(_ query: MessageQuery, searchPlan: SearchPlan = .fromMatches) {
    if let kind = query.kind {
      filters.append("message.kind = ?")
      filterArguments += [kind.rawValue]
    }
    if !query.statuses.isEmpty,
      Set(query.statuses)
        == Set(Status.allCases).subtracting(
          InboxViewsSchema.finished)
    {
      // Every open status: the partial indexes' own condition, so they serve the query.
      filters.append(InboxViewsSchema.openCondition)
    } else if !query.statuses.isEmpty {
      let marks = Array(repeating: "?", count: query.statuses.count).joined(separator: ", ")
      filters.append("message.status IN (\(marks))")
      filterArguments += StatementArguments(query.statuses.map(\.rawValue))
    }
    if let platform = query.platform {
      filters.append("message.platform = ?")
      filterArguments += [platform.rawValue]
    }
    if let category = query.category {
      filters.append("message.category = ?")
      filterArguments += [category.rawValue]
    }
    if let minimum = query.minimumUrgency {
      filters.append("message.urgency >= ?")
      filterArguments += [minimum]
    }
    if let assignee = query.assignee {
      filters.append("message.assignee = ?")
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

    // Backward pages walk the same order reversed, then the caller flips the rows back.
    let backward = query.direction == .backward
    let descending = backward ? "ASC" : "DESC"
    let comparison = backward ? ">" : "<"
    switch query.order {
    case .newest:
      orderBy = "message.created_at \(descending), message.id \(descending)"
      if let cursor = query.cursor {
        keyset = "(message.created_at, message.id) \(comparison) (?, ?)"
        keysetArguments = [cursor.createdAt, cursor.id]
      }
    case .urgency:
      orderBy =
        "message.urgency \(descending), message.created_at \(descending), message.id \(descending)"
      if let cursor = query.cursor {
        keyset = "(message.urgency, message.created_at, message.id) \(comparison) (?, ?, ?)"
        keysetArguments = [cursor.urgency, cursor.createdAt, cursor.id]
      }
    }
    limit = max(1, query.limit)
  }

  private func whereClause(withKeyset: Bool) -> String {
    let all = filters + (withKeyset ? [keyset].compactMap { $0 } : [])
    return all.isEmpty ? "" : "WHERE " + all.joined(separator: " AND ")
  }

  var pageSQL: String {
    """
    SELECT \(MessageRows.columns) FROM message
    \(whereClause(withKeyset: true))
    ORDER BY \(orderBy) LIMIT \(limit + 1)
    """
  }

  var pageArguments: StatementArguments { filterArguments + keysetArguments }

  var countSQL: String {
    "SELECT COUNT(*) FROM message \(whereClause(withKeyset: false))"
  }
}
