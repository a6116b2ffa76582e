/// Word shapes that mark medicine rather than people: drug-name endings ("ropinirole",
/// "atorvastatin", "adalimumab") and eponymous diseases ("Wilson's disease", "Turner
/// syndrome", "Charcot Marie Tooth").
enum MedicalShapes {
  private static let drugEndings: [[UInt32]] = [
    "mab", "nib", "pril", "olol", "sartan", "statin", "azole", "mycin", "cillin", "oxacin",
    "dipine", "zepam", "azepam", "tidine", "prazole", "triptan", "vir", "afil", "gliptin",
    "gliflozin", "glutide", "parin", "inirole", "olone", "asone", "oxetine",
    "apine", "idone", "profen",
    // Clinical words rather than drugs: "Afebrile", "Cholecystectomy", "Hyponatremia".
    "febrile", "itis", "osis", "emia", "aemia", "ectomy", "otomy", "ostomy", "plasty",
    "scopy", "algia", "uria", "pnea", "cardia", "opathy", "penia", "trophy", "megaly",
    "plegia", "paresis", "lysis", "iasis", "ectasis", "rrhea", "rrhage", "ology",
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

  /// Eponyms that in a note are almost always a disease, sign, score, test, procedure or
  /// product rather than a person: never reported as names or places through the lexicon
  /// or the tagger ("Romberg negative", "Braden 13", "hx Crohn's", "Mepilex applied").
  /// After a title they are still names ("Dr. Romberg").
  static let medicalEponymsList: [String] = [
    "alzheimer", "alzheimer's", "apgar", "cheyne", "nottingham", "hoehn", "otago", "babinski",
    "barre", "barré", "billroth", "braden",
    "brudzinski", "chvostek", "crohn", "crohn's", "cushing's", "doppler", "epley", "gleason",
    "guillain", "hashimoto", "hashimoto's", "heimlich", "hickman", "hirschsprung", "hodgkin",
    "hodgkin's", "homan", "homan's", "homans", "kaposi", "karnofsky", "kawasaki", "kernig",
    "koebner", "korotkoff", "korsakoff", "kussmaul", "lachman", "mallampati", "mantoux",
    "mcburney", "mcmurray", "meckel", "meckel's", "mepilex", "nikolsky", "parkinson's",
    "phalen", "raynaud", "raynaud's", "romberg", "rovsing", "sjogren", "sjögren", "sjogren's",
    "snellen", "tegaderm", "allevyn", "tinel", "tourette", "tourette's", "trendelenburg",
    "trousseau", "valsalva", "wernicke", "wilms", "yankauer", "coombs", "kerlix", "steri",
    "duoderm", "aquacel", "xeroform", "jobst", "unna", "bovie", "ganz", "holter", "whipple",
    "foley",
    "nissen",
    // Scores named after people and towns: "Glasgow-Blatchford 11", "Rockall 3".
    "blatchford", "rockall",
    // Vaccines, breathing support and tests written like names ("Tdap today", "Started on
    // BiPAP", "Plan: Hep B #3", "Spirometry on 3/1", "Echo showed EF 45%").
    "tdap", "dtap", "bipap", "cpap", "hep", "spirometry", "echo",
  ]
  static let medicalEponyms = WordHash.set(medicalEponymsList)

  /// Eponyms that are also common surnames or towns: medical only with a cue after them
  /// (a number, "sign", "'s" closing a phrase): "Morse 45", "Murphy's sign", "Bethesda III".
  static let surnameEponyms = WordHash.set([
    "addison", "allen", "barrett", "bell", "bethesda", "clark", "cushing", "down", "ewing",
    "fisher", "glasgow", "graham", "graves", "hunt", "huntington", "marfan", "miller",
    "morse", "murphy", "paget", "parkinson", "ranson", "ross", "tanner", "turner",
    "wells", "wilson", "norton", "barthel", "rankin", "richmond", "killip", "child",
    "pugh", "caprini", "centor", "duke", "jones", "salter", "harris", "weber", "rinne",
    "spurling", "osler", "virchow", "levine", "beck", "legionella", "epstein", "barr",
    // "Bristol type 5", "Epworth 16", "Forrest IIa", "Vanderbilt scores"
    "bristol", "epworth", "forrest", "vanderbilt",
  ])

  /// Aids that are surnames too, medical when written in lower case: "with walker".
  static let lowerCaseAids = WordHash.set([
    "walker", "cane", "crutches", "commode", "brace", "sling", "splint", "foley", "bedpan",
  ])

  /// Roman numerals after an eponym: "Bethesda III", "Killip II".
  /// Grades after an eponym, "Forrest IIa" and "Bethesda III" among them.
  private static let romanNumerals = WordHash.set([
    "i", "ii", "iii", "iv", "v", "vi", "ia", "ib", "iia", "iib", "iic", "iiia", "iiib",
  ])

  /// A grade in Roman numerals at token `i`: "III", "IIa", "V".
  private static func isGrade(_ text: ScalarText, _ i: Int) -> Bool {
    guard let token = text.token(i), token.kind == .word, romanNumerals.contains(token.hash),
      !token.isAllLower
    else { return false }
    return text[token.start] == 0x49 || text[token.start] == 0x56
  }

  /// Whether the single word at token `i` is an eponym used as medicine here.
  static func isMedicalEponym(_ text: ScalarText, at i: Int) -> Bool {
    let token = text.tokens[i]
    if medicalEponyms.contains(token.hash) { return true }
    // "IIa" in "Forrest IIa": the grade after an eponym is part of it.
    if isGrade(text, i), i > 0, surnameEponyms.contains(text.tokens[i - 1].hash) { return true }
    guard surnameEponyms.contains(token.hash) else { return false }
    guard let next = text.token(i + 1) else { return false }
    if next.isNumber || isGrade(text, i + 1) { return true }
    // "Bristol type 5", "Wilson disease", "Vanderbilt scores"
    if next.kind == .word, next.isAllLower, eponymFollowers.contains(next.hash) { return true }
    // "h/o Parkinson's, HTN": a possessive that closes the phrase
    if next.kind == .symbol, next.first == 0x27 || next.first == 0x2019,
      text.isWord(i + 2, Words.s), text.isGlued(i + 2)
    {
      guard let after = text.token(i + 3) else { return true }
      return after.kind == .symbol || eponymFollowers.contains(after.hash)
    }
    return false
  }

  /// Words after a person's name that make it the name of a disease, sign or test.
  static let eponymFollowers = WordHash.set([
    "stage", "grade", "level", "catheter", "drain", "drains", "line", "class", "index",
    "position", "stockings", "tube", "repair", "fundoplication", "fracture", "hernia",
    "pouch", "protocol", "ratio", "dressing", "monitor", "negative", "positive",
    "disease", "diseases", "syndrome", "syndromes", "palsy", "sarcoma", "fever", "tumor",
    "tumour", "lymphoma", "ataxia", "dystrophy", "anemia", "anaemia", "sign", "test", "scale",
    "score", "criteria", "procedure", "operation", "reflex", "phenomenon", "maneuver",
    "manoeuvre", "classification", "cyst", "node", "nodes", "esophagus", "ulcer", "contracture",
    "thyroiditis", "encephalopathy", "neuralgia", "neuroma", "effect", "law", "tooth",
    "type", "scores",
  ])

  /// Whether the span ending at token `last` is followed (after an optional 's) by a word
  /// such as "disease" or "syndrome".
  static func isEponym(_ text: ScalarText, endingAt last: Int) -> Bool {
    var j = last + 1
    if text.isApostrophe(j) {
      // "Wilson's disease"; "Graves' disease" (the apostrophe alone after a final s)
      if text.isWord(j + 1, Words.s) {
        j += 2
      } else if text.isGlued(j), text.scalars[text.tokens[last].end - 1] | 0x20 == 0x73 {
        j += 1
      }
    }
    guard let next = text.token(j), next.kind == .word else { return false }
    return eponymFollowers.contains(next.hash)
  }
}
