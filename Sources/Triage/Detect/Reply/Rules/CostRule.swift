/// Cost, billing and insurance details: not for a public reply (HHS cited insurance details
/// in the Elite Dental and New Vision Dental settlements). Dollar amounts are found by
/// `ReplyChecker` directly.
enum CostRule {
  static let rule = ReplyRule(
    id: "reply.cost", family: "cost", severity: .warn,
    message: "discusses cost, billing or insurance", suggestion: .redirect,
    phrases: TriageRule.lines(
      """
      <num> dollars
      copay
      co pay
      deductible
      out of pocket
      price
      prices
      cost
      costs
      fee
      fees
      insurance
      insurer
      medicare
      medicaid
      (covered|paid) by
      coverage
      billing
      bill
      billed
      invoice
      balance
      payment
      charged
      aetna|cigna|humana|tricare|kaiser|bcbs
      blue cross
      united healthcare
      """))
}
