/// Words that build addresses and facility names.
enum PlaceWords {
  static let streetSuffixesList: [String] = [
    "street", "st", "avenue", "ave", "av", "road", "rd", "boulevard", "blvd", "lane", "ln",
    "drive", "dr", "court", "ct", "place", "pl", "way", "terrace", "ter", "circle", "cir",
    "parkway", "pkwy", "highway", "hwy", "square", "sq", "trail", "trl", "alley", "crescent",
    "close", "grove", "row", "walk", "loop", "pike", "plaza", "heights", "ridge", "expressway",
    "freeway", "route", "rte", "turnpike", "broadway", "manor", "crossing", "commons", "mews",
    "concourse", "neck", "path", "causeway", "esplanade",
  ]
  static let streetSuffixes = WordHash.set(streetSuffixesList)

  /// Car makes, whose models ("Civic", "Silverado", "Odyssey") read like towns before a
  /// plate's state, and which are towns themselves ("Toyota").
  static let carMakes = WordHash.set([
    "honda", "toyota", "ford", "chevy", "chevrolet", "nissan", "subaru", "dodge", "jeep", "kia",
    "hyundai", "gmc", "buick", "tesla", "mazda", "volkswagen", "vw", "bmw", "lexus", "acura",
    "chrysler", "cadillac", "mitsubishi", "volvo", "audi", "infiniti", "pontiac",
  ])

  static let directions = WordHash.set([
    "n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west", "northeast",
    "northwest", "southeast", "southwest",
  ])

  /// Unit designators after a street: "Apt 4B", "Suite 200".
  static let unitsList: [String] = [
    "apt", "apartment", "suite", "ste", "unit", "fl", "floor", "rm", "room", "bldg", "building",
    "trlr", "trailer", "lot", "space",
  ]
  static let units = WordHash.set(unitsList)

  /// Head words of a facility name: "Mercy General Hospital", "Lakeside Clinic".
  static let facilityHeadsList: [String] = [
    "hospital", "hospitals", "clinic", "clinics", "infirmary", "hospice", "sanatorium",
    "healthcare", "medical", "health", "rehab", "rehabilitation", "nursing", "surgery",
    "surgical", "cancer", "children's", "pediatrics", "urgent", "memorial", "regional",
    "general", "community", "university", "va", "mayo", "kaiser", "assisted", "senior",
    "family", "pediatric", "dental", "women's", "eye", "heart", "behavioral", "home",
    "visiting", "physical", "skilled", "birth", "birthing", "care", "kidney", "funeral",
    // Parts of the body that name a practice in pairs ("Cascade Bone & Joint").
    "bone", "joint", "spine", "foot", "ankle", "skin", "vein", "occ",
    // Words that qualify a school, church or library without naming it ("High School").
    "high", "elementary", "middle", "public", "charter", "grammar", "secondary", "junior",
    "catholic", "christian", "baptist", "methodist", "lutheran", "episcopal", "presbyterian",
    // Services that name a practice with a tail ("Quincy Shore Digestive Health", "Andover
    // Gastro Partners", "South Shore Sleep & Lung", "Pulmonary & Critical Care").
    "digestive", "gastro", "sleep", "lung", "critical", "detox",
    // Courts, prisons and housing a person is tied to ("Dedham District Court",
    // "Concord Hills Correctional Facility", "Old Colony Housing Partnership").
    "district", "correctional", "housing",
    // "Five Boroughs Visiting Nurse Service", "Cape Cod Visiting Nurse Association".
    "nurse",
  ]
  static let facilityHeads = WordHash.set(facilityHeadsList)

  /// Second words that complete a facility head: "Medical Center", "Nursing Home".
  static let facilityTailsList: [String] = [
    "center", "centre", "centers", "home", "group", "system", "care", "clinic", "hospital",
    "institute", "associates", "partners", "practice", "facility", "unit", "campus",
    "living", "pediatrics", "medicine", "laboratory", "laboratories", "lab", "labs", "suite",
    "therapy", "arts", "health", "med", "house", "surgery", "college",
    // "Perkins County Health Services", "Keith County Health Dept", "Sheridan County Health
    // Complex", "River Bend Home Infusion", "Dedham District Court".
    "services", "service", "association", "dept", "department", "complex", "infusion", "court",
    "partnership",
  ]
  static let facilityTails = WordHash.set(facilityTailsList)

