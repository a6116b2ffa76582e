import Foundation
import Testing

@testable import Triage

/// The byte-level shortcuts the analyzer takes for ASCII text must give exactly what the
/// general paths they skip give, on every built-in phrase, rule list and model feature name,
/// and on hand-made edge cases.
@Suite struct AnalyzerFastPathTests {
  /// Every built-in classifier and reply phrase, expanded as the lexicons compile them.
  static let builtInSources: [String] = {
    let phrases =
      TriageLexicon.builtInRules.flatMap(\.phrases) + ReplyLexicon.builtInRules.flatMap(\.phrases)
    return phrases.flatMap { phrase in
      switch PhrasePattern.expand(phrase) {
      case .success(let sources): sources
      case .failure: [phrase]
      }
    }
  }()

  @Test func asciiPhrasesCompileAsTheGeneralParserDoes() throws {
    #expect(Self.builtInSources.count > 3_000)
    var checked = 0
    for source in Self.builtInSources {
      let fast = try #require(PhrasePattern.asciiElements(of: source), "not ASCII: \(source)")
      let general = PhrasePattern.elements(of: source)
      #expect(fast.0 == general.0, "\(source)")
      #expect(fast.emptyWord == general.emptyWord, "\(source)")
      checked += 1
    }
    #expect(checked == Self.builtInSources.count)
  }

  @Test(arguments: [
    "I can't", "  two   spaces\tand tab ", "a||b", "|", "a|", "'", "x '|y", "<num> mg",
    "* ...", "<url>", "<mention> <emoji>", "...", "CAPS Word", "word|'s|WORDS",
  ])
  func asciiEdgeCasesCompileAsTheGeneralParserDoes(_ source: String) throws {
    let fast = try #require(PhrasePattern.asciiElements(of: source))
    let general = PhrasePattern.elements(of: source)
    #expect(fast.0 == general.0)
    #expect(fast.emptyWord == general.emptyWord)
  }

  @Test func nonASCIIPhrasesTakeTheGeneralParser() {
    #expect(PhrasePattern.asciiElements(of: "café") == nil)
    #expect(PhrasePattern.asciiElements(of: "can’t") == nil)
  }

  @Test func modelFeatureNamesHashAsTheGeneralPathDoes() {
    let names = LinearTextModel.builtIn.names
    #expect(names.count > 30_000)
    for name in names {
      #expect(
        ModelFeatures.hash(ofName: name) == ModelFeatures.generalHash(ofName: name), "\(name)")
    }
  }

  @Test(arguments: [
    "w:Can't", "b:a b", "b:a  b", "b: a", "b:a ", "b:ab", "b:a b c", "s:ABC'", "x:<url>", "u:t",
    "r:crisis.x", "q:x", "w:", "w", "", "w-x", "wx:y", "w:é", "b:é b", "é:x",
  ])
  func edgeCaseNamesHashAsTheGeneralPathDoes(_ name: String) {
    #expect(ModelFeatures.hash(ofName: name) == ModelFeatures.generalHash(ofName: name))
  }

  /// The Foundation expressions `TriageRule.lines` and `terms` used before the byte path.
  private func foundationLines(_ text: String) -> [String] {
    text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty
    }
  }

  private func foundationTerms(_ text: String) -> [String] {
    foundationLines(text).flatMap { line in
      line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
        !$0.isEmpty
      }
    }
  }

  @Test(arguments: [
    "", "\n\n", " a \n\tb\t\n  \n c d ", "x|y | z\n|\n a || b ", "one", " | ", "a\tb|c\t\n",
    "naïve | café\nplain", "line\r\nwith crlf", "\u{00A0}nbsp\u{00A0}",
  ])
  func ruleListsSplitAsFoundationDoes(_ text: String) {
    #expect(TriageRule.lines(text) == foundationLines(text))
    #expect(TriageRule.terms(text) == foundationTerms(text))
  }

  @Test(arguments: [
    "", "a", "abcdefg", "abcdefgh", "abcdefghi", "plain ASCII text of some length, twice over",
    "é", "héllo wörld", "emoji 👍🏽 and CJK 日本語 and more ASCII after them", "12345678é",
    "\u{10FFFF}\u{0301}x", "tab\tline\nend",
  ])
  func scalarsDecodeAsUnicodeScalarsDo(_ text: String) {
    #expect(ScalarText.scalars(of: text) == text.unicodeScalars.map(\.value))
    #expect(TokenizedText.scalars(of: text) == Array(text.unicodeScalars))
  }

  @Test(arguments: [("Ana é 👍", 0, 7), ("abc", 1, 3), ("日本語x", 1, 4), ("x", 0, 0)])
  func spanStringsMatchTheScalars(_ text: String, _ start: Int, _ end: Int) {
    let scalars = Array(text.unicodeScalars)[start..<end]
    var expected = String.UnicodeScalarView()
    expected.append(contentsOf: scalars)
    #expect(ScalarText(text).string(start, end) == String(expected))
  }

  @Test func replyFamiliesAreInRuleOrder() {
    #expect(
      ReplyLexicon.builtInRules.map(\.family) == ReplyLexicon.Family.allCases.map { "\($0)" })
  }
}
