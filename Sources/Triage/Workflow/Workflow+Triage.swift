import Foundation
import GRDB

/// Triage, priority, assignment, tags, and the status changes that need nothing else.
extension Workflow {
  /// Records a person's triage: the category and, when given, the urgency. The classifier
  /// never overwrites it. A new message becomes `triaged`.
  @discardableResult
  public func triage(
    _ id: Int64, category: Category, urgency: Int? = nil, expecting: Int64? = nil
  ) throws -> WorkItem {
    if let urgency { try Self.checkUrgency(urgency) }
    return try perform(.triage, on: id, expecting: expecting) { db, context in
      let message = context.item.message
      let newUrgency = urgency ?? message.urgency
      try db.cachedStatement(
        sql: "UPDATE message SET category = ?, urgency = ?, triaged_by = ? WHERE id = ?"
      ).execute(arguments: [category.rawValue, newUrgency, context.actor.user, id])
      return Outcome(
        audit: .triage,
        detail: [
          "category": .text(category.rawValue),
          "previous_category": AuditValue(message.category?.rawValue),
          "urgency": AuditValue(newUrgency), "previous_urgency": AuditValue(message.urgency),
        ],
        status: .triaged)
    }
  }

  /// Overrides the priority (the urgency lists sort by), 0 (none) to 3 (act now). A person's
  /// priority is kept when the classifier runs again.
  @discardableResult
  public func setPriority(_ id: Int64, to urgency: Int, expecting: Int64? = nil) throws
    -> WorkItem
  {
    try Self.checkUrgency(urgency)
    return try perform(.setPriority, on: id, expecting: expecting) { db, context in
      let previous = context.item.message.urgency
      if previous == urgency, context.item.triagedBy != nil {
        return Outcome(audit: .priority, unchanged: true)
      }
      try db.cachedStatement(sql: "UPDATE message SET urgency = ?, triaged_by = ? WHERE id = ?")
        .execute(arguments: [urgency, context.actor.user, id])
      return Outcome(
        audit: .priority,
        detail: ["urgency": AuditValue(urgency), "previous_urgency": AuditValue(previous)])
    }
  }

  /// Assigns the message to a clinician or supervisor, or unassigns it (nil).
  @discardableResult
  public func assign(_ id: Int64, to assignee: String?, expecting: Int64? = nil) throws
    -> WorkItem
  {
    try perform(.assign, on: id, expecting: expecting) { db, context in
      if let assignee {
        guard let member = try InboxStore.staffMember(assignee, in: db) else {
          throw RoundsError(
            .notFound, "\(assignee) is not on the staff list",
            fix: "see `rounds staff list`, or ask a supervisor to add them")
        }
        guard member.role >= .clinician else {
          throw RoundsError(
            .rule,
            "\(assignee) is an assistant; messages are assigned to a clinician or supervisor",
            fix: "assign it to someone who can draft the reply")
        }
      }
      let previous = context.item.message.assignee
      if previous == assignee { return Outcome(audit: .assign, unchanged: true) }
      try db.cachedStatement(sql: "UPDATE message SET assignee = ? WHERE id = ?")
        .execute(arguments: [assignee, id])
      return Outcome(
        audit: .assign,
        detail: ["assignee": AuditValue(assignee), "previous": AuditValue(previous)])
    }
  }

  /// Adds tags (trimmed, lower-cased); tags already there are left alone.
  @discardableResult
  public func tag(_ id: Int64, _ tags: [String], expecting: Int64? = nil) throws -> WorkItem {
    let clean = try Self.normalizedTags(tags)
    return try perform(.tag, on: id, expecting: expecting) { db, context in
      let added = clean.filter { !context.item.tags.contains($0) }
      if added.isEmpty { return Outcome(audit: .tag, unchanged: true) }
      let insert = try db.cachedStatement(
        sql: "INSERT INTO message_tag (message_id, tag, added_by, added_at) VALUES (?, ?, ?, ?)")
      for tag in added {
        try insert.execute(arguments: [id, tag, context.actor.user, context.nowMS])
      }
      return Outcome(audit: .tag, detail: ["tags": .list(added)])
    }
  }

  /// Removes tags; tags that are not there are ignored.
  @discardableResult
  public func untag(_ id: Int64, _ tags: [String], expecting: Int64? = nil) throws -> WorkItem {
    let clean = try Self.normalizedTags(tags)
    return try perform(.untag, on: id, expecting: expecting) { db, context in
      let removed = clean.filter { context.item.tags.contains($0) }
      if removed.isEmpty { return Outcome(audit: .untag, unchanged: true) }
      let delete = try db.cachedStatement(
        sql: "DELETE FROM message_tag WHERE message_id = ? AND tag = ?")
      for tag in removed { try delete.execute(arguments: [id, tag]) }
      return Outcome(audit: .untag, detail: ["tags": .list(removed)])
    }
  }

  @discardableResult
  public func markSpam(_ id: Int64, expecting: Int64? = nil) throws -> WorkItem {
    try setStatus(.markSpam, of: id, expecting: expecting)
  }

  @discardableResult
  public func markNoReplyNeeded(_ id: Int64, expecting: Int64? = nil) throws -> WorkItem {
    try setStatus(.markNoReplyNeeded, of: id, expecting: expecting)
  }

  @discardableResult
  public func close(_ id: Int64, expecting: Int64? = nil) throws -> WorkItem {
    try setStatus(.close, of: id, expecting: expecting)
  }

  /// Puts a closed, spam or no-reply message back in the inbox as `new`.
  @discardableResult
  public func reopen(_ id: Int64, expecting: Int64? = nil) throws -> WorkItem {
    try setStatus(.reopen, of: id, expecting: expecting)
  }

  private func setStatus(_ action: WorkflowAction, of id: Int64, expecting: Int64?) throws
    -> WorkItem
  {
    try perform(action, on: id, expecting: expecting) { _, _ in
      Outcome(
        audit: .status, detail: ["action": .text(action.rawValue)],
        status: ActionTable.rule(for: action).to)
    }
  }

  static func checkUrgency(_ urgency: Int) throws {
    guard (0...3).contains(urgency) else {
      throw RoundsError(
        .usage, "urgency \(urgency) is out of range", fix: "use 0 (none) to 3 (act now)")
    }
  }

  /// Tags are short labels: trimmed, lower-cased, no control characters or commas.
  static func normalizedTags(_ tags: [String]) throws -> [String] {
    var result: [String] = []
    for raw in tags {
      let tag = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
      let printable = tag.unicodeScalars.allSatisfy {
        !$0.properties.generalCategory.isControlOrFormat && $0 != ","
      }
      guard !tag.isEmpty, tag.count <= 40, printable else {
        throw RoundsError(
          .usage, "\"\(TagText.escaped(raw))\" is not a tag",
          fix: "tags are 1 to 40 printable characters without commas, e.g. `billing`")
      }
      if !result.contains(tag) { result.append(tag) }
    }
    guard !result.isEmpty else {
      throw RoundsError(.usage, "no tags given", fix: "name at least one tag")
    }
    return result
  }
}

extension Unicode.GeneralCategory {
  fileprivate var isControlOrFormat: Bool {
    switch self {
    case .control, .format, .lineSeparator, .paragraphSeparator: true
    default: false
    }
  }
}

/// Text a person typed, made safe to quote in an error message: at most 60 characters, no
/// control, format (bidi) or separator characters.
enum TagText {
  static func escaped(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.prefix(60).map {
          $0.properties.generalCategory.isControlOrFormat ? "?" : $0
        }))
  }
}
