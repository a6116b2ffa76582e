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

  @Test(arguments: [
    ("Ms . Gaynes just called me", "Gaynes"), ("Dr . Cox still hittin em", "Cox"),
    ("Ms. Gaynes just called me", "Gaynes"), ("Recommend Mr . Plott With 5 Stars", "Plott"),
  ])
  func titlesWithASpacedFullStop(text: String, match: String) {
    #expect(finds(text, .name, match), "\(found(text))")
  }

  @Test(arguments: [
    "Mr . President , please listen", "Mr. President, please listen", "Mr . Right is out there",
    "waiting for the Dr . Thanks for nothing",
  ])
  func formsOfAddressAreNotNames(text: String) {
    #expect(names(text).isEmpty, "\(text): \(found(text))")
  }

  @Test func titledNamesThatAreAlsoWords() {
    #expect(finds("seen by Dr. Young today", .name, "Young"))
    #expect(finds("Dr. Bliss called", .name, "Bliss"))
  }

  @Test(arguments: [
    ("endorsing T . W . Shannon for Senate", "T . W . Shannon"),
    ("endorsing T. W. Shannon for Senate", "T. W. Shannon"),
    ("J . cole is a Living Legend", "J . cole"), ("reviewed by J. Whitaker", "J. Whitaker"),
    ("John F. Kennedy spoke today", "John F. Kennedy"),
    ("Dictated by Gregory A. Ainsworth", "Gregory A. Ainsworth"),
  ])
  func initials(text: String, match: String) {
    #expect(finds(text, .name, match), "\(found(text))")
  }

  @Test(arguments: [
    "the U . S . Senate voted today", "the U.S. Senate voted today",
    "the U.K. Prime Minister spoke", "take vitamin D . Take it with food",
    "mIU/L. Comment: repeat",
  ])
  func initialsOfOtherThingsAreNotNames(text: String) {
    #expect(names(text).isEmpty, "\(text): \(found(text))")
  }

  @Test func initialsNameDoesNotSwallowTheNamesBeforeIt() {
    let text = "Eric Plott Patricia Plott E . G . Plott"
    #expect(names(text) == ["Eric Plott", "Patricia Plott", "E . G . Plott"], "\(found(text))")
  }

  @Test func headlineWordsAreNotSurnames() {
    #expect(names("Machinery Pete Reaches Social Media Milestones") == ["Pete"])
    #expect(finds("Victor Ibarbo Warns Cagliari Sporting Director", .name, "Victor Ibarbo"))
    #expect(!names("arrest of Roman Catholic priest").contains("Roman Catholic"))
    // Surnames that are words too, and surnames no word list knows, still join.
    #expect(finds("thank you Maria Gonzalez", .name, "Maria Gonzalez"))
    #expect(finds("met Jenny Long and Tom Young", .name, "Jenny Long"))
    #expect(finds("thanks Grace Okonkwo-Bello", .name, "Grace Okonkwo-Bello"))
  }

  @Test func articlesAreNotFirstNames() {
    #expect(names("DANS LE BUS JAI JUREE JE FAIT LE MORT MDDDDDDDR").isEmpty)
    #expect(!names("reminds me of La La Land").contains("La La Land"))
    #expect(finds("my friend Marisa de la Cruz called", .name, "Marisa de la Cruz"))
  }

  @Test func middleInitials() {
    #expect(finds("thank you Sarah K. for the help", .name, "Sarah K."))
    #expect(finds("thank you Maria J. Gonzalez", .name, "Maria J. Gonzalez"))
  }
}
