/// The reply checker's phrase rules compiled into one index, with the policy's additions and
/// removals (`[lexicon.add]` / `[lexicon.remove]` lists named after a family).
struct ReplyLexicon: Sendable {
  static let builtInRules: [ReplyRule] = [
    RelationshipRule.rule, DiagnosisRule.rule, DosingRule.rule, GuaranteeRule.rule,
    ToneRule.rule, CostRule.rule, AdviceRule.rule, AdviceRule.redirect,
  ]

  /// The built-in families in `builtInRules` order, so a family's rule is
  /// `rules[family.rawValue]` (the policy changes phrases, never rules).
  enum Family: Int, CaseIterable {
    case relationship, diagnosis, dosing, guarantee, tone, cost, advice, redirect
  }

  /// Family names the policy may extend.
  static let families: Set<String> = Set(builtInRules.map(\.family))

  let rules: [ReplyRule]
  let index: PhraseIndex<Int>

  init(additions: [String: [String]] = [:], removals: [String: [String]] = [:]) {
    var rules = Self.builtInRules
    for (position, rule) in rules.enumerated() {
      if let added = additions[rule.family] { rules[position].phrases += added }
      let removed = Set((removals[rule.family] ?? []).map(TriageLexicon.normalized))
      if !removed.isEmpty {
        rules[position].phrases.removeAll { removed.contains(TriageLexicon.normalized($0)) }
      }
    }
    var index = PhraseIndex<Int>()
    for (position, rule) in rules.enumerated() {
      for phrase in rule.phrases {
        // Policy phrases were checked when the policy was read; a bad one is skipped here.
        guard case .success(let patterns) = TriageLexicon.compile(phrase) else { continue }
        for pattern in patterns { index.add(pattern, position) }
      }
    }
    index.finish()
    assert(rules.map(\.family) == Family.allCases.map { "\($0)" }, "ReplyLexicon.Family order")
    self.rules = rules
    self.index = index
  }

  /// Matches by rule (positions in `rules`), each in text order.
  func matches(in text: TokenizedText) -> [[PhraseIndex<Int>.Match]] {
    var byRule = [[PhraseIndex<Int>.Match]](repeating: [], count: rules.count)
    for match in index.matches(in: text) {
      byRule[index.entries[match.entry].payload].append(match)
    }
    return byRule
  }
}
