import Testing

@testable import Triage

@Suite struct CategoryRuleTests {
  @Test(arguments: [
    ("Should I stop taking metformin before my surgery?", Category.adviceRequest),
    ("Is it safe for me to take ibuprofen with lisinopril?", .adviceRequest),
    ("My son has a rash and a fever of 101, what should I do?", .adviceRequest),
    ("What causes migraines?", .healthQuestion),
    ("Is diabetes genetic?", .healthQuestion),
    ("What are the side effects of the shingles vaccine?", .healthQuestion),
  ])
  func medicalQuestions(text: String, category: Category) {
    #expect(triage(text).0 == category, "\(text): \(rules(text))")
  }

  @Test(arguments: [
    ("Can I book an appointment for next Tuesday?", "admin.appointment"),
    ("Do you take Blue Cross insurance?", "admin.billing"),
    ("What are your hours on Saturday?", "admin.hours"),
    ("How do I get a copy of my records?", "admin.records"),
    ("I need a refill on my prescription", "admin.refill"),
  ])
  func admin(text: String, rule: String) {
    let result = classifier.classify(text)
    #expect(result.category == .admin, "\(text)")
    #expect(result.urgency == 1)
    #expect(result.reasons.contains { $0.rule == rule })
  }

  @Test(arguments: ["I slept 13 hours last night", "Great game last night, what a comeback"])
  func adminHardNegatives(text: String) {
    #expect(triage(text).0 == .other, "\(text): \(rules(text))")
  }

  @Test func reviewsByText() {
    #expect(triage("Dr. Lee is the best doctor, highly recommend!") == (.review, 0))
    #expect(triage("Rude receptionist and we waited two hours. Never again.") == (.review, 1))
  }

  @Test func everythingFromAReviewSiteIsAReview() {
    let result = classifier.classify("Is it safe to take ibuprofen daily?", platform: .google)
    #expect(result.category == .review)
    #expect(result.reasons.first?.rule == "source.review")
    let message = Message(
      platform: "yelp", externalID: "1", text: "The parking was fine", createdAt: .now)
    #expect(classifier.classify(message).category == .review)
    #expect(triage("Is it safe to take ibuprofen daily?", platform: .x).0 != .review)
  }

  @Test func aReviewDescribingACrisisStaysAReviewButIsUrgent() {
    let result = classifier.classify("I want to kill myself after this visit", platform: .google)
    #expect(result.category == .review)
    #expect(result.urgency == 3)
    #expect(result.flagCount >= 1)
    #expect(result.hasCrisisSignal)
  }

  @Test(arguments: [
    "Check out my channel and subscribe http://bit.ly/abc",
    "Earn $500 a day from home, click here http://x.co/y",
    "Follow 4 follow, like 4 like!!",
  ])
  func spam(text: String) {
    #expect(triage(text) == (.spam, 0), "\(text): \(rules(text))")
  }

  @Test(arguments: [
    "Thank you for the helpful video about flu shots",
    "What a great song, I listen to it every day",
  ])
  func spamHardNegatives(text: String) {
    #expect(triage(text).0 != .spam, "\(text): \(rules(text))")
  }

  @Test func everyReasonHasASpanInsideTheText() {
    for text in [
      "Check out my channel http://bit.ly/abc", "my dad can't feel his left arm",
      "I don't want to kill myself", "Should I double my insulin dose?",
    ] {
      let count = text.unicodeScalars.count
      for reason in classifier.classify(text).reasons {
        #expect(reason.start >= 0 && reason.start <= reason.end && reason.end <= count)
        #expect(!reason.rule.isEmpty)
      }
    }
  }

  @Test func policyLexiconChangesApply() {
    var policy = PracticePolicy()
    policy.triageAdditions[.emergency] = ["purple (rash|spots) and (a|) fever"]
    policy.triageRemovals[.admin] = ["(your|office|opening|business|clinic|holiday|weekend) hours"]
    let custom = TriageClassifier(policy: policy)
    let rash = custom.classify("my baby has purple spots and a fever")
    #expect(rash.category == .emergency)
    #expect(rash.reasons.contains { $0.rule == "emergency.policy" })
    #expect(custom.classify("What are your hours?").category != .admin)
  }
}
