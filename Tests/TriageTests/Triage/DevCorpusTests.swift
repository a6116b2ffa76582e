import Testing

@testable import Triage

@Suite struct DevCorpusTests {
  @Test(.needsCorpus) func everyDevelopmentSetLoads() {
    let corpus = DevCorpus.load(root: Corpus.root)
    #expect(corpus.problems.isEmpty, "\(corpus.problems)")
    var counts: [String: Int] = [:]
    for text in corpus.texts { counts[text.group, default: 0] += 1 }
    #expect(counts["meqsum"] == 1000)
    #expect(counts["reddit/suicidewatch"] == 130)
    #expect(counts["youtube/spam"] == 350)
    #expect(counts["youtube/ham"] == 350)
    #expect(counts["tweeteval"] == 860)
    // tweeteval (licence unclear) and the BTC/WNUT dev splits are never trained on.
    #expect(corpus.texts.filter { $0.group == "tweeteval" }.allSatisfy { !$0.trainable })
    let training = corpus.trainingExamples()
    #expect(training.count == corpus.texts.filter(\.trainable).count)
  }

  @Test func foldsAreStable() {
    #expect(
      (0..<100).map { DevCorpus.fold(of: $0, 5) } == (0..<100).map { DevCorpus.fold(of: $0, 5) })
    #expect(Set((0..<100).map { DevCorpus.fold(of: $0, 5) }) == [0, 1, 2, 3, 4])
  }
}
