import Testing

@testable import Triage

@Suite struct EmergencyRuleTests {
  @Test(arguments: [
    ("I have crushing chest pain right now", "emergency.cardiac"),
    ("my dad can't feel his left arm", "emergency.stroke"),
    ("My husband is having a stroke, his face is drooping", "emergency.stroke"),
    ("I can't breathe and my lips are turning blue", "emergency.breathing"),
    ("My son cut his hand and it won't stop bleeding", "emergency.bleeding"),
    ("my throat is closing after eating peanuts", "emergency.anaphylaxis"),
    ("My roommate took too many pills and is unconscious", "emergency.overdose"),
    ("my toddler swallowed a battery", "emergency.overdose"),
    ("she collapsed and won't wake up", "emergency.unresponsive"),
    ("he got shot in the leg", "emergency.injury"),
    ("I'm 30 weeks pregnant and bleeding heavily", "emergency.pregnancy"),
    ("my 2 month old has a fever and is really lethargic, help", "emergency.infant_fever"),
    ("I am short of breath suddenly and scared", "emergency.breathing_weak"),
  ])
  func emergencies(text: String, rule: String) {
    let result = classifier.classify(text)
    #expect(result.category == .emergency, "\(text)")
    #expect(result.urgency == 3)
    #expect(result.reasons.contains { $0.rule == rule }, "\(result.reasons.map(\.rule))")
  }

  @Test func reasonsCarryExactSpans() throws {
    let text = "my dad can't feel his left arm"
    let reason = try #require(classifier.classify(text).reasons.first)
    #expect(reason.start == 7)
    #expect(reason.end == 30)
    #expect(reason.text == "can't feel his left arm")
  }

  @Test func resolvedSymptomIsFlaggedNotAnEmergency() {
    let result = classifier.classify("my chest pain went away yesterday")
    #expect(result.category != .emergency)
    #expect(result.flagCount == 1)
    #expect(result.urgency == 2)
    #expect(result.reasons.contains { $0.rule == "context.resolved" && $0.text == "went away" })
  }

  @Test(arguments: [
    "What are the signs of a stroke?",
    "That was a stroke of genius",
    "No chest pain, just a cough for a week. Should I worry?",
    "I had a heart attack in 2015 and I'm doing well",
    "That movie gave me a heart attack lol",
    "My wife's shortness of breath is better since she started the inhaler",
  ])
  func hardNegatives(text: String) {
    #expect(classifier.classify(text).category != .emergency, "\(text)")
  }

  @Test func pregnancyNeedsADangerSignNearby() {
    #expect(triage("I'm pregnant, is it safe to eat sushi?").0 != .emergency)
  }
}
