import Foundation
import Testing

@testable import Triage

/// The JSON parser skips plain string bytes eight at a time: a quote, a backslash or a
/// control character at any place in a word, or across words, must still be found exactly.
@Suite struct JSONStringScanTests {
  private func parse(_ bytes: [UInt8]) -> Result<String?, JSONError> {
    Result { () throws(JSONError) -> String? in try JSONDocument(bytes: bytes).root.string }
  }

  /// Every position of a special byte within the first three words of a string.
  @Test func aSpecialByteIsFoundAtEveryPlaceInAWord() throws {
    for offset in 0..<24 {
      let before = String(repeating: "a", count: offset)
      // The closing quote.
      #expect(try parse(Array("\"\(before)\"".utf8)).get() == before)
      // An escaped quote and an escaped backslash.
      #expect(try parse(Array("\"\(before)\\\"x\"".utf8)).get() == before + "\"x")
      #expect(try parse(Array("\"\(before)\\\\\"".utf8)).get() == before + "\\")
      // A raw control character, reported where it is.
      for control: UInt8 in [0x00, 0x0A, 0x1F] {
        let bytes = Array("\"\(before)".utf8) + [control] + Array("bbbbbbbbbb\"".utf8)
        guard case .failure(let error) = parse(bytes) else {
          Issue.record("control \(control) at \(offset) was accepted")
          continue
        }
        #expect(error.offset == offset + 1, "control \(control) at \(offset)")
      }
    }
  }

  /// Bytes that only look special in their low bits (UTF-8 continuation bytes 0xA2 and 0xDC),
  /// DEL and space are plain.
  @Test func nearMissesArePlain() throws {
    let text = "caf\u{E9} \u{8A2}\u{71C} \u{7F}~ \u{1F600} done"
    for offset in 0..<9 {
      let value = String(repeating: "z", count: offset) + text
      #expect(try parse(Array("\"\(value)\"".utf8)).get() == value)
    }
  }

  @Test func anUnclosedStringIsCutShortWhereverItEnds() {
    for length in 0..<20 {
      let bytes = Array("\"".utf8) + Array(repeating: UInt8(ascii: "q"), count: length)
      guard case .failure(let error) = parse(bytes) else {
        Issue.record("unclosed string of \(length) accepted")
        continue
      }
      #expect(error.reason.contains("not closed"))
    }
    // A backslash as the last byte.
    guard case .failure = parse(Array("\"abcdefghij\\".utf8)) else {
      Issue.record("a string ending in a backslash was accepted")
      return
    }
  }
}
