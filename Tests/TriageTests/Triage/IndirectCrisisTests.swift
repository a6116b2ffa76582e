import Testing

@testable import Triage

/// Suicidal thinking said indirectly, plans and means, goodbyes, burdensomeness,
/// hopelessness and self-harm: each family with positive and hard-negative examples.
@Suite struct IndirectCrisisTests {
  @Test(arguments: [
    // Indirect ideation.
    "Why should I go on living in this world?",
    "I don't want to be here anymore",
    "honestly everyone would be better off without me",
    "they'd be happier if I was gone, my family would be better off",
    "I hope I don't wake up tomorrow",
    "I find peace in the thought of not existing anymore",
    "I'm ready to end things tonight",
    "I just want the pain to stop forever",
    "I will be dead soon anyway",
    // Plans and means.
    "I wanna use the rope or belt way but I'm worried I'll fail",
    "what is the most painless way to die",
    "how many pills would it take, I've been stockpiling my meds",
    "I keep thinking about putting a bag over my head",
    "I have the urge to slash my wrists",
    // Goodbyes.
    "This is my last post. I wrote my suicide note and I'm giving away my things",
    "I'm leaving this world for good tonight",
  ])
  func indirectIdeationIsACrisis(text: String) {
    let result = classifier.classify(text)
    #expect(result.category == .crisis, "\(text): \(result.reasons.map(\.rule))")
    #expect(result.urgency == 3)
    #expect(result.reasons.contains { $0.rule == "crisis.suicidal" && !$0.isFlag })
  }

  @Test(arguments: [
    "I relapsed into self harm last night after 40 days clean",
    "I keep hitting myself when I get angry at myself",
    "I banged my head against the wall until it bled",
    "I put the razor to my wrist again",
  ])
  func selfHarmIsACrisis(text: String) {
    let result = classifier.classify(text)
    #expect(result.category == .crisis, "\(text): \(result.reasons.map(\.rule))")
    #expect(result.reasons.contains { $0.rule == "crisis.self_harm" })
  }

  /// Despair is distress: with the model's agreement a crisis, always explained by the phrase.
  @Test(arguments: [
    "I'm at the end of my rope. I feel so hopeless and I can't see a way out. Nobody would notice if I was gone, I'm just a burden to my family.",
    "I'm so tired of fighting. I feel worthless and trapped and nobody cares about me. I've had enough.",
  ])
  func despairAddsUp(text: String) {
    let result = classifier.classify(text)
    #expect(result.category == .crisis, "\(result.reasons.map(\.rule))")
    #expect(result.reasons.contains { $0.rule == "crisis.distress" })
  }

  @Test(arguments: [
    "I don't want to be late for my appointment tomorrow",
    "This plant will be dead soon if I forget to water it again",
    "Is there a painless way to remove a splinter?",
    "How many pills are in a bottle of ibuprofen?",
    "I cut myself shaving, how do I stop the bleeding?",
    "I've had enough of this weather lol",
    "I'm so tired of everything being so expensive",
    "My phone is a waste of space",
    "The voice assistant tells me the weather every morning",
    "Which rope is best for climbing?",
  ])
  func hardNegatives(text: String) {
    let result = classifier.classify(text)
    #expect(result.category != .crisis, "\(text): \(result.reasons.map(\.rule))")
  }

  /// Negation never silences a crisis phrase: a denied plan is a flag a person must read.
  @Test(arguments: [
    "I would never write a suicide note, don't worry",
    "I'm not stockpiling my pills anymore",
  ])
  func negatedPlansAreFlags(text: String) {
    let result = classifier.classify(text)
    #expect(result.category != .crisis, "\(text)")
    #expect(result.flagCount >= 1, "\(result.reasons.map(\.rule))")
    #expect(result.urgency >= 2)
    #expect(result.reasons.contains { $0.rule == "context.negated" })
  }

  /// The model alone never calls a one-line remark or a clearly medical question a crisis.
  @Test(arguments: [
    "This is just a Subaru and Chrysler advertisement.",
    "I HATE THIS I HATE THIS OMG I FEEL SO AWKWARD",
    "Why does it hurt when I don't finish my meal, and I want to know what I can eat? I have bloating and my stomach hurts every time I eat oily food and I don't know why",
  ])
  func theModelAloneNeedsAWriterTalkingAboutThemselves(text: String) {
    let result = classifier.classify(text)
    #expect(result.category != .crisis, "\(text): \(result.reasons.map(\.rule))")
  }
}
