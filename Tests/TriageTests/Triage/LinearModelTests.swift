import Testing

@testable import Triage

@Suite struct LinearModelTests {
  @Test func theBuiltInModelLoads() {
    let model = LinearTextModel.builtIn
    #expect(model.outputs == ["spam", "medical", "crisis"])
    #expect(model.featureCount > 1000)
  }

  @Test func trainingSeparatesAToyProblemAndRoundTrips() throws {
    let examples = (0..<40).flatMap { index in
      [
        ModelTrainer.Example(text: "buy cheap pills now \(index)", labels: [true]),
        ModelTrainer.Example(text: "my knee hurts after running \(index)", labels: [false]),
      ]
    }
    var trainer = ModelTrainer(outputs: ["spam"])
    trainer.minimumDocuments = 2
    let model = trainer.train(examples)
    let spam = TokenizedText("buy cheap pills")
    let ham = TokenizedText("my knee hurts")
    #expect(model.score(spam, features: ModelFeatures.extract(spam))[0].probability > 0.8)
    #expect(model.score(ham, features: ModelFeatures.extract(ham))[0].probability < 0.2)
    let reread = try LinearTextModel.parse(model.serialized(header: "test"))
    #expect(reread.featureCount == model.featureCount)
    let again = reread.score(spam, features: ModelFeatures.extract(spam))[0].probability
    #expect(
      abs(again - model.score(spam, features: ModelFeatures.extract(spam))[0].probability) < 0.01)
  }

  /// A feature counts once however often it occurs, and the first occurrence explains it.
  @Test func repeatedFeaturesCountOnce() throws {
    let model = try LinearTextModel.parse("outputs a\nbias 0\nw:pain\t2\nw:chest\t1\n")
    let once = TokenizedText("chest pain")
    let twice = TokenizedText("chest pain pain chest")
    let single = model.score(once, features: ModelFeatures.extract(once))[0]
    let repeated = model.score(twice, features: ModelFeatures.extract(twice))[0]
    // Same distinct words; only the pairs differ ("pain pain", "pain chest" are extra
    // features without weights), so the repeated text is scaled by more distinct features.
    #expect(repeated.probability > 0.5 && repeated.probability < single.probability)
    let doubled = ModelFeatures.extract(once) + ModelFeatures.extract(once)
    let same = model.score(once, features: doubled)[0]
    #expect(abs(same.probability - single.probability) < 1e-9)
    #expect(same.evidence.map(\.first) == single.evidence.map(\.first))
    #expect(single.evidence.first?.first == 1, "pain, the strongest word, is token 1")
  }

  @Test func malformedWeightsAreRefusedWithALine() {
    let tooFew = #expect(throws: RoundsError.self) {
      try LinearTextModel.parse("outputs a b\nbias 0 0\nw:x\t1\n")
    }
    #expect(tooFew?.description.contains("line 3") == true)
    let notANumber = #expect(throws: RoundsError.self) {
      try LinearTextModel.parse("# header\noutputs a b\nbias 0 0\nw:x\t1 x2\n")
    }
    #expect(notANumber?.description.contains("line 4") == true)
    #expect(throws: RoundsError.self) { try LinearTextModel.parse("outputs a b\n") }
  }

  @Test func weightsReadEveryNumberForm() throws {
    let model = try LinearTextModel.parse(
      "outputs a b c d e\nbias 0 -0.5 12.25 1e-3 -7\nw:x\t.5 -.25 3 2.5E2 -0.001\n")
    #expect(model.bias == [0, -0.5, 12.25, 0.001, -7])
    #expect(model.weights == [0.5, -0.25, 3, 250, -0.001])
    #expect(model.names == ["w:x"])
  }

  @Test func featureNamesHashLikeTheTextDoes() {
    let text = TokenizedText("Chest pain arthritis")
    for feature in ModelFeatures.extract(text) where feature.kind != .shape {
      let name = ModelFeatures.name(of: feature, in: text)
      #expect(ModelFeatures.hash(ofName: name) == feature.hash, "\(name)")
    }
  }
}
