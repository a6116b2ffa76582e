import GRDB

/// The versioned schema. Each subsystem owns one migration, applied in this order; a released
/// migration is never edited, only followed by a new one.
public enum Schema {
  /// Migration identifiers and bodies, oldest first.
  static let migrations: [(name: String, body: @Sendable (Database) throws -> Void)] = [
    ("v1-core", CoreSchema.create),
    ("v2-analysis", AnalysisSchema.create),
    ("v3-workflow", WorkflowSchema.create),
    ("v4-import", ImportSchema.create),
    ("v5-templates", TemplateSchema.create),
    ("v6-inbox-views", InboxViewsSchema.create),
    ("v7-composer-autosave", ComposerSchema.create),
    ("v8-import-speed", ImportSpeedSchema.create),
    ("v9-status-conditions", StatusConditionSchema.create),
    ("v10-newest-first", NewestFirstSchema.create),
    ("v11-selective-keys", SelectiveKeySchema.create),
    ("v12-author-by-search", AuthorSearchSchema.create),
  ]

  public static var migrationNames: [String] { migrations.map(\.name) }

  static var migrator: DatabaseMigrator {
    migrator(upTo: migrations.count)
  }

  /// A migrator holding the first `count` migrations (tests replay older schemas with it).
  static func migrator(upTo count: Int) -> DatabaseMigrator {
    var migrator = DatabaseMigrator()
    for (name, body) in migrations.prefix(count) {
      migrator.registerMigration(name, migrate: body)
    }
    return migrator
  }

  /// The unicode61 tokenizer folds accents; `So`/`Sk` make emoji (and skin-tone modifiers)
  /// searchable tokens instead of separators.
  static let ftsTokenizer = "unicode61 remove_diacritics 2 categories 'L* N* Co So Sk'"
}
