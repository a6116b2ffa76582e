/// Words that announce a person's name.
enum NameWords {
  /// Titles before a name: "Dr. Okafor", "Mrs Lee", "Nurse Patel", "Aunt Rosa".
  static let titlesList: [String] = [
    "dr", "doctor", "mr", "mrs", "ms", "miss", "mx", "mister", "missus", "prof", "professor",
    "nurse", "rev", "reverend", "pastor", "fr", "judge", "officer", "coach", "aunt", "auntie",
    "uncle", "grandma", "grandpa", "granny", "nana", "cousin", "sgt", "capt", "lt", "det",
    "madam", "sir", "dame", "lady", "lord", "sister", "brother",
  ]
  static let titles = WordHash.set(titlesList)

  /// Titles that are only titles when capitalised or followed by a capitalised word:
  /// "my sister" is not a title, "Sister Mary" is.
  static let weakTitlesList: [String] = [
    "sister", "brother", "lady", "lord", "officer", "coach", "judge", "cousin", "sir", "madam",
    "dame",
  ]
  static let weakTitles = WordHash.set(weakTitlesList)

  /// Titles written as abbreviations, whose full stop may stand apart ("Ms . Gaynes").
  static let abbreviatedTitles = WordHash.set([
    "dr", "mr", "mrs", "ms", "mx", "prof", "rev", "fr", "sgt", "capt", "lt", "det",
  ])

  /// Relations and roles before a name: "my son Jake", "patient John Smith".
  static let relationsList: [String] = [
    "son", "daughter", "wife", "husband", "mom", "mother", "mum", "mommy", "dad", "father",
    "daddy", "brother", "sister", "grandmother", "grandfather", "grandson", "granddaughter",
    "grandma", "grandpa", "baby", "child", "kid", "boy", "girl", "boyfriend", "girlfriend",
    "partner", "fiance", "fiancé", "fiancee", "friend", "neighbor", "neighbour", "aunt",
    "uncle", "cousin", "niece", "nephew", "stepson", "stepdaughter", "stepmom", "stepdad",
    "roommate", "coworker", "colleague", "boss", "caregiver", "spouse", "twin", "toddler",
    "infant", "newborn", "teen", "teenager", "patient", "pt", "client", "resident", "mrs",
    "grandbaby", "bestie", "bff", "hubby", "bro", "sis",
  ]
  static let relations = WordHash.set(relationsList)

  static let possessivesList: [String] = ["my", "our", "her", "his", "their", "your"]
  static let possessives = WordHash.set(possessivesList)

  /// Roles that stand without a possessive before a name: "Pt John Smith", "patient Mary".
  static let rolesList: [String] = [
    "patient", "pt", "client", "resident", "member", "caller", "pcp", "attending", "provider",
    "physician", "surgeon", "therapist", "dentist", "pharmacist", "np", "rn", "md", "cna",
    "lpn", "midwife", "intern", "fellow", "cc", "cc:", "dictated", "signed", "seen", "by",
    "ordering", "referring", "witness", "witnesses", "witnessed", "proxy", "hcp", "guardian",
    "interpreter", "contact", "author", "nok", "caregiver", "transcriptionist",
  ]
  static let roles = WordHash.set(rolesList)

  /// Roles on forms and records before a name: "Student: Liam O’Rourke", "Insured: ...".
  /// Kept apart from `rolesList`, which the name tagger's features read.
  static let formRolesList: [String] = [
    "student", "employee", "owner", "parent", "teacher", "subscriber", "insured", "guarantor",
    "policyholder", "claimant", "beneficiary", "driver", "passenger", "tenant", "victim",
    "applicant", "recipient", "sender", "requester", "requestor", "informant", "decedent",
  ]

  /// Staff roles before a name without a colon: "Counselor Priyanka Dalal-Whitman",
  /// "Sonographer KB Lindahl", "Aide Mercy Boateng". Kept apart from `rolesList`, which the
  /// name tagger's features read; never part of the name themselves.
  static let staffRolesList: [String] = [
    "counselor", "counsellor", "sonographer", "pathologist", "prescriber", "examiner", "aide",
    "caseworker", "dietitian", "dietician", "chaplain", "technologist", "paramedic",
    "radiologist", "hospitalist", "anesthesiologist", "psychologist", "psychiatrist",
    "cardiologist", "podiatrist", "optometrist", "audiologist", "coordinator", "navigator",
    "phlebotomist", "doula", "hygienist", "scheduler", "receptionist", "pharmacist",
  ]

