import Testing

@testable import Triage

@Suite struct CrisisRuleTests {
  @Test(arguments: [
    ("I want to kill myself", "crisis.suicidal"),
    ("i dont want to live anymore", "crisis.suicidal"),
    ("I’ve been cutting myself again", "crisis.self_harm"),
    ("I want to kill my boss, I have a gun", "crisis.others"),
    ("my friend said she wants to kill herself tonight", "crisis.others_third"),
    ("What if I just took all my pills and ended it", "crisis.suicidal"),
  ])
  func crises(text: String, rule: String) {
    let result = classifier.classify(text)
    #expect(result.category == .crisis, "\(text)")
    #expect(result.urgency == 3)
    #expect(result.reasons.contains { $0.rule == rule }, "\(result.reasons.map(\.rule))")
  }

  /// Negation, jokes, quotes and the past never silence a crisis phrase: it becomes a flag.
  @Test(arguments: [
    ("I don't want to kill myself", "context.negated"),
    ("this exam is going to make me kill myself lol", "context.joke"),
    ("He said \"I want to die\" in the song", "context.quoted"),
    ("I attempted suicide years ago and I am doing better now", "context.past"),
  ])
  func modifiedCrisisBecomesAFlag(text: String, cue: String) {
    let result = classifier.classify(text)
    #expect(result.category != .crisis, "\(text)")
    #expect(result.flagCount >= 1)
    #expect(result.urgency >= 2)
    #expect(result.reasons.contains { $0.rule == cue }, "\(result.reasons.map(\.rule))")
  }

  @Test(arguments: [
    "The Suicide Squad movie was great",
    "this homework is killing me",
    "We killed it at the game tonight",
    "I'm dying to see the new movie",
    "Is depression a side effect of isotretinoin?",
  ])
  func hardNegatives(text: String) {
    let result = classifier.classify(text)
    #expect(result.category != .crisis, "\(text)")
    #expect(result.flagCount == 0, "\(result.reasons.map(\.rule))")
  }

  @Test func despairWithTheModelsAgreementIsACrisis() {
    let result = classifier.classify(
      "I can't take this anymore. Nobody would care if I was gone. I've written letters to my family and I have the pills ready."
    )
    #expect(result.category == .crisis)
  }
}
