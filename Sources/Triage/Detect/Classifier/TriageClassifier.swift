/// Decides what an incoming message is (emergency, crisis, advice request, health question,
/// admin, review, spam, other) and how urgent it is, listing every reason with its span and
/// rule. Explainable rules decide; a small learned model (`LinearTextModel`) adds evidence
/// for spam, medical questions and crisis, and is itself explained by the words that moved it.
///
/// Thread-safe and cheap to share: build one per policy and reuse it.
public struct TriageClassifier: Sendable {
  public let lexicon: TriageLexicon
  public let model: LinearTextModel
  /// Platforms whose messages are reviews whatever they say (review sites).
  public var reviewPlatforms: Set<Platform>
  public var thresholds: TriageThresholds

  /// Review sites: everything imported from them is a review.
  public static let defaultReviewPlatforms: Set<Platform> = [
    "google", "yelp", "healthgrades", "zocdoc", "vitals", "ratemds", "trustpilot", "webmd",
    "birdeye", "tripadvisor",
  ]

  public init(
    lexicon: TriageLexicon = TriageLexicon(), model: LinearTextModel = .builtIn,
    reviewPlatforms: Set<Platform> = defaultReviewPlatforms,
    thresholds: TriageThresholds = TriageThresholds()
  ) {
    self.lexicon = lexicon
    self.model = model
    self.reviewPlatforms = reviewPlatforms
    self.thresholds = thresholds
  }

  /// Classifies a stored or imported message: its platform says whether it is a review.
  public func classify(_ message: Message) -> TriageResult {
    classify(message.text, platform: message.platform)
  }

  /// Classifies a text; `platform`, when given, marks reviews from review sites.
  public func classify(_ text: String, platform: Platform? = nil) -> TriageResult {
    let tokens = TokenizedText(text)
    let evidence = TriageEvidence(tokens, lexicon: lexicon)
    let scores = model.score(tokens, features: ModelFeatures.extract(tokens, evidence: evidence))
    let probabilities = TriageProbabilities(model: model, scores: scores)
    var decision = TriageDecision(
      evidence: evidence, probabilities: probabilities, thresholds: thresholds)
    decision.decide(isReviewSource: platform.map(reviewPlatforms.contains) ?? false)
    return decision.result()
  }
}

/// The model's outputs by name, with the tokens behind each.
struct TriageProbabilities {
  var spam = LinearTextModel.Score(probability: 0, contentProbability: 0, evidence: [])
  var medical = LinearTextModel.Score(probability: 0, contentProbability: 0, evidence: [])
  var crisis = LinearTextModel.Score(probability: 0, contentProbability: 0, evidence: [])

  init(model: LinearTextModel, scores: [LinearTextModel.Score]) {
    for (name, score) in zip(model.outputs, scores) {
      switch name {
      case "spam": spam = score
      case "medical": medical = score
      case "crisis": crisis = score
      default: continue
      }
    }
  }
}

/// Where the learned model's probabilities tip a decision. Tuned by cross-validation on the
/// development data (`rounds eval triage`); see docs/detection.md.
public struct TriageThresholds: Sendable, Hashable {
  /// The model alone calls a text a crisis above this (a writer talking about themselves in
  /// at least 20 words, and not a clearly medical question).
  public var crisisAlone = 0.5
  /// With strong signs of distress (a despairing phrase, or several), above this.
  public var crisisWithDistress = 0.3
  /// With a weaker sign (a low mood, a means of self-harm), above this.
  public var crisisWithMood = 0.4
  /// The model alone does not call a text a crisis when it finds it medical above this.
  public var medicalOverCrisis = 0.8
  /// The model alone calls a text spam above this.
  public var spamAlone = 0.8
  /// With spam phrases, above this.
  public var spamWithRules = 0.15
  /// With a link or a promotional word, above this.
  public var spamWithLink = 0.35
  /// A text whose only spam evidence is a link is spam only when its words alone (the link
  /// left out) score at least this.
  public var spamWordsWithLink = 0.5
  /// The model alone calls a text medical above this.
  public var medicalAlone = 0.65
  /// With health terms, above this.
  public var medicalWithTerms = 0.35
  /// For a question or a request, above this.
  public var medicalAsking = 0.4
  /// A medical question that mentions billing or insurance stays medical above this.
  public var medicalOverAdmin = 0.9

  public init() {}

  /// The names `set` accepts, e.g. `crisis_alone`.
  public static let names = [
    "crisis_alone", "crisis_with_distress", "crisis_with_mood", "medical_over_crisis", "spam_alone",
    "spam_with_rules",
    "spam_with_link", "spam_words_with_link", "medical_alone", "medical_with_terms",
    "medical_asking",
    "medical_over_admin",
  ]

  /// Changes one threshold by name; false when there is no such threshold.
  public mutating func set(_ name: String, _ value: Double) -> Bool {
    switch name {
    case "crisis_alone": crisisAlone = value
    case "crisis_with_distress": crisisWithDistress = value
    case "crisis_with_mood": crisisWithMood = value
    case "medical_over_crisis": medicalOverCrisis = value
    case "spam_alone": spamAlone = value
    case "spam_with_rules": spamWithRules = value
    case "spam_with_link": spamWithLink = value
    case "spam_words_with_link": spamWordsWithLink = value
    case "medical_alone": medicalAlone = value
    case "medical_with_terms": medicalWithTerms = value
    case "medical_asking": medicalAsking = value
    case "medical_over_admin": medicalOverAdmin = value
    default: return false
    }
    return true
  }
}
