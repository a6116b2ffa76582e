/// Diagnosing in public ("you have", "sounds like you have"): a cue followed, within five
/// words, by a condition or symptom. "If you have chest pain, call 911" is not a diagnosis.
enum DiagnosisRule {
  static let rule = ReplyRule(
    id: "reply.diagnosis", family: "diagnosis", severity: .block,
    message: "diagnoses in public", suggestion: .redirect,
    phrases: TriageRule.lines(
      """
      you (have|probably have|likely have|may have|might have|could have|definitely have)
      youve got
      you got
      (sounds|looks|seems) like (you have|youve got|you|it is|its|a|an)
      (this|that|it) (is|sounds|looks) (likely|probably|definitely|clearly) (a|an|)
      (its|thats) (likely|probably|definitely|clearly) (a|an|)
      (you are|youre) (suffering from|diabetic|pregnant|depressed|anemic|hypertensive)
      you suffer from
      classic (sign|signs|symptom|symptoms|case) of
      consistent with
      my diagnosis
      i (diagnose|would diagnose)
      """))

  /// Health words that make a cue a diagnosis: conditions, symptoms, medications.
  static let healthRules: Set<String> = ["health.condition", "health.symptom"]
}
