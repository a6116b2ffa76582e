/// The checks every action passes before it changes anything, as pure functions of the
/// actor and the message's state, so the library (inside its transaction) and a front end
/// (to grey out what it cannot do) reach the same answer.
public enum WorkflowRules {
  /// Refuses an action the actor's role does not allow.
  public static func checkRole(_ action: WorkflowAction, by actor: Staff, messageID: Int64? = nil)
    throws
  {
    let rule = ActionTable.rule(for: action)
    guard rule.allows(actor.role) else {
      throw RoundsError(
        .permission,
        "\(actor.user) is \(article(actor.role)) \(actor.role.rawValue) and may not \(rule.phrase(messageID: messageID))",
        fix:
          "that takes \(article(rule.minimumRole)) \(rule.minimumRole.rawValue); a supervisor can change your role with `rounds staff add \(actor.user) --role \(rule.minimumRole.rawValue)`"
      )
    }
  }

  /// Refuses an action the message's state does not allow: the role, own posts, the status
  /// (naming the current one and the allowed ones) and the four-eyes rule.
  public static func check(_ action: WorkflowAction, by actor: Staff, on item: WorkItem) throws {
    let rule = ActionTable.rule(for: action)
    try checkRole(action, by: actor, messageID: item.id)
    if item.message.kind == .own, !rule.appliesToOwnPosts {
      throw RoundsError(
        .rule,
        "cannot \(rule.phrase(messageID: item.id)): it is one of the practice's own posts",
        fix: "own posts are imported for `rounds audit-replies`; only tags apply to them")
    }
    guard rule.applies(from: item.status) else {
      throw illegalTransition(rule, item: item)
    }
    if [.approve, .requestChanges, .reject].contains(action) {
      guard let draft = item.draft else {
        throw RoundsError(
          .rule, "message \(item.id) is in review but has no draft",
          fix: "save a draft with `rounds draft \(item.id)` and submit it again")
      }
      if draft.authors.contains(actor.user) {
        throw RoundsError(
          .rule,
          "\(actor.user) wrote part of the reply to message \(item.id) and cannot review it (four eyes)",
          fix: "another supervisor must review it")
      }
    }
  }

  /// Nil when the actor may take the action on the item now; else why not (for front ends).
  public static func refusal(_ action: WorkflowAction, by actor: Staff, on item: WorkItem)
    -> RoundsError?
  {
    do {
      try check(action, by: actor, on: item)
      return nil
    } catch let error as RoundsError {
      return error
    } catch {
      return RoundsError(.failure, "\(error)")
    }
  }

  /// The message actions the actor may take on the item now, in table order.
  public static func available(to actor: Staff, on item: WorkItem) -> [ActionRule] {
    ActionTable.rules.filter { rule in
      rule.from != nil && refusal(rule.action, by: actor, on: item) == nil
    }
  }

  static func illegalTransition(_ rule: ActionRule, item: WorkItem) -> RoundsError {
    let allowed = Status.allCases.filter { rule.from?.contains($0) ?? false }.map(\.rawValue)
    let next = ActionTable.actions(from: item.status).map(\.command)
    let nextText = next.isEmpty ? "nothing" : next.joined(separator: ", ")
    return RoundsError(
      .rule,
      "cannot \(rule.phrase(messageID: item.id)): its status is \(item.status.rawValue), and that needs \(allowed.joined(separator: " or "))",
      fix: "from \(item.status.rawValue) the allowed actions are: \(nextText)")
  }

  static func article(_ role: Role) -> String {
    role == .assistant ? "an" : "a"
  }
}
