import Testing

@testable import Inbox

@Suite struct StyledTextTests {
  let phi = Style(.phi, [.bold, .underline])

  /// The styled characters of a line as "text|codes".
  func describe(_ line: StyledLine) -> String {
    line.text + "|" + String(line.glyphs.map(\.style.code))
  }

  @Test func highlightsFollowScalarOffsetsPastEmojiAndCombiningMarks() {
    // "👩‍⚕️" is 4 scalars, "é" (e + combining acute) 2: "Ann" starts at scalar 7.
    let text = "👩‍⚕️ é Ann"
    let lines = StyledText.paragraphs(text, highlights: [Highlight(7..<10, style: phi)])
    #expect(describe(lines[0]) == "👩‍⚕️ é Ann|....PPP")
  }

  @Test func controlCharactersBecomeVisibleWithoutShiftingSpans() {
    let text = "a\u{1B}[2Jb Ann"
    let start = text.unicodeScalars.count - 3
    let lines = StyledText.paragraphs(
      text, highlights: [Highlight(start..<(start + 3), style: phi)])
    #expect(lines[0].text == "a␛[2Jb Ann")
    #expect(String(lines[0].glyphs.map(\.style.code)) == ".......PPP")
  }

  @Test func lineBreaksSplitParagraphsAndKeepOffsets() {
    let text = "one\r\ntwo Ann"
    let start = text.unicodeScalars.count - 3
    let lines = StyledText.paragraphs(
      text, highlights: [Highlight(start..<(start + 3), style: phi)])
    #expect(lines.count == 2)
    #expect(describe(lines[1]) == "two Ann|....PPP")
  }

  @Test func wrappingBreaksAtSpacesAndNeverSplitsWideCharacters() {
    let wrapped = StyledText.wrap(StyledLine("the knee pain since last week"), width: 10)
    #expect(wrapped.map(\.text) == ["the knee", "pain since", "last week"])
    let wide = StyledText.wrap(StyledLine("日本語のテキスト"), width: 5)
    #expect(wide.map(\.text) == ["日本", "語の", "テキ", "スト"])
    #expect(wide.allSatisfy { $0.width <= 5 })
    let long = StyledText.wrap(StyledLine("abcdefghij xy"), width: 4)
    #expect(long.map(\.text) == ["abcd", "efgh", "ij", "xy"])
  }

  @Test func fittingAStyledLineEndsWithAnEllipsis() {
    let fitted = StyledText.fit(StyledLine("日本語テキスト"), width: 5)
    #expect(fitted.text == "日本…")
    #expect(StyledText.fit(StyledLine("abc"), width: 5).text == "abc")
  }

  @Test func searchMatchesIgnoreCaseAndAccents() throws {
    let matcher = try #require(SearchMatcher("cafe KNEE"))
    #expect(matcher.matches(message(1, "Knees hurt at the Café")))
    #expect(!matcher.matches(message(2, "knees hurt")))
    #expect(matcher.ranges(in: "Café knees") == [0..<4, 5..<10])
    #expect(SearchMatcher("  ?! ") == nil)
  }

  /// Quoted words match as a phrase, as the index does, and are highlighted together.
  @Test func quotedPhrasesMatchWordsInARow() throws {
    let matcher = try #require(SearchMatcher("\"chest pain\""))
    #expect(matcher.matches(message(1, "Sudden CHEST pain today")))
    #expect(!matcher.matches(message(2, "pain in my chest")))
    #expect(!matcher.matches(message(3, "chest pains")))
    #expect(matcher.ranges(in: "chest, then chest pain") == [12..<17, 18..<22])
    let typing = try #require(SearchMatcher("\"chest pa"))
    #expect(typing.matches(message(4, "chest pains")))
  }
}
