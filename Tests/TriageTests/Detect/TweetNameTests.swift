import Testing

@testable import Triage

/// Name rules for the way tweets are written and stored: contractions, titles and initials
/// whose punctuation stands apart ("Ms . Gaynes", as word-per-line corpora come back), and
/// headline capitals.
@Suite struct TweetNameTests {
  /// The NAME findings of a text.
  private func names(_ text: String) -> [String] {
    found(text).filter { $0.0 == "NAME" }.map(\.1)
  }

  @Test(arguments: [
    "Don ’ t act like that", "Don't act like that", "Don ' t go there", "Don’t go there",
    "Can ' t wait to see you", "Won ’ t happen again",
  ])
  func contractionsAreNotNames(text: String) {
    #expect(names(text).isEmpty, "\(text): \(found(text))")
  }

  @Test func namesBesideContractionsStay() {
    #expect(names("Jon Stewart : Don ’ t act like Cantor ’ s loss").contains("Jon Stewart"))
    #expect(!names("Jon Stewart : Don ’ t act like Cantor ’ s loss").contains("Don"))
    #expect(names("thanks Don Cheadle for the visit") == ["Don Cheadle"])
    // A possessive is not a contraction.
    #expect(finds("Dr. Okafor ' s office called", .name, "Okafor"))
  }
}
