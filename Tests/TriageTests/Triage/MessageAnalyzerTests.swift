import Foundation
import Testing

@testable import Triage

@Suite struct MessageAnalyzerTests {
  let analyzer = MessageAnalyzer()

  @Test func inboundMessagesGetPHIAndTriage() throws {
    let message = sampleMessage("1", text: "My dad John can't feel his left arm, call 555-201-3344")
    let analysis = analyzer.analyze(message)
    #expect(analysis.category == .emergency)
    #expect(analysis.urgency == 3)
    #expect(analysis.phiCount >= 2)
    #expect(analysis.findings.contains { $0.detector == "phi" && $0.category == "PHONE" })
    #expect(analysis.findings.contains { $0.detector == "triage" && $0.rule == "emergency.stroke" })
    let store = try makeStore()
    let (id, _) = try store.insertIfAbsent(message)
    try store.applyAnalysis(analysis, toMessage: id)
    #expect(try store.message(id: id)?.category == .emergency)
  }

  @Test func negatedCrisisIsAFlag() {
    let analysis = analyzer.analyze(sampleMessage("2", text: "I don't want to kill myself"))
    #expect(analysis.category != .crisis)
    #expect(analysis.flagCount == 1)
  }

  @Test func thePracticesOwnRepliesAreAudited() {
    let own = sampleMessage(
      "3", text: "Sorry about your visit, take 400 mg ibuprofen", kind: .own)
    let analysis = analyzer.analyze(own)
    #expect(analysis.category == .other)
    #expect(analysis.flagCount >= 2)
    #expect(analysis.findings.contains { $0.rule == "reply.relationship" })
  }

  @Test func thePracticeFromThePolicyIsNotPHI() {
    var policy = PracticePolicy()
    policy.phone = "555-010-0100"
    let practice = MessageAnalyzer(policy: policy)
    let analysis = practice.analyze(sampleMessage("4", text: "Is 555-010-0100 your number?"))
    #expect(analysis.phiCount == 0)
    #expect(analysis.findings.contains { $0.category == "PRACTICE" })
  }
}
