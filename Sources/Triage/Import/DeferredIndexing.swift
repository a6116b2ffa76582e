/// What an import transaction put aside to index its new messages in one statement at its
/// end (`ImportWriter.deferIndexing`): the full-text insert trigger, created again from this
/// SQL before the transaction commits.
struct DeferredIndexing {
  /// The trigger that indexes each message inserted outside an import (migration v4).
  static let insertTrigger = "message_fts_insert"

  /// The trigger's SQL as the schema held it, or nil when the schema had none.
  let insertTriggerSQL: String?
}
