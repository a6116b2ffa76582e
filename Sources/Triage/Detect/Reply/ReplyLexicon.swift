/// The reply checker's phrase rules compiled into one index, with the policy's additions and
/// removals (`[lexicon.add]` / `[lexicon.remove]` lists named after a family).
struct ReplyLexicon: Sendable {
  static let builtInRules: [ReplyRule] = [
    RelationshipRule.rule, DiagnosisRule.rule, DosingRule.rule, GuaranteeRule.rule,
    ToneRule.rule, CostRule.rule, AdviceRule.rule, AdviceRule.redirect,
  ]

  /// Family names the policy may extend.
  static let families: Set<String> = Set(builtInRules.map(\.family))

  let rules: [ReplyRule]
  let index: PhraseIndex<Int>

  init(additions: [String: [String]] = [:], removals: [String: [String]] = [:]) {
    var rules = Self.builtInRules
    for (position, rule) in rules.enumerated() {
      if let added = additions[rule.family] { rules[position].phrases += added }
      let removed = Set((removals[rule.family] ?? []).map(TriageLexicon.normalized))
      rules[position].phrases.removeAll { removed.contains(TriageLexicon.normalized($0)) }
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
    self.rules = rules
    self.index = index
  }

  /// Matches by family, in text order.
  func matches(in text: TokenizedText) -> [String: [PhraseIndex<Int>.Match]] {
    var byFamily: [String: [PhraseIndex<Int>.Match]] = [:]
    for match in index.matches(in: text) {
      byFamily[rules[index.entries[match.entry].payload].family, default: []].append(match)
    }
    return byFamily
  }

  func rule(_ family: String) -> ReplyRule? { rules.first { $0.family == family } }
}
