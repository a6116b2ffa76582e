/// Scores the classifier on the development corpus: a confusion table (predicted category per
/// source group) and the three bars of the issue, optionally with k-fold cross-validation so
/// the learned model is never scored on texts it was trained on.
public struct TriageEvaluation: Sendable {
  /// Rates over a set of texts: how many, and how many the classifier put in the category.
  public struct Rate: Sendable, Hashable {
    public var hits = 0
    public var total = 0
    public var value: Double { total == 0 ? 0 : Double(hits) / Double(total) }
  }

  /// Predicted categories per source group.
  public private(set) var confusion: [String: [Category: Int]] = [:]
  public private(set) var crisisRecall = Rate()
  /// Non-crisis texts called crisis: ordinary text (tweets, comments, non-health posts) and
  /// medical questions; mental-health posts are counted apart.
  public private(set) var crisisFalseOrdinary = Rate()
  public private(set) var crisisFalseMedical = Rate()
  public private(set) var crisisFalseMentalHealth = Rate()
  public private(set) var medicalRecall = Rate()
  public private(set) var medicalFalse = Rate()
  public private(set) var spamRecall = Rate()
  public private(set) var spamFalse = Rate()
  /// Held-out tweets (the BTC and WNUT17 dev splits) called spam: ordinary text with bare
  /// links and photo posts, not part of the bar's comment sets.
  public private(set) var spamFalseTweets = Rate()
  /// Texts and seconds spent classifying them.
  public private(set) var classified = 0
  public private(set) var seconds = 0.0
  public let folds: Int
  /// Each text's result, in corpus order.
  public private(set) var results: [TriageResult] = []

  static let medicalCategories: Set<Category> = [.emergency, .adviceRequest, .healthQuestion]

  /// With `folds >= 2`, each text is classified by a model trained without its fold;
  /// otherwise by `classifier` as given.
  public init(
    corpus: DevCorpus, classifier: TriageClassifier, folds: Int, trainer: ModelTrainer? = nil
  ) {
    self.folds = folds
    var classifiers: [TriageClassifier] = [classifier]
    if folds >= 2 {
      let trainer = trainer ?? ModelTrainer(outputs: ["spam", "medical", "crisis"])
      classifiers = (0..<folds).map { fold in
        TriageClassifier(
          lexicon: classifier.lexicon,
          model: trainer.train(corpus.trainingExamples(excludingFold: fold, of: folds)),
          reviewPlatforms: classifier.reviewPlatforms, thresholds: classifier.thresholds)
      }
    }
    let clock = ContinuousClock()
    let started = clock.now
    for (index, text) in corpus.texts.enumerated() {
      let fold = folds >= 2 ? DevCorpus.fold(of: index, folds) : 0
      let result = classifiers[fold].classify(text.text)
      record(text, result.category)
      results.append(result)
    }
    let elapsed = clock.now - started
    classified = corpus.texts.count
    seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }

  private mutating func record(_ text: DevCorpus.Text, _ category: Category) {
    confusion[text.group, default: [:]][category, default: 0] += 1
    let crisis = category == .crisis
    if text.isCrisis == true {
      crisisRecall.add(crisis)
    } else if text.group == "meqsum" {
      crisisFalseMedical.add(crisis)
    } else if text.isCrisis == nil {
      crisisFalseMentalHealth.add(crisis)
    } else {
      crisisFalseOrdinary.add(crisis)
    }
    let medical = Self.medicalCategories.contains(category)
    if text.isMedical == true { medicalRecall.add(medical) }
    if text.isMedical == false { medicalFalse.add(medical) }
    let spam = category == .spam
    if text.isSpam == true { spamRecall.add(spam) }
    if text.isSpam == false, text.group.hasPrefix("youtube") || text.group == "tweeteval" {
      spamFalse.add(spam)
    }
    if text.group == "btc/dev" || text.group == "wnut17/dev" { spamFalseTweets.add(spam) }
  }
}

extension TriageEvaluation.Rate {
  mutating func add(_ hit: Bool) {
    total += 1
    if hit { hits += 1 }
  }
}
