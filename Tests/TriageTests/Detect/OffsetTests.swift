import Testing

@testable import Triage

@Suite struct OffsetTests {
  /// The scalars of `text` in `finding`'s span must equal its `text`.
  private func check(_ text: String) -> [Finding] {
    let scalars = Array(text.unicodeScalars)
    let findings = detector.findings(in: text)
    for finding in findings {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[finding.start..<finding.end])
      #expect(String(view) == finding.text)
    }
    return findings
  }

  @Test func emojiBeforeAFinding() throws {
    let findings = check("😀👍🏽 call 555-123-4567")
    let phone = try #require(findings.first { $0.category == "PHONE" })
    #expect(phone.start == 9)  // 😀 is one scalar, 👍🏽 two
    #expect(phone.end == 21)
  }

  @Test func combiningMarksCountAsScalars() throws {
    let text = "Jose\u{301} e\u{301}crit: jane@example.com"
    let findings = check(text)
    let email = try #require(findings.first { $0.category == "EMAIL" })
    #expect(email.start == 14)  // é written as e + U+0301 counts twice
  }

  @Test func cjkAndFlags() throws {
    let findings = check("電話番号 🇺🇸 555-123-4567 です")
    let phone = try #require(findings.first { $0.category == "PHONE" })
    #expect(phone.start == 8)
    #expect(phone.text == "555-123-4567")
  }

  @Test func emptyAndWhitespaceTexts() {
    #expect(detector.findings(in: "").isEmpty)
    #expect(detector.findings(in: " \n\t ").isEmpty)
  }

  @Test func findingsNeverOverlapAndAreOrdered() {
    let findings = check(
      "Pt John Smith, MRN 1234567, seen 3/4/2015 at Mercy Hospital, 42 Oak St, call 555-123-4567")
    for (a, b) in zip(findings, findings.dropFirst()) {
      #expect(a.end <= b.start)
    }
  }
}
