/// Promising outcomes ("will cure", "guaranteed", "100%"): medicine guarantees nothing.
enum GuaranteeRule {
  static let rule = ReplyRule(
    id: "reply.guarantee", family: "guarantee", severity: .warn,
    message: "promises an outcome", suggestion: .soften,
    phrases: TriageRule.lines(
      """
      will cure
      cure you
      cures
      guaranteed
      guarantee
      guarantees
      100 percent
      no side effects
      (completely|totally|perfectly|absolutely) safe
      risk free
      never fails
      works every time
      always works
      miracle
      permanent cure
      instant relief
      will (definitely|certainly) (work|help|fix|heal)
      """))
}
