import GRDB

/// v12: no index of messages by author. The reader finds an author's earlier messages
/// through the full-text index, which holds every message's handle already
/// (`InboxStore.context`).
///
/// Authors come in no order, so each new message went into the author index at a random
/// place: a B-tree descent, and a page made dirty, that the next message's insert did not
/// share. Every other index a new question enters takes it next to the one before. With
/// 200,000 tweets it was the dearest part of an import: with it dropped, the writer spent
/// 7-10 instead of 10-14 µs a question. The index served one query, and only when a message
/// is opened.
enum AuthorSearchSchema {
  @Sendable static func create(_ db: Database) throws {
    try db.execute(sql: "DROP INDEX message_by_author")
  }
}
