import Testing

@testable import Triage

@Suite struct ReplyCheckerTests {
  @Test(arguments: [
    "Sorry to hear about your visit last week.",
    "When we saw you in March your results were normal.",
    "As your doctor I can say this is common.",
    "Our records show you missed two appointments.",
  ])
  func relationship(reply: String) {
    #expect(risks(reply).contains("reply.relationship"), "\(reply)")
  }

  @Test(arguments: [
    "Call us to book your appointment.",
    "Talk to your doctor before changing anything.",
    "We take your privacy seriously.",
  ])
  func relationshipHardNegatives(reply: String) {
    #expect(!risks(reply).contains("reply.relationship"), "\(reply)")
  }

  @Test func echoedPHIIsBlocked() throws {
    let original = "Dr. Smith saw me for my diabetes last week. - John Carter"
    let found = replyChecker.risks(
      in: "Thanks John, diabetes is manageable.", context: original)
    let echoes = found.filter { $0.rule == "reply.echoed_phi" }
    #expect(echoes.map(\.text).sorted() == ["John", "diabetes"])
    #expect(echoes.allSatisfy { $0.severity == .block && $0.suggestion?.isEmpty == false })
    #expect(!risks("Thanks for reaching out.", context: original).contains("reply.echoed_phi"))
  }

  @Test(arguments: [
    "Sounds like you have an ear infection.", "You probably have diabetes, honestly.",
  ])
  func diagnosis(reply: String) {
    #expect(risks(reply).contains("reply.diagnosis"), "\(reply)")
  }

  @Test(arguments: [
    "If you have chest pain, call 911.", "Do you have a fever?", "You have our thanks!",
  ])
  func diagnosisHardNegatives(reply: String) {
    #expect(!risks(reply).contains("reply.diagnosis"), "\(reply)")
  }

  @Test(arguments: [
    "Take 200 mg of ibuprofen every 6 hours.", "Stop your metformin for now.",
    "Double your dose tonight.",
  ])
  func dosing(reply: String) {
    #expect(risks(reply).contains("reply.dosing"), "\(reply)")
  }

  @Test func negatedDosingIsSafeAdvice() {
    #expect(
      !risks("Please don't stop your medication without talking to your doctor.").contains(
        "reply.dosing"))
  }

  @Test func emergenciesAndCrisesNeedGuidance() {
    let emergency = "my dad can't feel his left arm"
    #expect(risks("Hope he feels better soon.", context: emergency) == ["reply.missing_911"])
    #expect(!risks("Please call 911 now.", context: emergency).contains("reply.missing_911"))
    let crisis = "I want to end my life"
    let missing = replyChecker.risks(in: "Sending hugs.", context: crisis)
    #expect(missing.map(\.rule) == ["reply.missing_988"])
    #expect(missing.first?.severity == .block)
    #expect(missing.first?.suggestion?.contains("988") == true)
    #expect(!risks(BuiltInTemplates.crisis.body, context: crisis).contains("reply.missing_988"))
    let flagged = replyChecker.risks(
      in: "Good luck on the exam!", context: "I don't want to kill myself")
    #expect(flagged.first { $0.rule == "reply.missing_988" }?.severity == .warn)
  }

  @Test func individualAdviceNeedsARedirect() {
    #expect(risks("You should rest and drink fluids.").contains("reply.individual_advice"))
    #expect(
      !risks("You should call our office so we can help.").contains("reply.individual_advice"))
  }

  @Test func guaranteesToneCostLinksAndTags() {
    #expect(risks("This treatment will cure you, 100% guaranteed.").contains("reply.guarantee"))
    #expect(!risks("We cannot guarantee results.").contains("reply.guarantee"))
    #expect(risks("This is a fake review and you are lying").contains("reply.tone"))
    #expect(risks("PLEASE STOP POSTING THIS").contains("reply.tone"))
    #expect(risks("Thanks!! See you").contains("reply.tone"))
    #expect(!risks("Thank you for your feedback.").contains("reply.tone"))
    #expect(risks("The visit is $40 with most insurance.").contains("reply.cost"))
    #expect(risks("See https://quack.example.com/cure").contains("reply.unapproved_link"))
    #expect(!risks("See https://www.cdc.gov/flu").contains("reply.unapproved_link"))
    #expect(risks("@pat thanks, and @drjones agrees").filter { $0 == "reply.tagging" }.count == 1)
  }

  @Test func signOffAndDisclaimerFromThePolicy() {
    var policy = PracticePolicy()
    policy.signOff = "— The care team"
    policy.disclaimer = "General information, not medical advice."
    let checker = ReplyChecker(policy: policy)
    let missing = checker.risks(in: "Thanks for asking.", context: nil)
    #expect(missing.map(\.rule).sorted() == ["reply.missing_disclaimer", "reply.missing_sign_off"])
    #expect(missing.allSatisfy { $0.severity == .info })
    let complete = checker.risks(
      in: "Thanks. General information, not medical advice. — The care team", context: nil)
    #expect(complete.isEmpty)
  }

  @Test func thePracticesOwnDetailsAreNotRisks() {
    var policy = PracticePolicy()
    policy.phone = "(555) 010-0100"
    policy.portal = "https://portal.example.org"
    policy.handles = ["examplefm"]
    let checker = ReplyChecker(policy: policy)
    let reply = "You should call (555) 010-0100 or visit https://portal.example.org @examplefm"
    #expect(checker.risks(in: reply, context: nil).isEmpty)
  }

  @Test func theSeamTakesAMessage() {
    let original = Message(
      platform: .x, externalID: "1", authorHandle: "pat_q", text: "I want to die",
      createdAt: .now)
    let found = replyChecker.risks(in: "@pat_q we hear you", answering: original)
    #expect(found.map(\.rule) == ["reply.missing_988"])
    #expect(found.allSatisfy { $0.detector == "reply" })
  }
}
