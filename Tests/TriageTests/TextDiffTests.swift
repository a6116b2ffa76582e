import Testing

@testable import Triage

@Suite struct TextDiffTests {
  @Test func identicalTextsHaveNoChanges() {
    let changes = TextDiff.changes(from: "Please call us.", to: "Please call us.", by: .words)
    #expect(changes == [.same("Please call us.")])
    #expect(!TextDiff.hasChanges(changes))
  }

  @Test func aReplacedWordIsOneRemovalAndOneAddition() {
    let changes = TextDiff.changes(
      from: "Please call the office today.", to: "Please phone the office today.", by: .words)
    #expect(
      changes == [
        .same("Please "), .removed("call"), .added("phone"), .same(" the office today."),
      ])
    #expect(TextDiff.render(changes) == "Please [-call-]{+phone+} the office today.")
  }

  @Test func insertionsAndDeletions() {
    #expect(
      TextDiff.changes(from: "Please call us", to: "Please call us today", by: .words)
        == [.same("Please call us"), .added(" today")])
    #expect(
      TextDiff.changes(from: "a b c", to: "a c", by: .words)
        == [.same("a "), .removed("b "), .same("c")])
    #expect(TextDiff.changes(from: "", to: "new text", by: .words) == [.added("new text")])
    #expect(TextDiff.changes(from: "old", to: "", by: .words) == [.removed("old")])
  }

  @Test func linesKeepTheirBreaks() {
    let old = "Hello,\nPlease call.\nThanks\n"
    let new = "Hello,\nPlease call the office.\nThanks\n"
    let changes = TextDiff.changes(from: old, to: new, by: .lines)
    #expect(
      changes == [
        .same("Hello,\n"), .removed("Please call.\n"), .added("Please call the office.\n"),
        .same("Thanks\n"),
      ])
  }

  /// Whatever the texts, the changes give back both of them exactly, and the shared part is a
  /// longest common subsequence (checked against a quadratic LCS on small inputs).
  @Test func changesRebuildBothTextsAndAreMinimal() {
    var generator = SplitMix(seed: 42)
    let words = ["a", "b", "c", "call", "us", "é", "👩‍⚕️", "\n"]
    for _ in 0..<300 {
      let old = Self.randomText(&generator, words)
      let new = Self.randomText(&generator, words)
      for granularity in TextDiff.Granularity.allCases {
        let changes = TextDiff.changes(from: old, to: new, by: granularity)
        #expect(TextDiff.oldText(changes) == old)
        #expect(TextDiff.newText(changes) == new)
        let a = TextDiff.tokens(old, granularity)
        let b = TextDiff.tokens(new, granularity)
        let kept = TextDiff.edits(a, b).filter { if case .same = $0 { true } else { false } }
        #expect(
          kept.count == Self.lcsLength(a, b), "\(old.debugDescription) → \(new.debugDescription)")
      }
    }
  }

  private static func randomText(_ generator: inout SplitMix, _ words: [String]) -> String {
    let count = Int(generator.next() % 12)
    var text = ""
    for _ in 0..<count {
      text += words[Int(generator.next() % UInt64(words.count))]
      text += generator.next() % 3 == 0 ? "  " : " "
    }
    return text
  }

  private static func lcsLength(_ a: [String], _ b: [String]) -> Int {
    var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    return table[0][0]
  }
}

/// A tiny deterministic generator, so a failing case can be replayed.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
