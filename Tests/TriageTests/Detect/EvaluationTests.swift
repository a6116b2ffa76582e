import Foundation
import Testing

@testable import Triage

@Suite struct EvaluationTests {
  @Test func markedSamplesKeepOffsetsAndCategories() throws {
    let document = try MarkedReader.parse(
      "Pt [[NAME|John Smith]] 😀 seen [[DATE|3/4/2015]].", path: "x")
    #expect(document.text == "Pt John Smith 😀 seen 3/4/2015.")
    let gold = document.tokens.map { $0.gold?.rawValue ?? "-" }
    #expect(gold == ["-", "NAME", "NAME", "-", "DATE", "DATE", "DATE"])
  }

  @Test func unknownCategoriesInSamplesAreErrors() {
    #expect(throws: RoundsError.self) { try MarkedReader.parse("[[PERSON|Ann]]", path: "x") }
  }

  @Test func conllJoinsHandlesAndSkipsThemAndPunctuation() {
    let document = CoNLLReader.document([
      ("RT", "O"), ("@", "B-PER"), ("jdoe", "I-PER"), (":", "O"), ("Allen", "B-PER"),
      ("'s", "O"), ("jersey", "O"),
    ])
    #expect(document.text == "RT @jdoe : Allen 's jersey")
    #expect(document.tokens.map { $0.gold?.rawValue ?? "-" } == ["-", "NAME", "-", "-"])
  }

  @Test func scorerCountsTokens() {
    let set = EvalSet(
      name: "t",
      documents: [
        try! MarkedReader.parse(
          "call [[PHONE|555-123-4567]] or see Dr. [[NAME|Zyxwv]] at noon", path: "x")
      ], categories: [.phone, .name])
    let score = PHIScorer.score(set, detector: detector)
    let phone = score.byCategory[.phone]
    #expect(phone?.truePositives == 3)
    #expect(phone?.falsePositives == 0)
    #expect(score.overall.falseNegatives == 0)
    #expect(score.overall.recall == 1)
  }

  @Test func fScores() {
    let counts = PHIScore.Counts(truePositives: 8, falsePositives: 2, falseNegatives: 8)
    #expect(abs(counts.precision - 0.8) < 1e-9)
    #expect(abs(counts.recall - 0.5) < 1e-9)
    #expect(abs(counts.f1 - 0.6153846) < 1e-6)
    #expect(abs(counts.f2 - 0.5405405) < 1e-6)
  }

  @Test(.needsCorpus) func corpusSetsLoadAndScoreSensibly() throws {
    let text = Corpus.path("text")
    let wnut = try CoNLLReader.read(path: text + "/wnut17/emerging.dev.conll", name: "wnut17-dev")
    #expect(wnut.documents.count > 900)
    let presidio = try PresidioReader.read(path: text + "/presidio-synth/synth_dataset_v2.json")
    #expect(presidio.documents.count == 1500)
    let formatted = PHIScorer.score(presidio, detector: detector)
    for category in [PHICategory.email, .ssn, .ip, .url] {
      let counts = try #require(formatted.byCategory[category])
      #expect(counts.recall > 0.95, "\(category)")
      #expect(counts.precision > 0.95, "\(category)")
    }
    let names = PHIScorer.score(wnut, detector: detector).byCategory[.name]
    #expect((names?.precision ?? 0) > 0.7)
  }
}
