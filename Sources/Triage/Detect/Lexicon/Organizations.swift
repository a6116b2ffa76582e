/// Health insurers and medical device makers whose names read like people or places
/// ("Harvard Pilgrim", "Boston Scientific", "St. Jude Medical"): an organisation is not
/// PHI, so lexicon and tagger names or places inside one are dropped.
enum Organizations {
  static let phrasesList: [String] = [
    "harvard pilgrim", "tufts health plan", "blue cross", "blue shield", "aetna", "cigna",
    "humana", "unitedhealthcare", "united healthcare", "anthem", "kaiser permanente",
    "masshealth", "tricare", "molina", "centene", "wellcare", "ambetter", "highmark",
    "premera", "regence", "oscar health", "fallon health", "neighborhood health plan",
    "boston scientific", "medtronic", "st. jude medical", "st jude medical", "abbott",
    "biotronik", "zimmer", "stryker", "smith & nephew", "dexcom", "tandem", "insulet",
    "omnipod", "resmed", "philips respironics", "baxter", "hospira", "pfizer", "moderna",
    "johnson & johnson", "janssen", "eli lilly", "novo nordisk", "merck", "sanofi",
    "astrazeneca", "glaxosmithkline", "bayer", "teva",
    "quest diagnostics", "labcorp", "delta dental", "fidelis", "medicare", "medicaid",
  ]
  static let matcher = PhraseMatcher(phrasesList)

  /// Whether an organisation's name overlaps tokens `range`.
  static func covers(_ text: ScalarText, _ range: ClosedRange<Int>) -> Bool {
    var i = max(0, range.lowerBound - 3)
    while i <= range.upperBound {
      if let last = matcher.match(text, at: i), last >= range.lowerBound { return true }
      i += 1
    }
    return false
  }
}
