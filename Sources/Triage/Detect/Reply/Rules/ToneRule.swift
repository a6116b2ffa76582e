/// Hostile or unprofessional tone: insults, arguing with a reviewer, blaming. (Shouting in
/// capitals and runs of exclamation marks are found by `ReplyChecker` directly.)
enum ToneRule {
  static let rule = ReplyRule(
    id: "reply.tone", family: "tone", severity: .warn,
    message: "hostile or unprofessional tone", suggestion: .reviewResponse,
    phrases: TriageRule.lines(
      """
      liar
      lying
      lies
      stupid
      idiot
      idiots
      idiotic
      moron
      dumb
      ridiculous
      pathetic
      delusional
      hysterical
      shut up
      how dare you
      you people
      fake review
      troll
      get a life
      nonsense
      (clearly|obviously) you
      (thats|that is) (a lie|not true|not what happened|false)
      you never (showed|paid|came|listened)
      you (were|are) (rude|wrong|lying|mistaken|confused)
      you (didnt|did not|failed to) (pay|show|follow|listen|take)
      your (own|) fault
      blame yourself
      bad patient
      noncompliant
      non compliant
      """))
}
