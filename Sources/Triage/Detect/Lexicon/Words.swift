/// Small hand-written word lists, as hashes of their lower-case forms.
enum Words {
  static let http = WordHash.of("http")
  static let https = WordHash.of("https")
  static let www = WordHash.of("www")
  static let the = WordHash.of("the")
  static let of = WordHash.of("of")
  static let and = WordHash.of("and")
  static let `in` = WordHash.of("in")
  static let old = WordHash.of("old")
  static let age = WordHash.of("age")
  static let fax = WordHash.of("fax")
  static let facsimile = WordHash.of("facsimile")
  static let f = WordHash.of("f")
  static let box = WordHash.of("box")
  static let po = WordHash.of("po")
  static let p = WordHash.of("p")
  static let o = WordHash.of("o")
  static let x = WordHash.of("x")
  static let ext = WordHash.of("ext")
  static let s = WordHash.of("s")
  static let may = WordHash.of("may")
  static let march = WordHash.of("march")
  static let y = WordHash.of("y")

  static let topLevelDomains = WordHash.set([
    "com", "org", "net", "edu", "gov", "io", "co", "us", "uk", "ca", "au", "de", "fr", "info",
    "biz", "me", "ly", "health", "care", "clinic", "app", "ai", "tv", "be", "nz", "ie", "in",
    "mil", "int", "eu", "es", "it", "nl", "se", "no", "dk", "ch", "at", "jp", "cn", "br", "mx",
    "ru", "pl", "za", "online", "site", "xyz", "blog", "news", "gl", "gd", "link", "page",
    "dev", "medical", "doctor", "dental", "hospital",
  ])

  /// Words before a number that make it a fax number.
  static let faxContext = WordHash.set(["fax", "facsimile", "f", "faxed"])

  /// Month names and abbreviations, mapped to 1...12.
  static let monthNames: [(String, Int)] = [
    ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3),
    ("april", 4), ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7),
    ("august", 8), ("aug", 8), ("september", 9), ("sep", 9), ("sept", 9), ("october", 10),
    ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
    // Spanish, French, Portuguese and Haitian Creole, as patients and interpreters write
    // them ("el 3 de marzo", "le 12 janvier", "Desanm 3"). Left out where the word is also a
    // given name or an everyday word: Julio, Mayo, Mai, Avril, Marco, Mars, Me, Mas, Out.
    ("enero", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("junio", 6), ("agosto", 8),
    ("septiembre", 9), ("setiembre", 9), ("octubre", 10), ("noviembre", 11),
    ("diciembre", 12), ("janvier", 1), ("février", 2), ("fevrier", 2), ("juin", 6),
    ("juillet", 7), ("août", 8), ("aout", 8), ("septembre", 9), ("octobre", 10),
    ("novembre", 11), ("décembre", 12), ("decembre", 12), ("janeiro", 1), ("fevereiro", 2),
    ("março", 3), ("maio", 5), ("junho", 6), ("julho", 7), ("setembro", 9), ("outubro", 10),
    ("novembro", 11), ("dezembro", 12), ("janvye", 1), ("fevriye", 2), ("jiyè", 7),
    ("jiye", 7), ("septanm", 9), ("oktòb", 10), ("oktob", 10), ("novanm", 11), ("desanm", 12),
  ]
  static let months = WordMap(monthNames.map { (WordHash.of($0.0), $0.1) })

  static let weekdaysList: [String] = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  ]
  static let weekdays = WordHash.set(weekdaysList)

  /// Ordinal suffixes glued to a day number: 4th, 1st, 22nd, 3rd.
  static let ordinalSuffixes = WordHash.set(["st", "nd", "rd", "th"])

  /// Words before a bare day/month ("on 3/4") that make it a date rather than a fraction.
  static let dateLeadList: [String] = [
    "on", "since", "from", "until", "till", "til", "dated", "date", "dob", "due", "by", "after",
    "before", "of", "seen", "admitted", "discharged", "born", "died", "appt", "appointment",
    "visit", "surgery", "starting", "started", "through", "thru", "effective", "expires",
    "expired", "d.o.b", "birthday", "bday", "to",
  ]
  static let dateLead = WordHash.set(dateLeadList)

  /// Words before "the 12th" that make it a day of the month.
  static let ordinalDateLead = WordHash.set([
    "on", "since", "by", "before", "after", "until", "till", "from", "for", "of", "seen",
  ])

  /// Units and quantities after a number: doses, measurements, money, counts.
  static let unitsList: [String] = [
    "mg", "mcg", "µg", "ug", "g", "gm", "gram", "grams", "kg", "kgs", "lb", "lbs", "pound",
    "pounds", "oz", "ml", "cc", "l", "liter", "liters", "litre", "litres", "dl", "mmol",
    "meq", "iu", "units", "unit", "u", "tab", "tabs", "tablet", "tablets", "pill", "pills",
    "capsule", "capsules", "cap", "caps", "dose", "doses", "puff", "puffs", "drop", "drops",
    "tsp", "tbsp", "teaspoon", "teaspoons", "cup", "cups", "mm", "cm", "m", "km", "mi",
    "mile", "miles", "ft", "feet", "foot", "in", "inch", "inches", "meters", "metres", "hz",
    "bpm", "mmhg", "percent", "pct", "dollars", "usd", "cents", "bucks", "steps", "calories",
    "kcal", "cal", "hours", "hrs", "hr", "h", "minutes", "mins", "min", "seconds", "secs",
    "sec", "days", "day", "weeks", "wks", "wk", "months", "mos", "mo", "years", "yrs", "yr",
    "times", "x", "people", "patients", "followers", "views", "likes", "members", "copies",
    "words", "users", "votes", "points", "k", "mb", "gb", "kb", "tb", "px", "p", "fps",
    "degrees", "deg", "f", "c", "mph", "kph", "rpm", "am", "pm", "a.m", "p.m", "ppm",
  ]
  static let units = WordHash.set(unitsList)

  /// Two-letter US state and territory codes (states themselves are not PHI).
  /// State codes that are also everyday abbreviations: ID (identifier), OR (operating room).
  static let ambiguousStateCodes = WordHash.set(["id", "or"])
  static let stateCodes = WordHash.set([
    "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia",
    "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj",
    "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt",
    "va", "wa", "wv", "wi", "wy", "dc", "pr", "gu", "vi",
  ])

  /// US state names, one word or the last word of two ("new york" ends in "york").
  static let stateNames = WordHash.set([
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
    "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
    "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio",
    "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont", "virginia",
    "washington", "wisconsin", "wyoming", "hampshire", "jersey", "mexico", "york", "carolina",
    "dakota", "rico",
  ])

  /// Words before a number that make it a ZIP code.
  static let zipLead = WordHash.set(["zip", "zipcode", "postal", "postcode"])
}
