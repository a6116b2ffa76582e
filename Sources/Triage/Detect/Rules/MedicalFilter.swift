/// Names and places that are medicine: a drug-shaped word ("Ropinirole", "Kapvay" is not
/// caught, but "-statin", "-olol", "-mab" are), an eponymous disease ("Wilson's disease",
/// "Turner syndrome"), an eponymous sign, score or product ("Romberg", "Braden 13",
/// "Mepilex"), or a health insurer or device maker ("Harvard Pilgrim", "Boston
/// Scientific"). Titles and other context rules are trusted.
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
      // "Romberg", "Apgar N/A", "Braden 13", "Guillain Barre": an eponym that is always
      // medicine, or every word an eponym used as medicine here.
      if (first...last).contains(where: {
        MedicalShapes.medicalEponyms.contains(text.tokens[$0].hash)
      })
        || (first...last).allSatisfy({
          text.tokens[$0].kind != .word || MedicalShapes.isMedicalEponym(text, at: $0)
        })
      {
        return true
      }
      if Organizations.covers(text, first...last) { return true }
      // "discussed in Farsi", "speaks Bangla": a language names no one and nowhere.
      if first == last, NameWords.languages.contains(text.tokens[first].hash) { return true }
      if first == last, text.tokens[first].isAllLower,
        MedicalShapes.lowerCaseAids.contains(text.tokens[first].hash)
      {
        return true
      }
      return candidate.category == .name && MedicalShapes.isEponym(text, endingAt: last)
    }
  }
}