  /// What families call their elders before a name: "Mama Lupe", "Abuela Rosa", "Lola
  /// Nena". Kept apart from `titlesList`, which the name tagger's features read.
  static let kinTitlesList: [String] = [
    "mama", "papa", "abuela", "abuelo", "abuelita", "abuelito", "lola", "lolo", "tia", "tio",
    "nonna", "nonno", "bubbe", "zayde", "gran", "grammy", "grampa", "gramps", "grandad",
    "granddad", "meemaw", "pawpaw", "yaya", "baba", "dadi", "nani", "mawmaw", "memaw",
    "mamaw", "papaw", "tutu", "kupuna", "chị", "anh", "ông", "bà", "cô",
    // Church titles used the same way: "Deacon Blackmon", "Elder Moana".
    "deacon", "elder", "bishop",
  ]

  /// Words that introduce one's own or another's name.
  static let introducersList: [String] = ["named", "called", "nicknamed", "aka"]
  static let introducers = WordHash.set(introducersList)
  static let name = WordHash.of("name")
  static let names = WordHash.of("names")
  static let isWord = WordHash.of("is")
  static let by = WordHash.of("by")
  static let seen = WordHash.of("seen")

  /// Capitalised words that are never names (sentence openers, pronouns, calendar words).
  static let notNamesList: [String] = [
    "i", "i'm", "i've", "i'll", "i'd", "the", "a", "an", "he", "she", "they", "we", "you",
    "it", "his", "her", "their", "our", "my", "your", "this", "that", "these", "those", "there",
    "here", "what", "who", "when", "where", "why", "how", "which", "if", "and", "or", "but",
    "so", "yes", "no", "not", "ok", "okay", "thanks", "thank", "please", "hi", "hello", "hey",
    "dear", "today", "tomorrow", "yesterday", "tonight", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "is", "was",
    "has", "had", "have", "will", "would", "can", "could", "should", "did", "does", "do", "am",
    "are", "be", "been", "also", "just", "all", "some", "any", "one", "two", "three", "after",
    "before", "since", "at", "in", "on", "to", "for", "from", "with", "of", "by", "as", "about",
    "said", "says", "told", "asked", "office", "appointment", "appt", "visit", "clinic",
    "hospital", "er", "ed", "icu", "md", "do", "rn", "np", "pa", "phd", "jr", "sr", "ii",
    "iii", "iv", "esq", "usa", "us", "uk", "god", "lord", "jesus", "christ", "mom", "dad",
    "mommy", "daddy", "mother", "father", "son", "daughter", "pt", "patient", "dr", "mr",
    "mrs", "ms", "miss", "nurse", "doctor", "re", "fw", "fwd", "rt", "via", "lol", "omg", "wtf",
    "lmao", "idk", "smh", "tbh", "btw", "imo", "wow", "oh", "ah", "um", "uh", "haha", "yeah",
    "yep", "nope", "well", "now", "then", "still", "again", "never", "always", "maybe",
    "please", "sorry", "happy", "good", "great", "best", "love", "new", "free", "more", "most",
    "very", "much", "many", "every", "each", "other", "another", "such", "only", "first",
    "last", "next", "same", "own", "both", "few", "less", "least", "name", "named", "called",
  ]
  static let notNames = WordHash.set(notNamesList)

  /// Lower-case particles inside a name: "Marisa de la Cruz", "Ludwig van Beethoven",
  /// "Ahmed bin Rashid", "Osama al-Nujaifi".
  static let particles = WordHash.set([
    "de", "la", "del", "della", "di", "da", "van", "von", "der", "den", "du", "le", "dos",
    "das", "ter", "ten", "bin", "ibn", "al", "el", "abu", "bint", "ben",
  ])

  /// Languages, which are no names: "Interpreter: Arabic, Layla".
  static let languages = WordHash.set([
    "arabic", "spanish", "french", "mandarin", "cantonese", "chinese", "korean", "russian",
    "portuguese", "vietnamese", "hindi", "urdu", "bengali", "punjabi", "tagalog", "somali",
    "haitian", "creole", "polish", "italian", "japanese", "farsi", "dari", "pashto",
    "amharic", "swahili", "nepali", "burmese", "khmer", "hmong", "ukrainian", "asl",
    "bangla", "tibetan", "yoruba", "igbo", "twi", "gujarati", "tamil", "telugu", "marathi",
    "kreyol", "kreyòl", "tigrinya", "oromo", "lao", "thai", "turkish", "hebrew",
    "yiddish", "greek", "albanian", "armenian", "georgian", "quechua", "mixteco", "kiche",
  ])
}
