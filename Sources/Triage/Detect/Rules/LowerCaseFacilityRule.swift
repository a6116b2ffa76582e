/// Facilities typed in lower case, as posts often are: "shoutout to dr pham at eastlake
/// family med", "3 hrs at mercy ridge urgent care", "nurse bao at little saigon community
/// clinic". The facility rule needs capitals; here "at", "from" or "to" must come before one
/// to three lower-case words, one of which names the place (a name, a town or a rare word),
/// and a facility head after them ("family med", "urgent care", "general").
enum LowerCaseFacilityRule {
  private static let leads = WordHash.set(["at", "from", "to", "@"])

  static func apply(_ text: ScalarText, _ out: inout Candidates) {
    let tokens = text.tokens
    let heads: WordClass = [.facilityHead, .facilityNoun, .department]
    var covered = 0
    text.forEachToken(in: heads) { i in
      guard i > covered, i > 0, tokens[i].isAllLower, let last = PlaceRules.headEnd(text, i),
        !text.isClass(i - 1, [.facilityHead, .department])
      else { return }
      var first = i
      var named = false
      var j = i - 1
      while j >= 0, i - j <= 3, let t = text.token(j), t.kind == .word, t.isAllLower, t.isAlpha,
        !text.isClass(j, [.placeStop, .notName, .title, .relation, .weekday, .month]),
        !text.entries[j].isHealthTerm
      {
        let entry = text.entries[j]
        named = named || entry.isName || entry.isCity || entry.wordFrequency <= 5
        first = j
        j -= 1
      }
      guard named, first < i, let lead = text.token(first - 1), leads.contains(lead.hash)
      else { return }
      out.add(
        tokens[first].start, tokens[last].end, .location, .facility, confidence: 0.7,
        priority: Priority.place)
      covered = last
    }
  }
}
