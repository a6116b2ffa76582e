import Testing

@testable import Inbox

@Suite struct TerminalTextTests {
  @Test func escapeSequencesBecomeVisibleText() {
    let hostile = "hi \u{1B}]0;pwned\u{07} and \u{1B}[2J\u{9B}31m done\r\n"
    let safe = TerminalText.sanitize(hostile)
    #expect(safe == "hi ␛]0;pwned␇ and ␛[2J�31m done⏎")
    #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
  }

  @Test func newlinesAreKeptOnlyWhenAsked() {
    #expect(TerminalText.sanitize("a\nb\tc", keepNewlines: true) == "a\nb c")
    #expect(TerminalText.sanitize("a\nb") == "a⏎b")
  }

  @Test func bidiOverridesAreNeutralised() {
    #expect(TerminalText.sanitize("abc\u{202E}def") == "abc\u{FFFD}def")
  }

  @Test func widthsFollowTheCharacterNotTheBytes() {
    #expect(TerminalText.width("abc") == 3)
    #expect(TerminalText.width("日本語") == 6)
    #expect(TerminalText.width("👍") == 2)
    #expect(TerminalText.width("👍🏽") == 2)
    #expect(TerminalText.width("👩‍⚕️") == 2)
    #expect(TerminalText.width("🇺🇸") == 2)
    #expect(TerminalText.width("e\u{301}") == 1)
    #expect(TerminalText.width("❤️") == 2)
    #expect(TerminalText.width("한국") == 4)
  }

  @Test func fittingNeverSplitsAWideCharacter() {
    #expect(TerminalText.fit("日本語テキスト", width: 5) == "日本…")
    #expect(TerminalText.width(TerminalText.fit("日本語テキスト", width: 6)) <= 6)
    #expect(TerminalText.fit("abc", width: 5, pad: true) == "abc  ")
    #expect(TerminalText.fit("abcdef", width: 4) == "abc…")
    #expect(TerminalText.fit("abcd", width: 4) == "abcd")
    #expect(TerminalText.fit("👍👍👍", width: 4) == "👍…")
    #expect(TerminalText.fit("anything", width: 0) == "")
  }

  @Test func previewsShowTheFirstLineCleaned() {
    #expect(TerminalText.preview("\n  Hello   there\nsecond line") == "Hello there")
    #expect(TerminalText.preview("\u{1B}[31mred") == "␛[31mred")
  }

  @Test func tablesAlignByDisplayWidth() {
    var table = TextTable(columns: ["A", "TEXT"])
    table.add(["日本", "one"])
    table.add(["ab", "two\u{1B}[2J"])
    #expect(table.render(width: 80) == "A     TEXT\n日本  one\nab    two␛[2J\n")
  }
}
