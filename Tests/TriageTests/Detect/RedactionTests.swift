import Testing

@testable import Triage

@Suite struct RedactionTests {
  @Test func replacesEachFindingWithItsCategory() {
    let text = "Mrs. Lee, SSN 123-45-6789 😀, seen 3/4/2015"
    let redacted = Redaction.redact(text, findings: detector.findings(in: text))
    #expect(redacted == "Mrs. [NAME], SSN [SSN] 😀, seen [DATE]")
  }

  @Test func practiceDetailsStay() {
    let profile = PracticeProfile(
      name: "Lakeside Family Clinic", staffNames: ["Dr. Ana Ruiz"], phones: ["(555) 010-2000"],
      websites: ["https://portal.lakeside.org"])
    let practice = PHIDetector(profile: profile)
    let text = "Call Lakeside Family Clinic at 555-010-2000 or Dr. Ruiz; see portal.lakeside.org"
    let findings = practice.findings(in: text)
    #expect(findings.allSatisfy { $0.category == "PRACTICE" }, "\(findings.map(\.text))")
    #expect(findings.count >= 4)
    #expect(Redaction.redact(text, findings: findings) == text)
    #expect(practice.phiCount(in: text) == 0)
    #expect(practice.phiCount(in: "call 555-123-9999") == 1)
  }
}
