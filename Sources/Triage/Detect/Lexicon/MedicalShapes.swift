/// Word shapes that mark medicine rather than people: drug-name endings ("ropinirole",
/// "atorvastatin", "adalimumab") and eponymous diseases ("Wilson's disease", "Turner
/// syndrome", "Charcot Marie Tooth").
enum MedicalShapes {
  private static let drugEndings: [[UInt32]] = [
    "mab", "nib", "pril", "olol", "sartan", "statin", "azole", "mycin", "cillin", "oxacin",
    "dipine", "zepam", "azepam", "tidine", "prazole", "triptan", "vir", "afil", "gliptin",
    "gliflozin", "glutide", "parin", "inirole", "olone", "asone", "oxetine",
    "apine", "idone", "profen",
  ].map { $0.unicodeScalars.map(\.value) }

  /// Whether a word of at least seven letters ends like a drug name.
  static func isDrugLike(_ text: ScalarText, _ token: Token) -> Bool {
    guard token.length >= 7, token.isAlpha else { return false }
    let scalars = text.scalars
    for ending in drugEndings {
      guard ending.count < token.length else { continue }
      var matches = true
      for (k, c) in ending.enumerated() {
        let s = scalars[token.end - ending.count + k]
        if (CharacterClass.isUpperASCII(s) ? s + 32 : s) != c {
          matches = false
          break
        }
      }
      if matches { return true }
    }
    return false
  }

  /// Words after a person's name that make it the name of a disease, sign or test.
  static let eponymFollowers = WordHash.set([
    "disease", "diseases", "syndrome", "syndromes", "palsy", "sarcoma", "fever", "tumor",
    "tumour", "lymphoma", "ataxia", "dystrophy", "anemia", "anaemia", "sign", "test", "scale",
    "score", "criteria", "procedure", "operation", "reflex", "phenomenon", "maneuver",
    "manoeuvre", "classification", "cyst", "node", "nodes", "esophagus", "ulcer", "contracture",
    "thyroiditis", "encephalopathy", "neuralgia", "neuroma", "effect", "law", "tooth",
  ])

  /// Whether the span ending at token `last` is followed (after an optional 's) by a word
  /// such as "disease" or "syndrome".
  static func isEponym(_ text: ScalarText, endingAt last: Int) -> Bool {
    var j = last + 1
    if text.isSymbol(j, 0x27) || text.isSymbol(j, 0x2019), text.isWord(j + 1, Words.s) { j += 2 }
    guard let next = text.token(j), next.kind == .word else { return false }
    return eponymFollowers.contains(next.hash)
  }
}
