/// Named organisations that place a person: "Northgate Sleep Disorders Center", "Harlan
/// Distribution Center", "Bayview Cancer Genetics Program" (a naming word, then any
/// capitalised words, then a word such as Center or Program), and workplaces after a word
/// about work ("works nights at the Pellman Foundry", "Employer: Tri-County Concrete &
/// Gravel"). The facility rule needs a known head ("Medical Center"); these need none.
enum OrganizationRules {
  /// Words that end an organisation's name.
  static let tailsList: [String] = [
    "center", "centre", "centers", "program", "programme", "institute", "foundation",
    "agency", "shelter", "ministries", "network", "collaborative", "cooperative", "co-op",
    "corporation", "corp", "inc", "llc", "factory", "plant", "mill", "warehouse",
    "depot", "restaurant", "grill", "cafe", "café", "bakery", "diner", "farm", "farms", "ranch",
    "foundry", "college", "university", "prison", "penitentiary", "jail", "airport", "hotel",
    "motel", "casino", "stadium", "arena", "museum", "drug", "drugs", "lab", "labs",
    "laboratory", "laboratories", "store", "fairgrounds", "co", "company", "transit",
    "apartments", "dialysis", "authority", "supply", "supplies", "sons", "bros", "mall",
    "mart", "health", "pantry",
    // Trades a person's work ties them to: "Phat Loc Seafood", "Tongass Timber Partners",
    // "Black Warrior Catfish Processing", "Barbours Cut Terminal", "Bremerton Marine Works".
    "seafood", "seafoods", "fisheries", "cannery", "timber", "lumber", "logging", "processing",
    "packing", "terminal", "works", "shipyard", "mining", "coal", "trucking", "freight",
    "construction", "roofing", "dairy", "partners", "rescue",
  ]

  /// Words after which an organisation named next is where someone works.
  static let workWordsList: [String] = [
    "works", "work", "worked", "working", "employed", "job", "jobs", "shift", "shifts",
    "retired", "hired", "volunteers", "volunteered", "formerly", "teaches", "taught",
    "employee",
    // Occupations: "long-haul driver for Prairie Haul Freight", "bookkeeper at X".
    "driver", "cook", "cashier", "clerk", "mechanic", "welder", "machinist", "bookkeeper",
    "accountant", "bartender", "waitress", "waiter", "janitor", "custodian", "foreman",
    "laborer", "electrician", "plumber", "carpenter", "receptionist", "secretary", "teacher",
    "worker", "contractor", "trucker", "manager", "supervisor", "dishwasher", "housekeeper",
  ]
  private static let workLinks = WordHash.set(["at", "for", "from"])
  /// Words after an insurer's name or before it as a label: "Health Plan", "Plan:".
  private static let insurerWords = WordHash.set([
    "plan", "plans", "ppo", "hmo", "epo", "insurance", "insurer", "payer", "advantage",
  ])
  static let employerList = ["employer", "workplace", "company", "pharmacy"]
  private static let employer = WordHash.set(employerList)
  private static let isWord = WordHash.of("is")
  private static let co = WordHash.of("co")

  /// The rules for the cue word at token `i` (see `CueWordRules`).
  static func apply(_ text: ScalarText, at i: Int, _ out: inout Candidates) {
    if text.classes[i].contains(.organizationTail) { organization(text, endingAt: i, &out) }
    if text.classes[i].contains(.workCue) { workplace(text, after: i, &out) }
    if text.classes[i].contains(.storeBrand) { store(text, i, &out) }
  }

  /// Pharmacy and store chains, which place a person only at one branch.
  static let storeBrandsList = [
    "walgreens", "cvs", "walmart", "rite", "duane", "kroger", "safeway", "costco", "publix",
    "wegmans", "meijer", "albertsons", "osco", "fred", "bartell", "hy-vee",
  ]
  private static let secondWords = WordHash.set(["aid", "reade", "meyer", "drug", "drugs"])
  private static let branchLinks = WordHash.set(["on", "in", "at", "near", "off"])
  private static let storeLeads = WordHash.set(["at", "to", "from"])

