import Testing

@testable import Triage

/// Passive ideation, method questions, hopelessness that will not lift, burdensomeness,
/// goodbye letters, commanding voices and low moods said through crying: each phrase family
/// with positive and hard-negative examples, and negation that lowers a signal to a flag
/// without silencing it.
@Suite struct CrisisPassiveIdeationTests {
  /// The phrase the rule fires on, affirmed, in each text.
  private func fired(_ text: String) -> [String] {
    TriageEvidence(TokenizedText(text), lexicon: TriageLexicon()).items
      .filter { $0.isAffirmed && ($0.rule.signal == .crisis || $0.rule.signal == .distress) }
      .map(\.rule.id)
  }

  @Test(arguments: [
    "I don't deserve to live after what I did",
    "does hanging hurt? asking for real",
    "what is the least painful way to die",
    "I have enough pills to never wake up",
    "I just want to go to sleep and never wake up",
    "tonight is my last night alive",
    "I have no will to live anymore",
    "I hope I get hit by a car on the way home",
    "I feel like I shouldn't have been born",
  ])
  func passiveIdeationAndMethodsAreACrisis(text: String) {
    let result = classifier.classify(text)
    #expect(result.category == .crisis, "\(text): \(result.reasons.map(\.rule))")
    #expect(result.urgency == 3)
    #expect(result.reasons.contains { $0.rule == "crisis.suicidal" && !$0.isFlag })
  }

  @Test(arguments: [
    "I don't deserve to win this award, honestly",
    "does waxing hurt? asking for my sister",
    "what is the least painful way to remove a splinter",
    "we packed enough pills to last the whole trip",
    "I just want to go to sleep and wake up in Hawaii",
    "tonight is my last night in Paris",
    "I have no will to clean my room today",
    "I hope I get the job on the way up",
    "the letter shouldn't have been sent",
  ])
  func theSameWordsElsewhereAreNot(text: String) {
    let result = classifier.classify(text)
    #expect(result.category != .crisis, "\(text): \(result.reasons.map(\.rule))")
    #expect(!result.reasons.contains { $0.rule == "crisis.suicidal" })
  }

  @Test(arguments: [
    ("I should just end it, there's no reason for me to be here", "crisis.distress"),
    ("It's never going to get better", "crisis.distress"),
    ("it will never get better for me", "crisis.distress"),
    ("I feel like such a burden to everyone", "crisis.distress"),
    ("I've written a short letter to my parents", "crisis.distress"),
    ("the voice in my head says I should drive off the road", "crisis.distress"),
    ("please protect me from myself", "crisis.distress"),
    ("I'm a danger to myself right now", "crisis.distress"),
    ("I have made my peace with dying", "crisis.distress"),
    ("I should have died in that crash", "crisis.distress"),
    ("I daydream about what life would be without me", "crisis.distress"),
    ("I want to do my family a favor and disappear", "crisis.distress"),
    ("I just want to fade into the darkness", "crisis.distress"),
    ("I'm too much of a coward to do it", "crisis.distress"),
    ("I'm too scared to end it", "crisis.distress"),
    ("I just want my pain to end", "crisis.distress"),
    ("I hate life", "crisis.means_and_mood"),
    ("I don't want to feel anything anymore", "crisis.means_and_mood"),
    ("I just want out of this life", "crisis.distress"),
    ("I can't imagine a future for me", "crisis.distress"),
    ("I'm just waiting to die at this point", "crisis.distress"),
    ("It's been 4 months since I've cut", "crisis.history"),
    ("tears streaming down my face again", "crisis.means_and_mood"),
    ("I cried myself to sleep", "crisis.means_and_mood"),
    ("I can't stop crying", "crisis.means_and_mood"),
    ("I feel that emptiness in my heart", "crisis.means_and_mood"),
  ])
  func despairPhrasesAreFound(text: String, rule: String) {
    #expect(fired(text).contains(rule), "\(text): \(fired(text))")
  }

  @Test(arguments: [
    "my cough will get better with rest",
    "I wrote a letter to my landlord about the heating",
    "the voice actor says the sequel is coming",
    "my knee is getting better every week",
    "tears of joy at the wedding",
    "I made peace with my sister after years",
    "what would the office be like without a printer",
    "can you do me a favor and call",
    "the lights faded and the stage went dark",
    "I'm too scared to do it on stage",
    "my back pain ended after physio",
    "I want out of this marriage",
    "waiting for the bus to the end of the line",
  ])
  func ordinaryWordsAreNotDespair(text: String) {
    #expect(fired(text).isEmpty, "\(text): \(fired(text))")
    #expect(classifier.classify(text).category != .crisis)
  }

  /// Despair that adds up from the writer decides without the model: a commanding voice and
  /// tears, or hopelessness and a low mood.
  @Test(arguments: [
    "The voice says let go of the wheel. Tears stream down my face and I feel nothing.",
    "It's never going to get better and I cry myself to sleep every night.",
  ])
  func despairAndALowMoodAddUp(text: String) {
    let result = classifier.classify(text)
    #expect(result.category == .crisis, "\(text): \(result.reasons.map(\.rule))")
    #expect(result.reasons.contains { $0.rule == "crisis.distress" })
  }

  /// Negation lowers a suicidal phrase to a flag a person must read; it never drops it.
  @Test func aDeniedWishIsStillAFlag() {
    let denied = classifier.classify("I never said the least painful way to die was an option")
    #expect(denied.category != .crisis)
    #expect(denied.flagCount >= 1, "\(denied.reasons.map(\.rule))")
    #expect(denied.urgency >= 2)
    #expect(denied.reasons.contains { $0.rule == "context.negated" })
  }
}
