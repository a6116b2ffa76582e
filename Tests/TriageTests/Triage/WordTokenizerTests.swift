import Testing

@testable import Triage

@Suite struct WordTokenizerTests {
  @Test func offsetsCountScalarsAroundEmojiAndCombiningMarks() {
    let text = TokenizedText("😀 cafe\u{301} can’t")
    let words = text.tokens.filter { $0.kind == .word }
    #expect(words.map { text.text(of: $0) } == ["cafe\u{301}", "cant"])
    #expect(words.map(\.start) == [2, 8])
    #expect(words.map(\.end) == [7, 13])
    #expect(text.tokens.first?.kind == .emoji)
  }

  @Test func apostrophesAndCaseDoNotMatter() {
    let hashes = ["Can't", "can’t", "CANT"].map { TokenizedText($0).tokens[0].hash }
    #expect(Set(hashes).count == 1)
  }

  @Test func linksMentionsAndEmailsAreOneToken() {
    let text = TokenizedText("see https://x.org/a?b=1, murdev.com or @pat_q, mail a@b.io.")
    let kinds = text.tokens.filter { $0.kind != .punctuation && $0.kind != .word }.map(\.kind)
    #expect(kinds == [.url, .url, .mention, .email])
    let url = text.tokens.first { $0.kind == .url }!
    #expect(text.original(url.start, url.end) == "https://x.org/a?b=1")
  }

  @Test func abbreviationsAreNotLinks() {
    let text = TokenizedText("e.g. the U.S. and 3.5 mg, it.Then")
    #expect(!text.tokens.contains { $0.kind == .url })
  }

  @Test func numbersSplitFromUnits() {
    let text = TokenizedText("take 200mg twice")
    #expect(text.tokens.map(\.kind) == [.word, .number, .word, .word])
  }

  @Test func phraseGroupsExpand() throws {
    let phrases = try PhrasePattern.expand("(want|need) to (be dead|die|)").get()
    // A group of single words stays one `a|b` element; sequences and optional groups expand.
    #expect(phrases == ["want|need to be dead", "want|need to die", "want|need to"])
    let words = try PhrasePattern.expand("(i|we) (did|made) a (cover|remix)").get()
    #expect(words == ["i|we did|made a cover|remix"])
    let product = try PhrasePattern.expand("(a b|c  d) (e|f) g (h i|)").get()
    #expect(product == ["a b e|f g h i", "a b e|f g", "c d e|f g h i", "c d e|f g"])
    #expect(try PhrasePattern.expand("x  (a|) y").get() == ["x a y", "x y"])
    #expect(try PhrasePattern.expand("no  groups").get() == ["no  groups"])
    for (phrase, reason) in [
      ("a) (b|c)", "`)` without `(`"), ("a)", "`)` without `(`"), ("(b|c) d)", "`)` without `(`"),
      ("(a b|c", "`(` without `)`"), ("((a))", "groups cannot be nested"),
    ] {
      #expect(throws: PhraseError(phrase: phrase, reason: reason)) {
        try PhrasePattern.expand(phrase).get()
      }
    }
    #expect(TriageLexicon.check("(open") != nil)
    #expect(TriageLexicon.check("... fever") != nil)
    #expect(TriageLexicon.check("fever ...") != nil)
    #expect(TriageLexicon.check("high <num> fever") == nil)
  }

  @Test func hyphensJoinCompounds() {
    #expect(rules("I have been self-harming again").contains("crisis.self_harm"))
  }
}