  /// Single head words that are a facility on their own.
  static let facilityNounsList: [String] = [
    "hospital", "hospitals", "clinic", "infirmary", "hospice", "sanatorium", "healthcare",
    "manor", "pharmacy", "residence", "associates", "ambulance", "preschool", "daycare",
    "memorial", "school", "academy", "church", "parish", "chapel", "cathedral", "synagogue",
    "mosque", "library", "schools", "detox",
    // Specialties that name a practice after a word that names it ("Harbor Street
    // Pediatrics", "Metrowest Cardiology"); alone they are departments.
    "pediatrics", "cardiology", "dermatology", "oncology", "neurology", "urology", "nephrology",
    "endocrinology", "pulmonology", "rheumatology", "gastroenterology", "orthopedics",
    "orthopaedics", "radiology", "psychiatry", "obstetrics", "gynecology", "ophthalmology",
    "optometry", "podiatry", "audiology", "otolaryngology", "hematology", "fertility", "ortho",
    "orthodontics", "dentistry", "midwifery", "chiropractic", "physiotherapy", "allergy",
    "surgical", "compounding",
    // Services that name a practice after a naming word ("Sunrise Dental", "Hillcrest
    // Imaging", "Riverbend General", "New Dawn Recovery").
    "dental", "imaging", "rehab", "recovery", "lactation", "wellness", "general",
    "counseling", "diagnostics", "er", "heart", "regional",
    // Nouns that may also lead the name ("Congregation Beth Shalom").
    "congregation", "temple", "masjid", "clinique", "clinica", "clínica", "hôpital", "hopital",
    "centro", "iglesia", "igreja", "policlinico", "sanatorio", "convent", "monastery", "abbey",
    "farmacia",
  ]

  /// Specialties and services: "Anticoagulation clinic", "Cardiology Associates" name a
  /// department, not a place, unless another word names it ("Metrowest Cardiology").
  static let departmentsList: [String] = [
    "anticoagulation", "coumadin", "cardiology", "oncology", "neurology", "dermatology",
    "urology", "nephrology", "endocrine", "endocrinology", "pulmonary", "pulmonology",
    "rheumatology", "gastroenterology", "gi", "ent", "ortho", "orthopedic", "orthopedics",
    "orthopaedic", "pain", "wound", "diabetes", "lipid", "sleep", "allergy", "psychiatry",
    "psychiatric", "mental", "travel", "walk-in", "primary", "specialty", "outpatient",
    "inpatient", "infusion", "dialysis", "fertility", "prenatal", "obstetrics", "ob", "gyn",
    "hematology", "infectious", "hepatology", "transplant", "vascular", "breast", "hearing",
    "speech", "occupational", "therapy", "memory", "geriatric", "geriatrics", "internal",
    "medicine", "emergency", "trauma", "radiology", "imaging", "laboratory", "lab", "retail",
    "mail", "order", "compounding", "endoscopy", "podiatry", "audiology", "optometry",
    "chiropractic", "urgent", "sports", "peds", "oral", "maxillofacial",
  ]
  static let facilityNouns = WordHash.set(facilityNounsList)

  /// Function words never part of a facility or place name even when capitalised.
  static let stopList: [String] = [
    "the", "a", "an", "my", "our", "your", "his", "her", "their", "at", "in", "to", "from",
    "this", "that", "local", "nearest", "nearby", "same", "any", "every", "which", "what",
    "is", "was", "and", "or", "for", "with", "on", "by", "of", "i", "we", "you", "he", "she",
    "they", "it", "went", "go", "going", "called", "visited", "visit", "near", "new", "old",
  ]
  static let stop = WordHash.set(stopList)

  /// Prepositions before a street named without a number: "on Main St".
  static let streetLeads = WordHash.set([
    "on", "at", "off", "near", "down", "along", "across", "onto", "up", "corner",
  ])
  static let dr = WordHash.of("dr")
  static let broadway = WordHash.of("broadway")
  static let poBoxBox = WordHash.of("box")
  static let pobox = WordHash.of("pobox")
  static let post = WordHash.of("post")
  static let office = WordHash.of("office")
}
