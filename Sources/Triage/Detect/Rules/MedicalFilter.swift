/// Names and places that are medicine: a drug-shaped word ("Ropinirole", "Kapvay" is not
/// caught, "Arimidex" neither, but "-statin", "-olol", "-mab" are) or an eponymous disease
/// ("Wilson's disease", "Turner syndrome"). Titles and other context rules are trusted.
enum MedicalFilter {
  private static let filtered: Set<String> = [
    PHIRule.lexiconName.id, PHIRule.taggedName.id, PHIRule.repeatedName.id,
    PHIRule.taggedPlace.id, PHIRule.city.id, PHIRule.invertedName.id,
  ]

  static func apply(_ text: ScalarText, _ out: inout Candidates) {
    out.removeAll { candidate in
      guard candidate.category == .name || candidate.category == .location,
        filtered.contains(candidate.rule.id)
      else { return false }
      let first = text.tokenIndex(startingAt: candidate.start)
      var last = first
      while last + 1 < text.tokens.count, text.tokens[last + 1].end <= candidate.end { last += 1 }
      guard first < text.tokens.count else { return false }
      if (first...last).contains(where: { MedicalShapes.isDrugLike(text, text.tokens[$0]) }) {
        return true
      }
      return candidate.category == .name && MedicalShapes.isEponym(text, endingAt: last)
    }
  }
}
