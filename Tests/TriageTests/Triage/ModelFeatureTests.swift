import Testing

@testable import Triage

@Suite struct ModelFeatureTests {
  private func names(_ text: String, evidence: Bool = false) -> [String] {
    let tokens = TokenizedText(text)
    let found = evidence ? TriageEvidence(tokens, lexicon: TriageLexicon()) : nil
    return ModelFeatures.extract(tokens, evidence: found).map {
      ModelFeatures.name(of: $0, in: tokens)
    }
  }

  @Test func aLinkSaysWhereItLeads() {
    let features = names("see https://www.facebook.com/pages/Shop-Now?ref=abc")
    #expect(features.contains("u:facebook"))
    #expect(features.contains("u:pages"))
    #expect(features.contains("u:ref"))
    #expect(!features.contains("u:www"))
    #expect(!features.contains("u:com"))
    // A shortened link's host says nothing; its code is noise that training drops.
    #expect(!names("http://t.co/AbC").contains { $0 == "u:t" || $0 == "u:co" })
  }

  @Test func matchedRulesAreFeaturesAndFlagsAreApart() {
    #expect(names("I want to kill myself", evidence: true).contains("r:crisis.suicidal"))
    let denied = names("I don't want to kill myself", evidence: true)
    #expect(denied.contains("r:crisis.suicidal~flag"))
    #expect(!denied.contains("r:crisis.suicidal"))
    // Without evidence (as the old model was trained) there are no rule features.
    #expect(!names("I want to kill myself").contains { $0.hasPrefix("r:") })
  }

  @Test func wordClassesAreCountedInBuckets() {
    let features = names(
      "I always feel hopeless and alone and I never sleep, nothing helps me, I am so tired of my life and myself"
    )
    #expect(features.contains("x:<despair:2>"))
    #expect(features.contains("x:<absolute:2>"))
    #expect(features.contains("x:<self:4>"))
    #expect(features.contains("x:<self:share>"))
  }

  @Test func everyFeatureNameHashesBack() {
    let text = TokenizedText(
      "I feel hopeless, check out https://www.ebay.com/itm/123?ref=x and subscribe 😀")
    let evidence = TriageEvidence(text, lexicon: TriageLexicon())
    for feature in ModelFeatures.extract(text, evidence: evidence) {
      let name = ModelFeatures.name(of: feature, in: text)
      #expect(ModelFeatures.hash(ofName: name) == feature.hash, "\(name)")
    }
  }

  /// Each class gets half the weight and each source an equal share of its class, so 4
  /// negatives from one source weigh as much as 1 from another.
  @Test func sourcesShareAClassEqually() {
    let examples =
      [ModelTrainer.Example(text: "a", labels: [true], source: "youtube")]
      + (0..<4).map { _ in ModelTrainer.Example(text: "b", labels: [false], source: "tweets") }
      + [ModelTrainer.Example(text: "c", labels: [false], source: "youtube")]
      + [ModelTrainer.Example(text: "d", labels: [nil], source: "reddit")]
    let weights = ModelTrainer.stratifiedWeights(examples, [0, 1, 2, 3, 4, 5], 0)
    #expect(weights[0] == 3)  // 6 labelled / 2 classes / 1 source / 1 text
    #expect(weights[1] == 0.375)  // 3 / 2 sources / 4 texts
    #expect(weights[5] == 1.5)  // 3 / 2 sources / 1 text
    #expect(weights[6] == 0)
    #expect(abs(weights.reduce(0, +) - 6) < 0.001)
  }

  /// The content probability leaves out the bare fact of a link, nothing else.
  @Test func contentProbabilityIgnoresOnlyTheLinkShape() {
    let model = LinearTextModel.builtIn
    let plain = TokenizedText("I posted a new photo")
    let linked = TokenizedText("I posted a new photo http://t.co/abc")
    let plainScore = model.score(plain, features: ModelFeatures.extract(plain))[0]
    let linkedScore = model.score(linked, features: ModelFeatures.extract(linked))[0]
    #expect(plainScore.contentProbability == plainScore.probability)
    #expect(abs(linkedScore.contentProbability - plainScore.probability) < 0.001)
    #expect(linkedScore.probability != linkedScore.contentProbability)
  }

  @Test func everyThresholdNameCanBeSet() {
    var thresholds = TriageThresholds()
    for name in TriageThresholds.names {
      let known = thresholds.set(name, 0.5)
      #expect(known, "\(name)")
    }
    let unknown = thresholds.set("no_such_threshold", 0.5)
    #expect(!unknown)
    #expect(thresholds.spamWordsWithLink == 0.5 && thresholds.medicalOverCrisis == 0.5)
  }
}
