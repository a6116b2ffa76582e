/// Places named by a feature of the land: "no ride from Coyote Wash", "sheep camp near Black
/// Rock Tank", "drove to Anthony Flats", "the waiting room at Saguaro Wells". Small places
/// like these are rarely in any gazetteer, but a capitalised name ending in a word such as
/// Wash, Flats, Creek or Mesa after "from", "to", "near", "in" or "at" is one.
enum GeoFeatureRule {
  static let tailsList = [
    "wash", "flats", "flat", "canyon", "mesa", "creek", "springs", "wells", "butte", "gap",
    "ridge", "valley", "lake", "lakes", "falls", "bluff", "bluffs", "hills", "junction",
    "bend", "harbor", "harbour", "bay", "island", "prairie", "tank", "corners", "forks",
    "meadows", "pines", "woods", "hollow", "crossing", "landing", "cove", "heights", "narrows",
  ]
  private static let leads = WordHash.set([
    "from", "to", "near", "in", "at", "outside", "around", "toward", "towards", "past", "into",
  ])

  /// The place ending at feature word `i` (see `CueWordRules`).
  static func apply(_ text: ScalarText, at i: Int, _ out: inout Candidates) {
    guard text.tokens[i].isCapitalized, !text.tokens[i].isAllUpper,
      let first = nameStart(text, endingAt: i)
    else { return }
    var lead = first - 1
    if text.isWord(lead, Words.the) { lead -= 1 }
    guard let word = text.token(lead), word.kind == .word, leads.contains(word.hash) else {
      return
    }
    out.add(
      text.tokens[first].start, text.tokens[i].end, .location, .landFeature, confidence: 0.7,
      priority: Priority.lexical)
  }

  /// The first of one to three capitalised words before tail `i` that name the place, or
  /// nil: not a title, a month, a health word or a facility's word.
  private static func nameStart(_ text: ScalarText, endingAt i: Int) -> Int? {
    var first = i
    var j = i - 1
    while j >= 0, i - j <= 3, let t = text.token(j), t.kind == .word, t.isCapitalized,
      !t.isAllUpper, t.spaceBefore || j == 0, !text.tokens[j + 1].flags.contains(.lineStart),
      !text.isClass(
        j,
        [
          .placeStop, .notName, .title, .role, .month, .weekday, .facilityHead, .facilityNoun,
          .department,
        ]),
      !text.entries[j].isHealthTerm, !text.entries[j].isStateOrCountry
    {
      first = j
      j -= 1
    }
    return first < i ? first : nil
  }
}
