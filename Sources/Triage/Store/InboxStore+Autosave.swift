import Foundation
import GRDB

/// The composer's working copy of a reply (see `ComposerSchema`).
public struct ComposerAutosave: Sendable, Hashable {
  public var user: String
  public var messageID: Int64
  public var text: String
  /// Grapheme offset of the cursor.
  public var cursor: Int
  /// The message version the composer opened on.
  public var baseVersion: Int64
  /// The draft revision the text started from; nil for a new reply.
  public var baseRevision: Int?
  public var savedAt: Date

  public init(
    user: String, messageID: Int64, text: String, cursor: Int, baseVersion: Int64,
    baseRevision: Int?, savedAt: Date
  ) {
    self.user = user
    self.messageID = messageID
    self.text = text
    self.cursor = cursor
    self.baseVersion = baseVersion
    self.baseRevision = baseRevision
    self.savedAt = savedAt
  }
}

extension InboxStore {
  /// Replaces the person's working copy for the message.
  public func saveAutosave(_ autosave: ComposerAutosave) throws {
    try pool.write { db in
      try db.cachedStatement(
        sql: """
          INSERT INTO composer_autosave
            (user, message_id, text, cursor, base_version, base_revision, saved_at)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT (user, message_id) DO UPDATE SET text = excluded.text,
            cursor = excluded.cursor, base_version = excluded.base_version,
            base_revision = excluded.base_revision, saved_at = excluded.saved_at
          """
      ).execute(arguments: [
        autosave.user, autosave.messageID, autosave.text, autosave.cursor, autosave.baseVersion,
        autosave.baseRevision, Timestamps.milliseconds(autosave.savedAt),
      ])
    }
  }

  /// The person's working copy for the message, if there is one.
  public func autosave(user: String, messageID: Int64) throws -> ComposerAutosave? {
    try pool.read { db in
      try Row.fetchOne(
        db,
        sql: """
          SELECT text, cursor, base_version, base_revision, saved_at FROM composer_autosave
          WHERE user = ? AND message_id = ?
          """, arguments: [user, messageID]
      ).map { row in
        ComposerAutosave(
          user: user, messageID: messageID, text: row[0], cursor: row[1], baseVersion: row[2],
          baseRevision: row[3], savedAt: Timestamps.date(row[4]))
      }
    }
  }

  /// The messages the person has unsaved working copies for, most recent first.
  public func autosavedMessages(user: String) throws -> [Int64] {
    try pool.read { db in
      try Int64.fetchAll(
        db,
        sql: "SELECT message_id FROM composer_autosave WHERE user = ? ORDER BY saved_at DESC",
        arguments: [user])
    }
  }

  /// Drops the working copy once it is saved as a revision (or given up).
  public func deleteAutosave(user: String, messageID: Int64) throws {
    try pool.write { db in
      try db.cachedStatement(
        sql: "DELETE FROM composer_autosave WHERE user = ? AND message_id = ?"
      ).execute(arguments: [user, messageID])
    }
  }
}
