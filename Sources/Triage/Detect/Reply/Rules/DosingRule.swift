/// Prescribing or dosing in public ("take 200 mg", "stop your", "double your dose"). A
/// negated instruction ("do not stop your medication without...") is safe advice.
enum DosingRule {
  static let rule = ReplyRule(
    id: "reply.dosing", family: "dosing", severity: .block,
    message: "prescribes or doses in public", suggestion: .redirect,
    phrases: TriageRule.lines(
      """
      take <num> (mg|milligrams|mcg|ml|units|tablets|tablet|pills|pill|capsules|capsule|puffs|drops|teaspoons)
      <num> (mg|milligrams|mcg|ml|units)
      (take|use) (one|two|three|four|half a|a) (tablet|tablets|pill|pills|capsule|capsules|puff|puffs|dose|teaspoon)
      (double|increase|decrease|reduce|halve|cut|up|lower|raise|skip|stop|adjust) (your|the) (dose|dosage|medication|medications|meds|insulin|pills|prescription)
      stop (taking|using) (your|the|it|this|that)
      stop your
      (start|try) taking
      switch to
      every <num> hours
      (once|twice|three times) a day
      you (should|can|could) take
      """))
}
