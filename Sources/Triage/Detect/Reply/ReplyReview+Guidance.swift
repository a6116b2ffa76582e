/// Answering an emergency without 911, or a crisis without 988 (rule 5 of the domain notes).
/// A crisis signal the classifier only flagged (negated, past, joked) asks for 988 as a
/// warning; an affirmed one blocks.
extension ReplyReview {
  static let emergencyWords = ContextCues.set("911 er ambulance")
  static let emergencyPhrases = [
    ["emergency", "room"], ["emergency", "department"], ["emergency", "services"],
  ].map { $0.map(TextHash.word) }
  static let crisisWords = ContextCues.set("988")
  static let crisisPhrases = [["crisis", "lifeline"], ["crisis", "line"]].map {
    $0.map(TextHash.word)
  }

  mutating func checkGuidance() {
    guard let triage else { return }
    let end = text.scalars.count
    let crisis = triage.category == .crisis || triage.hasCrisisSignal
    let flaggedCrisis = triage.reasons.contains { $0.isFlag && $0.signal == .crisis }
    if (crisis || flaggedCrisis) && !mentions(Self.crisisWords, Self.crisisPhrases)
      && !reply.lowercased().contains("988lifeline")
    {
      add(
        "reply.missing_988", "missing_guidance", crisis ? .block : .warn, start: end, end: end,
        crisis
          ? "answers a crisis message without the 988 Suicide & Crisis Lifeline"
          : "the message has a flagged crisis signal and the reply does not mention 988",
        .crisis)
    }
    let emergency = triage.category == .emergency || triage.hasEmergencySignal
    if emergency && !mentions(Self.emergencyWords, Self.emergencyPhrases) {
      add(
        "reply.missing_911", "missing_guidance", .block, start: end, end: end,
        "answers an emergency without telling the person to call 911", .emergency)
    }
  }

  func mentions(_ words: WordTable, _ phrases: [[UInt64]]) -> Bool {
    if text.tokens.contains(where: { words.contains($0.hash) }) { return true }
    return phrases.contains { !occurrences(of: $0).isEmpty }
  }
}
