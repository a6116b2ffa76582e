import Testing

@testable import Triage

/// The reply checker's shortcuts must answer exactly what the slow paths would: the echo
/// prefilter never says "no shared word" when a token of the original equals a reply word,
/// and the host of a link token is the host `LinkHost.of` finds in the link's text.
@Suite struct ReplyFastPathTests {
  /// The slow path the prefilter replaces: tokenize both texts and compare hashes.
  private func sharesByTokens(_ reply: String, _ original: String) -> Bool {
    let replyWords = TokenizedText(reply).tokens.filter {
      $0.kind != .punctuation && !ReplyReview.commonWords.contains($0.hash)
    }.map(\.hash)
    return TokenizedText(original).tokens.contains { replyWords.contains($0.hash) }
  }

  private func shares(_ reply: String, _ original: String) -> Bool {
    ReplyReview(reply: reply, original: nil, checker: replyChecker.parts, triage: nil)
      .sharesContentWords(with: original)
  }

  @Test(arguments: [
    ("Thanks John, diabetes is manageable.", "my diabetes is back - John Carter"),
    ("We hope Crohn's gets easier", "I was told I have CROHNS disease"),
    ("See https://Example.com/Tips", "my cousin sent https://Example.com/Tips to me"),
    ("Best wishes to JohnSmith", "praying for #JohnSmith tonight"),
    ("Thanks @maria_g", "ask @maria_g about it"),
    ("Your 3.5 mg question", "is 3.5 mg too much?"),
    ("Gute Besserung, Jürgen", "JÜRGEN hier, mir geht es schlecht"),
    ("Best wishes for Maria’s recovery", "ask @joe about maria's results"),
    ("Good luck with ANN", "ANN, surgery is today"),
  ])
  func sharedWordsAreFound(reply: String, original: String) {
    #expect(sharesByTokens(reply, original), "the test case itself shares a word")
    #expect(shares(reply, original), "\(reply) / \(original)")
  }

  @Test(arguments: [
    ("Thanks for reaching out.", "my diabetes is back - John Carter"),
    ("Please call us.", "I have a rash and a fever"),
    // A reply word inside a longer word of the original is no echo ("Ann" in "planned").
    ("Thanks Ann, take care", "I planned a trip but my knees hurt"),
    ("Hi Al.", "my calves ache"),
  ])
  func onlyCommonWordsAreNotShared(reply: String, original: String) {
    #expect(!sharesByTokens(reply, original))
    #expect(!shares(reply, original), "\(reply) / \(original)")
  }

  /// On every development text: a reply made of a few of its own words (and a plain one)
  /// is found to share a word whenever the tokens say so.
  @Test(.needsCorpus) func thePrefilterNeverMissesAnEchoOnTheCorpus() {
    let texts = DevCorpus.load(root: Corpus.root).texts.map(\.text)
    #expect(texts.count > 10000)
    var shared = 0
    for (index, text) in texts.enumerated() {
      let words = text.split(separator: " ")
      let picked = words.indices.filter { $0 % 7 == index % 7 }.prefix(3).map { words[$0] }
      for reply in ["Thanks " + picked.joined(separator: " ") + ".", "Please call our office."]
      where sharesByTokens(reply, text) {
        shared += 1
        #expect(shares(reply, text), "text \(index)")
      }
    }
    #expect(shared > 5000)
  }

  @Test(arguments: [
    "https://www.Example.com/path?q=1", "http://user@portal.example.org:8080/x", "www.cdc.gov",
    "example.com", "HTTPS://SUB.EXAMPLE.ORG#frag", "no-host-here", "https://localhost/",
    "mailto@sub.example.net",
  ])
  func hostOfScalarsMatchesHostOfText(link: String) {
    let scalars = Array(link.unicodeScalars)
    #expect(LinkHost.of(scalars: scalars[...]) == LinkHost.of(link), "\(link)")
  }

  @Test func hostsAreLowerCaseWithoutWWW() {
    #expect(LinkHost.of("https://www.Example.com/path") == "example.com")
    #expect(LinkHost.of("http://user@portal.example.org:8080/x") == "portal.example.org")
    #expect(LinkHost.of("localhost") == nil)
  }

  /// ASCII texts take the byte-copy path, others the decoding path: the same scalars.
  @Test(arguments: ["plain ascii text", "café ☕️ naïve — “quoted”", ""])
  func scalarsOfATextAreItsUnicodeScalars(text: String) {
    #expect(TokenizedText.scalars(of: text) == Array(text.unicodeScalars))
  }
}
