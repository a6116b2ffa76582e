import Testing

@testable import Triage

/// Plans said as decisions, despair that adds up without the model, someone particular the
/// writer fears for, and pleas for support: positive and hard-negative examples.
@Suite struct CrisisPlanAndDespairTests {
  @Test(arguments: [
    "I've been planning my suicide for weeks now",
    "I already decided how to end it and where",
    "I picked a date to end it, it's next Friday",
  ])
  func plansAreACrisis(text: String) {
    let result = classifier.classify(text)
    #expect(result.category == .crisis, "\(text): \(result.reasons.map(\.rule))")
    #expect(result.reasons.contains { $0.rule == "crisis.suicidal" && !$0.isFlag })
  }

  @Test(arguments: [
    "I'm planning my wedding for next June",
    "We picked a date for the party, it's next Friday",
    "I decided how to do the project and where to start",
    "We decided when to do it: the party is on Friday",
  ])
  func plansForOtherThingsAreNot(text: String) {
    let result = classifier.classify(text)
    #expect(result.category != .crisis, "\(text): \(result.reasons.map(\.rule))")
    #expect(result.flagCount == 0)
  }

  /// A denied plan is still a flag a person reads.
  @Test func aDeniedPlanIsAFlag() {
    let result = classifier.classify("I'm not planning my suicide, I just feel low")
    #expect(result.category != .crisis)
    #expect(result.flagCount >= 1, "\(result.reasons.map(\.rule))")
    #expect(result.reasons.contains { $0.rule == "context.negated" })
    #expect(result.urgency >= 2)
  }

  /// "someone I love" is one person the writer fears for, not people in general.
  @Test(arguments: [
    "how do you deal with knowing that someone you love is going to commit suicide?",
    "Someone I know is going to commit suicide tonight, what do I do",
  ])
  func someoneParticularIsACrisis(text: String) {
    let result = classifier.classify(text)
    #expect(result.category == .crisis, "\(text): \(result.reasons.map(\.rule))")
    #expect(result.reasons.contains { $0.rule == "crisis.suicidal" && !$0.isFlag })
  }

  /// People in general stay general: a flag, not a crisis.
  @Test func someoneInGeneralIsAFlag() {
    let result = classifier.classify("Why would someone commit suicide?")
    #expect(result.category != .crisis)
    #expect(result.flagCount >= 1, "\(result.reasons.map(\.rule))")
  }

  @Test func theSubjectOfSomeoneILoveIsClose() {
    let text = TokenizedText("someone you love is going to commit suicide")
    let phrase = text.tokens.count - 1
    #expect(PhraseContext.of(phrase, phrase, in: text).subject == .close)
    let general = TokenizedText("someone is going to commit suicide")
    let last = general.tokens.count - 1
    #expect(PhraseContext.of(last, last, in: general).subject == .general)
  }

  /// Three points of distress from a writer about themselves decide without the model.
  @Test(arguments: [
    "I'm at the end of my rope and I feel so alone",
    "I'm really at the end of my rope and I'm feeling down on myself again",
    "I'm so lonely and miserable, I just can't do this anymore",
    "I don't think I'm going to make it through the night. I feel so alone",
    "Help? I'm really struggling, would really appreciate support. Thank you",
    "Nobody would come looking for me if I died. I feel so empty",
    "I can't take this any longer and I feel so alone",
    "I'm having dark thoughts again and I feel so numb",
    "honestly I don't see the point anymore. nobody would even notice if I was gone",
  ])
  func despairFromTheWriterAddsUp(text: String) {
    let result = classifier.classify(text)
    #expect(result.category == .crisis, "\(text): \(result.reasons.map(\.rule))")
    #expect(result.reasons.contains { $0.rule == "crisis.distress" })
  }

  /// One despairing phrase, or a plea on its own, is not enough.
  @Test(arguments: [
    "I can't take this heat any longer, when does the AC get fixed?",
    "I don't see the point of the new parking rules anymore",
    "I would really appreciate some support with my insurance claim",
    "Nobody would even notice the new paint on the fence, honestly",
    "My grandmother is lonely since grandpa died, can she get a home visit?",
    "I don't think I'll make it to the party tonight",
  ])
  func despairHardNegatives(text: String) {
    let result = classifier.classify(text)
    #expect(result.category != .crisis, "\(text): \(result.reasons.map(\.rule))")
  }
}

/// Plain ways of saying it: slang for suicide, no future seen, goodbyes, giving up.
@Suite struct CrisisPlainWordsTests {
  @Test(arguments: [
    ("I just want to end myself", "crisis.suicidal"),
    ("thinking about sewerslide again", "crisis.suicidal"),
    ("I can't see myself living past 25", "crisis.suicidal"),
    ("I hate being alive", "crisis.suicidal"),
    ("I harmed myself again last night", "crisis.self_harm"),
  ])
  func plainWordsAreACrisis(text: String, rule: String) {
    let result = classifier.classify(text)
    #expect(result.category == .crisis, "\(text): \(result.reasons.map(\.rule))")
    #expect(result.reasons.contains { $0.rule == rule && !$0.isFlag })
  }

  /// Despair phrases: two of them, or one with a low mood, from the writer.
  @Test(arguments: [
    "I can't do it anymore. This is goodbye",
    "I won't be here next year. Nothing matters anymore",
    "I've given up on myself and I feel so empty",
    "I'd rather die than wake up to this again, I'm so lonely",
    "It feels like the only way out. I wish I could disappear",
  ])
  func despairPhrasesAddUp(text: String) {
    let result = classifier.classify(text)
    #expect(result.category == .crisis, "\(text): \(result.reasons.map(\.rule))")
    #expect(result.reasons.contains { $0.rule == "crisis.distress" })
  }

  @Test(arguments: [
    "I can't see myself living in this city past next year",
    "I hate being alone at the gym, any tips?",
    "Is there a permanent solution for ingrown toenails?",
    "This is goodbye to the old clinic building, moving day!",
    "Who won't be here next week for the flu shot clinic?",
    "I never gave up on myself during physical therapy",
  ])
  func hardNegatives(text: String) {
    let result = classifier.classify(text)
    #expect(result.category != .crisis, "\(text): \(result.reasons.map(\.rule))")
  }

  /// Denied, the new phrases still leave a flag.
  @Test func aDeniedWishIsAFlag() {
    let result = classifier.classify("I don't hate being alive, I'm just tired")
    #expect(result.category != .crisis)
    #expect(result.flagCount >= 1, "\(result.reasons.map(\.rule))")
    #expect(result.urgency >= 2)
  }
}
