/// One reply-risk family: an id, its severity, what is wrong and how to fix it, and the
/// phrases that show it.
public struct ReplyRule: Sendable, Hashable {
  /// Stable id, e.g. `reply.relationship`.
  public var id: String
  /// The lexicon family the policy may extend (`relationship`, `tone`...).
  public var family: String
  public var severity: Severity
  public var message: String
  /// Which suggestion to make (see `ReplySuggestions`).
  public var suggestion: ReplySuggestions.Kind
  public var phrases: [String]
}
