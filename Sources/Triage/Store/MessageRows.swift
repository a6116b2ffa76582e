import Foundation
import GRDB

/// Reading and writing `Message` values as rows of the `message` table.
enum MessageRows {
  /// The columns every message query selects, in the order `decode` reads them (20 columns).
  static let columns = """
    message.id, message.platform, message.kind, message.external_id, message.thread_id,
    message.parent_id, message.author_handle, message.author_name, message.text,
    message.created_at, message.permalink, message.visibility, message.source_status,
    message.status, message.category, message.urgency, message.phi_count, message.flag_count,
    message.version, message.assignee
    """

  static let columnCount = 20

  static func decode(_ row: Row) -> Message {
    Message(
      id: row[0],
      platform: Platform(rawValue: row[1]),
      kind: MessageKind(rawValue: row[2]) ?? .inbound,
      externalID: row[3],
      threadID: row[4],
      parentID: row[5],
      authorHandle: row[6],
      authorName: row[7],
      text: row[8],
      createdAt: Timestamps.date(row[9]),
      permalink: row[10],
      visibility: Visibility(rawValue: row[11]) ?? .public,
      sourceStatus: row[12],
      status: Status(rawValue: row[13]) ?? .new,
      category: (row[14] as String?).flatMap(Category.init(rawValue:)),
      urgency: row[15],
      phiCount: row[16],
      flagCount: row[17],
      version: row[18],
      assignee: row[19])
  }

  static let insertSQL = """
    INSERT INTO message (
      platform, kind, external_id, thread_id, parent_id, author_handle, author_name, text,
      created_at, permalink, visibility, source_status, status, category, urgency,
      phi_count, flag_count, imported_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (platform, external_id) DO NOTHING
    """

  static func insertArguments(_ message: Message, now: Int64) -> StatementArguments {
    [
      message.platform.rawValue, message.kind.rawValue, message.externalID, message.threadID,
      message.parentID, message.authorHandle, message.authorName, message.text,
      Timestamps.milliseconds(message.createdAt), message.permalink,
      message.visibility.rawValue, message.sourceStatus, message.status.rawValue,
      message.category?.rawValue, message.urgency, message.phiCount, message.flagCount, now, now,
    ]
  }
}