  /// "Walgreens #09921", "the CVS on Queens Blvd", "sent to Walgreens": a chain's branch.
  /// A chain named alone ("CVS says my insurance...") is a company, not a place.
  private static func store(_ text: ScalarText, _ i: Int, _ out: inout Candidates) {
    let tokens = text.tokens
    guard tokens[i].isCapitalized || tokens[i].isAllUpper else { return }
    var last = i
    if let second = text.token(i + 1), second.isCapitalized, secondWords.contains(second.hash) {
      last = i + 1
    } else if tokens[i].hash == rite || tokens[i].hash == duane || tokens[i].hash == fred {
      return  // "Rite", "Duane" and "Fred" alone are no chain
    }
    let number = text.branchNumber(after: last)
    let branch =
      text.token(last + 1).map { $0.kind == .word && branchLinks.contains($0.hash) } ?? false
      && text.token(last + 2).map { $0.isCapitalized || $0.isNumber } ?? false
    var lead = i - 1
    if text.isWord(lead, Words.the) { lead -= 1 }
    let led = text.token(lead).map { $0.kind == .word && storeLeads.contains($0.hash) } ?? false
    guard number != nil || branch || led else { return }
    let end = tokens[number ?? last].end
    out.add(tokens[i].start, end, .location, .facility, confidence: 0.75, priority: Priority.place)
  }
  private static let rite = WordHash.of("rite")
  private static let duane = WordHash.of("duane")
  private static let fred = WordHash.of("fred")

  /// "Northgate Sleep Disorders Center": the organisation whose name ends at tail `i`.
  private static func organization(_ text: ScalarText, endingAt i: Int, _ out: inout Candidates) {
    let tokens = text.tokens
    // "Hope Adebayo-Mills": the end of a hyphenated name is no organisation's.
    guard tokens[i].isCapitalized || tokens[i].isAllUpper, !text.isHyphenated(i),
      let first = namedRunStart(text, endingAt: i)
    else { return }
    // "Tufts Health Plan", "Plan: BlueStone Health PPO": an insurer is no place.
    if let next = text.token(i + 1), next.kind == .word, insurerWords.contains(next.hash) {
      return
    }
    if first >= 2, text.isSymbol(first - 1, 0x3A), insurerWords.contains(tokens[first - 2].hash) {
      return
    }
    // "Piney Woods Cabinet Co.", "Poultry Processing Plant #2"
    var end = tokens[i].end
    if text.isSymbol(i + 1, 0x2E), text.isGlued(i + 1), tokens[i].hash == co {
      end = tokens[i + 1].end
    } else if let number = text.branchNumber(after: i) {
      end = tokens[number].end
    }
    out.add(
      tokens[first].start, end, .location, .organization, confidence: 0.8,
      priority: Priority.place)
  }

  /// "works nights at the Pellman Foundry": the workplace after work word `i`.
  private static func workplace(_ text: ScalarText, after i: Int, _ out: inout Candidates) {
    let tokens = text.tokens
    // "Employer: X", "Preferred pharmacy: X", "pharmacy is X"
    let isLabel = employer.contains(tokens[i].hash)
    let isEmployerLabel = isLabel && (text.isSymbol(i + 1, 0x3A) || text.isWord(i + 1, isWord))
    guard isEmployerLabel || !isLabel,
      let start = workplaceStart(text, after: i, label: isEmployerLabel),
      let last = runEnd(text, from: start)
    else { return }
    let single = last == start
    let entry = text.entries[start]
    // "works at Home Depot" yes; "works at Night" or "works for Texas" no.
    if single
      && (entry.wordFrequency >= 8 && !tokens[start].isAllUpper || entry.isStateOrCountry)
    {
      return
    }
    out.add(
      tokens[start].start, tokens[last].end, .location, .workplace, confidence: 0.75,
      priority: Priority.context)
  }

