import Testing

@testable import Triage

/// The distributional word classes the name tagger reads (`ClusterData`, merged into the
/// lexicon table) and the affix hashes it computes in one pass.
@Suite struct WordClusterTests {
  @Test func clustersAreReadIntoTheLexiconAndMergeWithItsBits() {
    let lexicon = Lexicon(
      packed: "6\tpriya\n3b0\tsmith", healthTerms: ["asthma"],
      clusters: "6144\tpriya zorblax\n1031\tasthma", newClusterWords: 1)
    // Codes are name-likeness × 1024 + cluster: 6144 is level 6, cluster 0.
    #expect(lexicon["priya"].cluster == 1)
    #expect(lexicon["priya"].nameLikeness == 6)
    #expect(lexicon["asthma"].nameLikeness == 1)
    #expect(lexicon["priya"].firstName == 6)  // the lexicon's own bits survive
    #expect(lexicon["Zorblax"].cluster == 1)  // only in the cluster list: a new entry
    #expect(lexicon["zorblax"].firstName == 0)
    #expect(lexicon["asthma"].cluster == 8)
    #expect(lexicon["asthma"].isHealthTerm)
    #expect(lexicon["smith"].cluster == 0)  // no cluster: 0
    #expect(lexicon["smith"].nameLikeness == 0)
    #expect(lexicon["smith"].surname == 11 && lexicon["smith"].wordFrequency == 3)
    #expect(lexicon["nobody-knows-this"] == .none)
  }

  @Test func theSharedTableGivesNamesAndWordsTheirClasses() {
    let lexicon = Lexicon.shared
    for word in ["minogue", "jake", "london", "pizza", "the"] {
      #expect(lexicon[word].cluster > 0, "\(word)")
      #expect(lexicon[word].cluster <= ClusterData.fineCount, "\(word)")
    }
    #expect(lexicon["jake"].cluster != lexicon["pizza"].cluster)
    // Names the name lists lack still read as name-like; everyday words do not.
    for word in ["shaq", "nightwing", "draymond"] {
      #expect(lexicon[word].nameLikeness >= 6, "\(word)")
    }
    for word in ["pizza", "legend", "officer"] {
      #expect((1...2).contains(lexicon[word].nameLikeness), "\(word)")
    }
    #expect(TaggerFeatures.coarseCluster(lexicon["jake"]) > 0)
    #expect(TaggerFeatures.midCluster(.none) == 0)
    #expect(ClusterData.mid.count == ClusterData.fineCount)
    #expect(ClusterData.coarse.count == ClusterData.fineCount)
  }

  @Test func affixesMatchTheHashesOfTheLowerCasedEnds() throws {
    for word in ["Okafor", "Jo", "Ann", "ÉLODIE", "x"] {
      let text = ScalarText(word)
      let token = try #require(text.tokens.first)
      let lower = word.lowercased()
      let (suffix, prefix, suffix2) = text.scalars.withUnsafeBufferPointer {
        TaggerFeatures.affixes($0, token)
      }
      #expect(suffix == WordHash.of(String(lower.suffix(3))), "\(word)")
      #expect(prefix == WordHash.of(String(lower.prefix(3))), "\(word)")
      #expect(suffix2 == WordHash.of(String(lower.suffix(2))), "\(word)")
    }
  }

  @Test func aStatePostalCodeIsNotATaggedPlace() {
    let findings = found("Address 87 Birch Lane, Andover MA 01810.")
    #expect(!findings.contains { $0.1 == "MA" })
  }
}
