import Foundation

/// Every classifier rule compiled into one phrase matcher, with the practice's additions and
/// removals applied (from the policy's `[lexicon]` tables).
public struct TriageLexicon: Sendable {
  /// The built-in rules, in the order they are documented.
  public static let builtInRules: [TriageRule] =
    EmergencyRules.all + CrisisRules.all + HealthTerms.all + RequestRules.all + AdminRules.all
    + ReviewRules.all + SpamRules.all + SympathyRules.all + IgnoreRules.all

  public private(set) var rules: [TriageRule]
  /// Phrases the policy asked for that could not be compiled.
  public private(set) var problems: [String] = []
  private(set) var matcher = PhraseIndex<Int>()
  /// The conditions and symptoms alone (`DiagnosisRule.healthRules`), for the reply
  /// checker, which looks for them after "you have" without running every rule.
  private(set) var diagnosisTerms = PhraseIndex<Int>()
  /// The rule links to shops, fundraisers and referrals are reported under (matched in code).
  private(set) var linkTargetRule: Int?
  /// The rule a comment that is only a link is reported under (matched in code).
  private(set) var bareLinkRule: Int?

  /// The built-in rules plus `additions` (rule id `<signal>.policy`), minus `removals`
  /// (phrases compared after normalization, whichever built-in rule holds them).
  public init(
    additions: [TriageSignal: [String]] = [:], removals: [TriageSignal: [String]] = [:]
  ) {
    rules = Self.builtInRules
    for signal in TriageSignal.allCases {
      guard let phrases = additions[signal], !phrases.isEmpty else { continue }
      let weight = signal == .health || signal == .distress || signal == .question ? 1 : 2
      rules.append(
        TriageRule(
          "\(signal.rawValue).policy", signal, weight: weight,
          "a phrase this practice added (\(signal.rawValue))", phrases))
    }
    for (position, rule) in rules.enumerated() {
      let removed = Set((removals[rule.signal] ?? []).map(Self.normalized))
      let isHealthRule = DiagnosisRule.healthRules.contains(rule.id)
      // Normalizing costs more than compiling: only when there is something to remove.
      for phrase in rule.phrases where removed.isEmpty || !removed.contains(Self.normalized(phrase))
      {
        switch Self.compile(phrase) {
        case .success(let patterns):
          for pattern in patterns {
            matcher.add(pattern, position)
            if isHealthRule { diagnosisTerms.add(pattern, position) }
          }
        case .failure(let error): problems.append("\(rule.id): \(error.reason) in \"\(phrase)\"")
        }
      }
    }
    matcher.finish()
    diagnosisTerms.finish()
    linkTargetRule = rules.firstIndex { $0.id == "spam.link_target" }
    bareLinkRule = rules.firstIndex { $0.id == "spam.bare_link" }
  }

  /// Lower case, single spaces, apostrophes dropped: how removals are compared.
  static func normalized(_ phrase: String) -> String {
    phrase.lowercased().replacingOccurrences(of: "'", with: "").replacingOccurrences(
      of: "\u{2019}", with: ""
    ).split(separator: " ").joined(separator: " ")
  }

  /// A phrase with its `( | )` groups expanded, each compiled.
  static func compile(_ phrase: String) -> Result<[PhrasePattern], PhraseError> {
    switch PhrasePattern.expand(phrase) {
    case .failure(let error): return .failure(error)
    case .success(let sources):
      var patterns: [PhrasePattern] = []
      for source in sources {
        switch PhrasePattern.parse(source) {
        case .success(let pattern): patterns.append(pattern)
        case .failure(let error): return .failure(error)
        }
      }
      return .success(patterns)
    }
  }

  /// Whether a policy phrase compiles; the reason when it does not.
  public static func check(_ phrase: String) -> String? {
    switch compile(phrase) {
    case .success: nil
    case .failure(let error): error.reason
    }
  }
}