  /// The first token of a run of capitalised words ending at tail `i` that holds a word
  /// naming it (a name, a town or a rare word), nil when no word names it ("Patient
  /// Service Center", "Poison Control Center").
  private static func namedRunStart(_ text: ScalarText, endingAt i: Int) -> Int? {
    let tokens = text.tokens
    var first = i
    var named = false
    var j = i - 1
    while j >= 0, i - j <= 7, !tokens[j + 1].flags.contains(.lineStart) {
      let t = tokens[j]
      // "LAB REPORT Pinecrest Reference Laboratory": a heading's capitals are no part.
      if t.kind == .word, t.isAllUpper != tokens[i].isAllUpper { break }
      // "Patient Service Center": a role word sits inside a name.
      if t.kind == .word, t.isCapitalized || t.isAllUpper,
        isRunWord(text, j) || text.isClass(j, .role)
      {
        if text.startsSentence(j) && !text.isHyphenated(j) && text.entries[j].wordFrequency >= 7
          && !text.entries[j].isName && !text.entries[j].isCity
        {
          break  // "Call Poison Control Center": an opener is no part of the name
        }
        named = named || isNaming(text, j)
        first = j
        j -= 1
      } else if PlaceRules.isParticleInName(text, j) {
        j -= 1  // "Valle del Sol Farmworker Health"
      } else if t.kind == .symbol, t.first == 0x26 || t.first == 0x2D && text.isHyphenated(j + 1),
        j > 0, tokens[j - 1].kind == .word, tokens[j - 1].isCapitalized
      {
        j -= 1  // "Tri-County", "Cedar & Sage"
      } else {
        break
      }
    }
    return named && first < i ? first : nil
  }

  /// A word that names an organisation: a name, a town, or a word too rare to be an
  /// everyday one — never a health word, a title or a state.
  private static func isNaming(_ text: ScalarText, _ j: Int) -> Bool {
    let entry = text.entries[j]
    if entry.isHealthTerm || entry.isStateOrCountry { return false }
    if text.isClass(j, [.title, .role, .formRole, .facilityHead, .department]) { return false }
    if text.tokens[j].isAllUpper && text.tokens[j].length <= 3 { return false }
    // "Ridge Road Patient Service Center": a street's name names what stands on it.
    if text.isClass(j, .streetSuffix), j > 0, text.tokens[j - 1].isCapitalized { return true }
    return entry.isLikelyName || entry.isCity || entry.wordFrequency <= 6
  }

  /// Whether token `j` can sit inside an organisation's name.
  @inline(__always)
  private static func isRunWord(_ text: ScalarText, _ j: Int) -> Bool {
    !text.isClass(j, [.placeStop, .notName, .weekday, .month])
  }

  /// The first word of the workplace after work word `i`: "works nights at the X", "works
  /// as a line cook at X", "Employer: X". Up to five words may sit between the work word
  /// and "at".
  private static func workplaceStart(_ text: ScalarText, after i: Int, label: Bool) -> Int? {
    var k = i + 1
    if label {
      k += 1
    } else {
      var steps = 0
      while let t = text.token(k), t.kind == .word, !workLinks.contains(t.hash), steps < 5 {
        k += 1
        steps += 1
      }
      guard let link = text.token(k), link.kind == .word, workLinks.contains(link.hash) else {
        return nil
      }
      k += 1
    }
    if text.isWord(k, Words.the) { k += 1 }
    guard let t = text.token(k), t.kind == .word, t.isCapitalized || t.isAllUpper,
      isRunWord(text, k), !text.entries[k].isHealthTerm, !text.isClass(k, [.title, .role])
    else { return nil }
    return k
  }

  /// The last token of the capitalised run starting at `start`: words joined by spaces,
  /// "&", "and", "of", glued hyphens and possessives, at most six words.
  private static func runEnd(_ text: ScalarText, from start: Int) -> Int? {
    let tokens = text.tokens
    var last = start
    var k = start + 1
    var words = 1
    while words < 6, let t = text.token(k), !t.flags.contains(.lineStart) {
      if t.kind == .word, t.isCapitalized || t.isAllUpper, isRunWord(text, k) {
        last = k
        words += 1
        k += 1
      } else if text.isHyphenated(k + 1), let next = text.token(k + 1), next.kind == .word,
        next.isCapitalized
      {
        k += 1
      } else if (t.kind == .symbol && t.first == 0x26) || t.hash == Words.and
        || t.hash == Words.of,
        let next = text.token(k + 1), next.kind == .word, next.isCapitalized
      {
        k += 1
      } else if text.isApostrophe(k), text.isWord(k + 1, Words.s), text.isGlued(k + 1) {
        last = k + 1
        k += 2
      } else {
        break
      }
    }
    // "Bayou Bend Poultry Plant #2": a branch number belongs to the name.
    if let number = text.branchNumber(after: last) { return number }
    return tokens[last].kind == .word ? last : nil
  }
}
