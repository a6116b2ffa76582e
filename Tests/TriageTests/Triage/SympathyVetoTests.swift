import Testing

@testable import Triage

/// Sympathy, grief for someone else, affection and stories about another person: the learned
/// model alone does not make them a crisis, while the writer's own distress still does.
@Suite struct SympathyVetoTests {
  @Test(arguments: [
    // Sympathy with another person's loss.
    "I'm so sorry for your loss. I lost my dad two years ago and I still feel it every day, I cry when I think about him and I feel so much for you. Hang in there.",
    // Grief for someone who died.
    "I lost my husband last spring. He passed away in his sleep and I still talk to him at night. I miss him so much, but I keep his letters and I read them when I feel like it.",
    // Affection and gratitude.
    "Honestly he is my better half. He makes me a better person every day and I'm so lucky to have him as my husband and my best friend, I don't know what I did to deserve him.",
    // Moved by someone else's story.
    "I teared up reading this at my desk and I'm trying so hard not to cry in front of everyone. I feel so much for you, I can't even imagine how you feel.",
    // A story mostly about someone else.
    "she always made soup for me when I was sick and I never told her how much it meant to me. I told her I was fine but she knew. she still hums when she cooks and I sit with her.",
  ])
  func textAboutSomeoneElseIsNotACrisis(text: String) {
    let result = classifier.classify(text)
    #expect(result.category != .crisis, "\(text): \(result.reasons.map(\.rule))")
    #expect(!result.reasons.contains { $0.rule == "model.crisis" })
    // The model alone would have called it a crisis: the veto decided.
    #expect(result.crisisProbability >= TriageThresholds().crisisAlone, "\(text)")
  }

  @Test(arguments: [
    "I lost my wife last year and I want to kill myself, I can't do this anymore",
    "Sorry for your loss. I'm done, I don't want to live anymore and nobody would care",
    "He makes me a better person but I hate myself and I feel so hopeless and worthless every single day, I can't take it anymore",
  ])
  func theWritersOwnDistressStillCounts(text: String) {
    let result = classifier.classify(text)
    #expect(result.category == .crisis, "\(text): \(result.reasons.map(\.rule))")
    #expect(result.urgency == 3)
  }

  @Test func sympathyPhrasesAreFoundButNeverDecide() {
    let found = rules("So sorry to hear that. Sending you love and hugs, rest in peace to your mom")
    #expect(!found.contains { $0.hasPrefix("sympathy.") }, "sympathy is not a reason: \(found)")
    let evidence = TriageEvidence(
      TokenizedText("I lost my mother and she passed away in May. Hang in there."),
      lexicon: TriageLexicon())
    #expect(
      Set(evidence.of(.sympathy).map(\.rule.id))
        == ["sympathy.bereavement", "sympathy.condolence"])
  }

  /// Thanks for someone's words, keepsakes of someone who died, going through their things.
  @Test(arguments: [
    ("thank you for your insight, I really appreciate it", "sympathy.affection"),
    ("I kept all the little notes she made for me", "sympathy.bereavement"),
    ("we went through her things last weekend", "sympathy.bereavement"),
  ])
  func gratitudeAndKeepsakesAreSympathy(text: String, rule: String) {
    let evidence = TriageEvidence(TokenizedText(text), lexicon: TriageLexicon())
    #expect(evidence.of(.sympathy).map(\.rule.id).contains(rule), "\(text)")
  }

  @Test(arguments: [
    "thank you, that's all", "I made notes for my exam", "going through my things to pack",
  ])
  func plainThanksAndOwnThingsAreNot(text: String) {
    let evidence = TriageEvidence(TokenizedText(text), lexicon: TriageLexicon())
    #expect(evidence.of(.sympathy).isEmpty, "\(text)")
  }

  /// Laughter, a smiley or a smiling emoji: light-hearted, unless the writer says distress.
  @Test(arguments: [
    "I've played it actually :-) and I cried at the end", "that was me lol",
    "I'm fine :D", "so happy for you 😊", "ok ;)",
  ])
  func lightToneIsFound(text: String) {
    #expect(TriageEvidence(TokenizedText(text), lexicon: TriageLexicon()).hasLightTone, "\(text)")
  }

  @Test(arguments: [
    "Note: call me at 10:30", "see (this) and that", "Re: the D train", "I feel :(",
  ])
  func lightToneHardNegatives(text: String) {
    #expect(!TriageEvidence(TokenizedText(text), lexicon: TriageLexicon()).hasLightTone, "\(text)")
  }

  @Test func aSmileyDoesNotSilenceTheWritersOwnCrisis() {
    let result = classifier.classify("I want to kill myself :) nobody would care")
    #expect(result.category == .crisis, "\(result.reasons.map(\.rule))")
  }

  @Test func sympathyIsNotAModelFeature() {
    #expect(!ModelFeatures.isModelled(.sympathy))
  }
}
