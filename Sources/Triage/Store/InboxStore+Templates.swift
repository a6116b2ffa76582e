import Foundation
import GRDB

extension InboxStore {
  /// Every reply template, by name.
  public func templates() throws -> [ReplyTemplate] {
    try pool.read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM reply_template ORDER BY name").map(Self.template)
    }
  }

  public func template(named name: String) throws -> ReplyTemplate? {
    try pool.read { db in
      try Row.fetchOne(db, sql: "SELECT * FROM reply_template WHERE name = ?", arguments: [name])
        .map(Self.template)
    }
  }

  /// Adds a template; a name in use is a conflict.
  @discardableResult
  public func addTemplate(_ template: ReplyTemplate) throws -> ReplyTemplate {
    try Self.validate(template)
    return try pool.write { db in
      if try Row.fetchOne(
        db, sql: "SELECT 1 FROM reply_template WHERE name = ?", arguments: [template.name]) != nil
      {
        throw RoundsError(
          .conflict, "there is already a template named \(template.name)",
          fix: "choose another name, or use `rounds templates edit \(template.name)`")
      }
      try db.execute(
        sql: """
          INSERT INTO reply_template (name, title, body, category, builtin, updated_at, updated_by)
          VALUES (?, ?, ?, ?, 0, ?, ?)
          """,
        arguments: [
          template.name, template.title, template.body, template.category?.rawValue,
          Timestamps.milliseconds(template.updatedAt), template.updatedBy,
        ])
      var saved = template
      saved.id = db.lastInsertedRowID
      saved.isBuiltIn = false
      return saved
    }
  }

  /// Replaces the title, body and category of an existing template.
  public func updateTemplate(_ template: ReplyTemplate) throws {
    try Self.validate(template)
    try pool.write { db in
      try db.execute(
        sql: """
          UPDATE reply_template SET title = ?, body = ?, category = ?, updated_at = ?,
            updated_by = ?
          WHERE name = ?
          """,
        arguments: [
          template.title, template.body, template.category?.rawValue,
          Timestamps.milliseconds(template.updatedAt), template.updatedBy, template.name,
        ])
      guard db.changesCount > 0 else { throw Self.noTemplate(template.name) }
    }
  }

  /// Removes a template the practice added; the built-in ones stay (edit them instead).
  public func removeTemplate(named name: String) throws {
    try pool.write { db in
      guard
        let builtin = try Bool.fetchOne(
          db, sql: "SELECT builtin FROM reply_template WHERE name = ?", arguments: [name])
      else { throw Self.noTemplate(name) }
      if builtin {
        throw RoundsError(
          .rule, "\(name) is a built-in safe reply and cannot be removed",
          fix: "change its text with `rounds templates edit \(name)`")
      }
      try db.execute(sql: "DELETE FROM reply_template WHERE name = ?", arguments: [name])
    }
  }

  static func noTemplate(_ name: String) -> RoundsError {
    RoundsError(.notFound, "there is no template named \(name)", fix: "see `rounds templates list`")
  }

  static func validate(_ template: ReplyTemplate) throws {
    guard ReplyTemplate.isValidName(template.name) else {
      throw RoundsError(
        .usage, "`\(template.name)` is not a valid template name",
        fix: "use 1 to 40 lower-case letters, digits, - or _")
    }
    guard !template.body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
      throw RoundsError(.usage, "the template \(template.name) has no text", fix: "give --body")
    }
    let unknown = TemplateText.unknownPlaceholders(in: template.body)
    guard unknown.isEmpty else {
      throw RoundsError(
        .usage,
        "the template \(template.name) uses unknown placeholders: "
          + unknown.map { "{\($0)}" }.joined(separator: ", "),
        fix: "use only " + TemplateText.placeholders.map { "{\($0)}" }.joined(separator: ", "))
    }
  }

  private static func template(_ row: Row) -> ReplyTemplate {
    ReplyTemplate(
      id: row["id"], name: row["name"], title: row["title"], body: row["body"],
      category: (row["category"] as String?).flatMap(Category.init(rawValue:)),
      isBuiltIn: row["builtin"], updatedAt: Timestamps.date(row["updated_at"]),
      updatedBy: row["updated_by"])
  }
}
