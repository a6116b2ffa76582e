import Testing

@testable import Triage

/// Marketing and link bait in comments, and the ordinary posts with links that are not.
@Suite struct SpamRuleTests {
  @Test(arguments: [
    (
      "Great post!!! Buy cheap meds online with NO prescription, 80% off, fast discreet shipping",
      "spam.offer"
    ),
    ("🔥 Grow your followers FAST 🔥 10k real followers for $49 👉 DM us now!!", "spam.followers"),
    ("DM me for details, I make 500 a week trading crypto from home", "spam.contact"),
    ("Bitcoin trading signals, double your money in a week", "spam.offer"),
    ("Use my promo code SAVE20 at checkout", "spam.offer"),
    (
      "Want more 5-star reviews? Our SEO services get your business to the top of Google",
      "spam.followers"
    ),
    ("Nice song. See my new track and subscribe to me!", "spam.promotion"),
    ("please help me get 1000 subscribers, check out my channel", "spam.promotion"),
  ])
  func marketingIsSpam(text: String, rule: String) {
    let result = classifier.classify(text)
    #expect(result.category == .spam, "\(text): \(result.reasons.map(\.rule))")
    #expect(result.urgency == 0)
    #expect(result.reasons.contains { $0.rule == rule }, "\(result.reasons.map(\.rule))")
  }

  @Test(arguments: [
    (
      "Hi guys i sell phone cases, only 3 dollars http://www.ebay.com/itm/251638183951",
      "spam.link_target"
    ),
    ("https://www.gofundme.com/help-my-channel", "spam.link_target"),
    ("https://vimeo.com/107297364", "spam.bare_link"),
  ])
  func linkBaitIsSpam(text: String, rule: String) {
    let result = classifier.classify(text)
    #expect(result.category == .spam, "\(text): \(result.reasons.map(\.rule))")
    #expect(result.reasons.contains { $0.rule == rule }, "\(result.reasons.map(\.rule))")
  }

  /// Ordinary posts with a link: a bare tweet link (X wraps every link in t.co), a photo post,
  /// a headline; and patients who mention buying, prescriptions or followers.
  @Test(arguments: [
    "http://t.co/wjwf9N2EDT",
    "I posted a new photo to Facebook http://t.co/r98D54lZm0",
    "Just posted a photo http://t.co/7F0NTKeylm",
    "FBI seeks 90 victims of alleged serial child predator http://t.co/9F4sP4o2YB",
    "idk i like this picture http://t.co/0u1tlzND0r",
    "Can I buy ibuprofen without a prescription?",
    "My pharmacy says there is no refill left on my prescription, can you send one?",
    "My daughter has 1000 followers and now she won't sleep, is that normal?",
    "Thank you for the video about flu shots, I shared it with my mom",
  ])
  func ordinaryPostsAreNotSpam(text: String) {
    let result = classifier.classify(text)
    #expect(result.category != .spam, "\(text): \(result.reasons.map(\.rule))")
  }

  /// Asking for views, likes and subscriptions, misspelled or casual.
  @Test(arguments: [
    ("I am so awesome and smart!!! Sucscribe to me!", "spam.promotion"),
    (
      "Hey guys! It would be wonderful if you checked out some of my 8bit remixes!",
      "spam.promotion"
    ),
    ("I did a cover if u want to check it out THANK U", "spam.bait"),
    ("im in a contest and need a lot of likes so please if you could like this pict", "spam.bait"),
  ])
  func askingForViewsIsSpam(text: String, rule: String) {
    let result = classifier.classify(text)
    #expect(result.category == .spam, "\(text): \(result.reasons.map(\.rule))")
    #expect(result.reasons.contains { $0.rule == rule }, "\(result.reasons.map(\.rule))")
  }

  @Test(arguments: [
    "My doctor wrote about flu shots in the paper, check it out if you have time",
    "Do you like this picture of my rash? It looks worse today",
    "I did a cover of my shift at the clinic for a friend",
    "We did some covers for the night nurses, check it out on the schedule",
  ])
  func casualWordsAreNotSpam(text: String) {
    let result = classifier.classify(text)
    #expect(result.category != .spam, "\(text): \(result.reasons.map(\.rule))")
  }

  @Test func aBareLinkIsOnlyBaitOffX() {
    let tweet = TriageEvidence(TokenizedText("http://t.co/abc123"), lexicon: TriageLexicon())
    #expect(!tweet.items.contains { $0.rule.id == "spam.bare_link" })
    let comment = TriageEvidence(
      TokenizedText("https://binbox.io/DNCkM"), lexicon: TriageLexicon())
    #expect(comment.items.contains { $0.rule.id == "spam.bare_link" })
    let sentence = TriageEvidence(
      TokenizedText("Here is the article my doctor mentioned https://example.org/a"),
      lexicon: TriageLexicon())
    #expect(!sentence.items.contains { $0.rule.id == "spam.bare_link" })
  }

  /// A review from a review site stays a review; selling inside it is a flag (and does not
  /// make it urgent).
  @Test func spamInAReviewIsFlagged() {
    let result = classifier.classify(
      "Nice clinic! Want more 5-star reviews like this one? We get your business to #1 on Google Maps, visit seo-experts.example",
      platform: .google)
    #expect(result.category == .review)
    #expect(result.urgency == 1)
    #expect(result.reasons.contains { $0.isFlag && $0.rule == "spam.followers" })
    let honest = classifier.classify(
      "Dr. Lee was kind and the wait was short.", platform: .google)
    #expect(honest.flagCount == 0)
  }
}
