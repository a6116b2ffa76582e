/// Rules that start from a rarer cue word share one pass over the word classes: an
/// organisation's tail, a work word, a store chain, a place field's label, a feature of the
/// land, a record key, a place lead and a name field's label. One pass costs less than one
/// per rule.
enum CueWordRules {
  private static let cues: WordClass = [
    .organizationTail, .workCue, .storeBrand, .locationLabel, .geoTail, .recordKey, .placeCue,
    .nameLabel,
  ]
  private static let organization: WordClass = [.organizationTail, .workCue, .storeBrand]

  static func apply(_ text: ScalarText, _ out: inout Candidates) {
    text.forEachToken(in: cues) { i in
      let word = text.classes[i]
      if !word.isDisjoint(with: organization) { OrganizationRules.apply(text, at: i, &out) }
      if word.contains(.locationLabel) { LocationFieldRule.apply(text, at: i, &out) }
      if word.contains(.geoTail) { GeoFeatureRule.apply(text, at: i, &out) }
      if word.contains(.recordKey) { RecordKeyNameRule.apply(text, at: i, &out) }
      if word.contains(.placeCue) { LowerCaseTownRule.apply(text, at: i, &out) }
      if word.contains(.nameLabel) { NameFieldRule.apply(text, at: i, &out) }
    }
  }
}
