import Testing

@testable import Inbox

@Suite struct FrameTests {
  @Test func wideCharactersTakeTwoCellsAndAreNeverSplit() {
    var frame = Frame(size: Size(width: 6, height: 2))
    #expect(frame.put("日本語", x: 0, y: 0) == 6)
    #expect(frame[0, 0].width == 2)
    #expect(frame[1, 0].isContinuation)
    #expect(frame.text(row: 0) == "日本語")
    // Five columns cannot hold a third wide character: it becomes a space, not half of one.
    #expect(frame.put("日本語", x: 0, y: 1, limit: 5) == 5)
    #expect(frame.text(row: 1) == "日本")
    #expect(frame[4, 1] == Cell(" "))
  }

  @Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
    var frame = Frame(size: Size(width: 4, height: 1))
    frame.put("👍👍", x: 0, y: 0)
    frame.put("a", x: 1, y: 0)
    #expect(frame.text(row: 0) == " a👍")
    frame.put("b", x: 2, y: 0)
    #expect(frame.text(row: 0) == " ab")
    #expect(!frame[3, 0].isContinuation)
  }

  @Test func emojiSequencesAndCombiningMarksStayWhole() {
    var frame = Frame(size: Size(width: 12, height: 1))
    frame.put("👩‍⚕️e\u{301}🇺🇸x", x: 0, y: 0)
    #expect(frame.text(row: 0) == "👩‍⚕️e\u{301}🇺🇸x")
    #expect(frame[0, 0].grapheme == "👩‍⚕️")
    #expect(frame[2, 0].grapheme == "e\u{301}")
    #expect(frame[3, 0].width == 2)
    #expect(frame[5, 0].grapheme == "x")
  }

  @Test func zeroWidthGraphemesAreDropped() {
    var frame = Frame(size: Size(width: 4, height: 1))
    frame.put("\u{200B}ab", x: 0, y: 0)
    #expect(frame.text(row: 0) == "ab")
  }

  @Test func writesAreClippedToTheFrame() {
    var frame = Frame(size: Size(width: 3, height: 1))
    frame.put("abcdef", x: 1, y: 0)
    frame.put("zz", x: 0, y: 5)
    frame.fill(x: -2, y: -1, width: 10, height: 10, style: Style(.chrome))
    #expect(frame.text(row: 0) == "")
    #expect(frame.styleCodes(row: 0) == "ccc")
  }

  @Test func styleCodesSummariseRolesAndAttributes() {
    var frame = Frame(size: Size(width: 5, height: 1))
    frame.put("a", x: 0, y: 0, style: Style(.phi, [.bold, .underline]))
    frame.put("b", x: 1, y: 0, style: Style(.plain, [.underline]))
    frame.put("c", x: 2, y: 0, style: Style(.plain, [.reverse]))
    frame.put("d", x: 3, y: 0, style: Style(.reason))
    #expect(frame.styleCodes(row: 0) == "P_#r.")
  }
}
