import Testing

@testable import Triage

@Suite struct RuleCatalogueTests {
  @Test func ruleIDsAreUniqueAndStable() {
    let ids = PHIRule.catalogue.map(\.id)
    #expect(Set(ids).count == ids.count)
    #expect(ids.allSatisfy { $0.hasPrefix("phi.") })
  }

  /// Every rule's documented example is found, by that rule, with its documented span.
  @Test(arguments: PHIRule.catalogue.filter { !$0.example.isEmpty })
  func everyExampleFires(rule: PHIRule) {
    let findings = detector.findings(in: rule.example)
    #expect(
      findings.contains {
        $0.rule == rule.id && $0.text == rule.exampleMatch
          && $0.category == rule.category.rawValue
      }, "\(rule.id): \(findings.map { "\($0.rule) \($0.text)" })")
  }

  @Test func findingsCarryTheDetectorAndAnExplanation() throws {
    let finding = try #require(detector.findings(in: "call 555-123-4567").first)
    #expect(finding.detector == "phi")
    #expect(finding.isPHI)
    #expect(finding.phiCategory == .phone)
    #expect(!finding.explanation.isEmpty)
    #expect(finding.confidence > 0 && finding.confidence <= 1)
    #expect(finding.severity == .info)
  }
}

extension PHIRule: CustomTestStringConvertible {
  public var testDescription: String { id }
}
