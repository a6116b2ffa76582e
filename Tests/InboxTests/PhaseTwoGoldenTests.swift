import Foundation
import Testing

@testable import Inbox
@testable import Triage

/// Golden frames of the composer and the review screen, text and styles.
@Suite struct PhaseTwoGoldenTests {
  /// The composer at 80x24: a reply with a block and a warn risk, checked, autosaved.
  static var composer: InboxState {
    var current = ComposerUpdateTests.composing()
    current.size = Size(width: 80, height: 24)
    let text = "As your doctor I can confirm your MRI is fine. 日本語 OK 👍\nCall 555-010-0100."
    _ = Update.apply(.paste(text), to: &current)
    let revision = current.composer?.editor.revision ?? 0
    let warn = Finding(
      detector: "reply", category: "advice", severity: .warn, start: 34, end: 46,
      text: "MRI is fine.", rule: "reply.advice.individual",
      explanation: "individual advice without a redirect", suggestion: "Invite them to call")
    _ = Update.apply(
      .replyChecked(
        2, revision: revision,
        [ComposerUpdateTests.risk(.block, 0, 14, "As your doctor"), warn]),
      to: &current)
    _ = Update.apply(
      .autosaved(2, revision: revision, at: Date(timeIntervalSince1970: 1_800_000_123)),
      to: &current)
    current.notice = nil
    return current
  }

  static var review: InboxState {
    var current = ReviewUpdateTests.reviewing(block: true)
    current.size = Size(width: 100, height: 24)
    return current
  }

  @Test(.enabled(if: ProcessInfo.processInfo.environment["PRINT_GOLDENS"] != nil))
  func printFrames() {
    for (name, state) in [("composer80", Self.composer), ("review100", Self.review)] {
      let frame = Render.frame(state, size: state.size)
      print("  static let \(name): [String] = [")
      for line in frame.lines { print("    \(line.debugDescription),") }
      print("  ]")
      print("  static let \(name)Styles: [String] = [")
      for row in 0..<frame.size.height {
        print("    \(frame.styleCodes(row: row).debugDescription),")
      }
      print("  ]")
    }
  }

  @Test func theComposer() {
    let state = Self.composer
    let frame = Render.frame(state, size: state.size)
    #expect(frame.lines == PhaseTwoGoldens.composer80)
    for row in 0..<frame.size.height {
      #expect(frame.styleCodes(row: row) == PhaseTwoGoldens.composer80Styles[row], "row \(row)")
    }
    // The terminal's cursor sits after the last character typed.
    #expect(frame.cursor == Point(x: 19, y: 8))
  }

  @Test func theReviewSideBySide() {
    let state = Self.review
    let frame = Render.frame(state, size: state.size)
    #expect(frame.lines == PhaseTwoGoldens.review100)
    for row in 0..<frame.size.height {
      #expect(frame.styleCodes(row: row) == PhaseTwoGoldens.review100Styles[row], "row \(row)")
    }
  }

  @Test func theReviewStacksOnNarrowTerminals() {
    var state = Self.review
    state.size = Size(width: 70, height: 30)
    let lines = Render.frame(state, size: state.size).lines
    let original = lines.firstIndex { $0.hasPrefix(" ORIGINAL") }
    let reply = lines.firstIndex { $0.hasPrefix(" REPLY, revision 1") }
    #expect(original != nil && reply != nil && original! < reply!)
    #expect(!lines.dropFirst().dropLast().contains { $0.contains(" │ ") })
  }
}
