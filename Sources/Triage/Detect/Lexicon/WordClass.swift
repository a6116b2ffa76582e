/// What the hand-written word lists say about a word, as bits, looked up once per token
/// when a text is read so rules test a bit instead of searching lists.
struct WordClass: OptionSet, Sendable {
  let rawValue: UInt64

  static let title = WordClass(rawValue: 1 << 0)
  static let weakTitle = WordClass(rawValue: 1 << 1)
  static let relation = WordClass(rawValue: 1 << 2)
  static let possessive = WordClass(rawValue: 1 << 3)
  static let role = WordClass(rawValue: 1 << 4)
  static let introducer = WordClass(rawValue: 1 << 5)
  static let notName = WordClass(rawValue: 1 << 6)
  static let month = WordClass(rawValue: 1 << 7)
  static let weekday = WordClass(rawValue: 1 << 8)
  static let unit = WordClass(rawValue: 1 << 9)
  static let dateLead = WordClass(rawValue: 1 << 10)
  static let streetSuffix = WordClass(rawValue: 1 << 11)
  static let facilityHead = WordClass(rawValue: 1 << 12)
  static let facilityTail = WordClass(rawValue: 1 << 13)
  static let facilityNoun = WordClass(rawValue: 1 << 14)
  static let placeStop = WordClass(rawValue: 1 << 15)
  static let placeCue = WordClass(rawValue: 1 << 16)
  static let keywordStart = WordClass(rawValue: 1 << 17)
  static let biometricPrint = WordClass(rawValue: 1 << 18)
  static let biometricEye = WordClass(rawValue: 1 << 19)
  static let healthStart = WordClass(rawValue: 1 << 20)
  static let person = WordClass(rawValue: 1 << 21)
  static let poBoxStart = WordClass(rawValue: 1 << 22)
  static let name = WordClass(rawValue: 1 << 23)
  static let department = WordClass(rawValue: 1 << 24)
  /// Words that can begin an address abroad: Rua, Calle, Apt, Suite, PSC, APO...
  static let addressStart = WordClass(rawValue: 1 << 25)
  /// Roles that forms put before a name ("Student:", "Insured:"); unlike `role`, the name
  /// tagger does not read them.
  static let formRole = WordClass(rawValue: 1 << 26)
  /// What families call their elders before a name ("Mama Lupe", "Abuela Rosa"); unlike
  /// `title`, the name tagger does not read them.
  static let kinTitle = WordClass(rawValue: 1 << 27)
  /// Words before a nickname in quotes ("prefers", "calls her").
  static let nicknameCue = WordClass(rawValue: 1 << 28)
  /// Words that end an organisation's name: "Center", "Program", "Foundry".
  static let organizationTail = WordClass(rawValue: 1 << 29)
  /// Words before a workplace: "works", "driver", "Employer:", "pharmacy:".
  static let workCue = WordClass(rawValue: 1 << 30)
  /// An image file's extension: "jpg", "png", "heic".
  static let imageExtension = WordClass(rawValue: 1 << 31)
  /// Pharmacy and store chains: "Walgreens", "CVS", "Rite Aid".
  static let storeBrand = WordClass(rawValue: 1 << 32)
  /// Form labels whose value is a place: "Location:", "Address:", "School:".
  static let locationLabel = WordClass(rawValue: 1 << 33)
  /// Features of the land that end a small place's name: "Coyote Wash", "Anthony Flats".
  static let geoTail = WordClass(rawValue: 1 << 34)
  /// A record's keys, whose subject is named right before them: DOB, MRN, SSN.
  static let recordKey = WordClass(rawValue: 1 << 35)
  /// Staff roles before a name ("Counselor", "Aide"); unlike `role`, the tagger does not
  /// read them.
  static let staffRole = WordClass(rawValue: 1 << 36)
  /// Labels of a name split into fields: "First:", "MI:", "Maiden name:".
  static let nameLabel = WordClass(rawValue: 1 << 37)
}

/// The table behind `WordClass`, built once from the word lists.
enum Vocabulary {
  static let table: WordMap<UInt64> = {
    var bits: [UInt64: UInt64] = [:]
    func mark(_ words: [String], _ word: WordClass) {
      for text in WordHash.spellings(of: words) {
        bits[WordHash.of(text), default: 0] |= word.rawValue
      }
    }
    func mark(hashes: [UInt64], _ word: WordClass) {
      for hash in hashes { bits[hash, default: 0] |= word.rawValue }
    }
    mark(NameWords.titlesList, .title)
    mark(NameWords.weakTitlesList, .weakTitle)
    mark(NameWords.relationsList, .relation)
    mark(NameWords.possessivesList, .possessive)
    mark(NameWords.rolesList, .role)
    mark(NameWords.formRolesList, .formRole)
    mark(NameWords.staffRolesList, .staffRole)
    mark(NameWords.kinTitlesList, .kinTitle)
    mark(NameContextRules.nicknameLeadsList, .nicknameCue)
    mark(NameContextRules.nicknameLinksList, .nicknameCue)
    mark(NameWords.introducersList, .introducer)
    mark(NameWords.notNamesList, .notName)
    mark(["name", "names", "preferred", "nickname"], .name)
    mark(Words.monthNames.map(\.0), .month)
    mark(Words.weekdaysList, .weekday)
    mark(Words.unitsList, .unit)
    mark(Words.dateLeadList, .dateLead)
    mark(PlaceWords.streetSuffixesList, .streetSuffix)
    mark(PlaceWords.facilityHeadsList, .facilityHead)
    mark(PlaceWords.facilityTailsList, .facilityTail)
    mark(PlaceWords.facilityNounsList, .facilityNoun)
    mark(OrganizationRules.tailsList, .organizationTail)
    mark(OrganizationRules.workWordsList + OrganizationRules.employerList, .workCue)
    mark(PhotoFileRule.extensionsList, .imageExtension)
    mark(OrganizationRules.storeBrandsList, .storeBrand)
    mark(LocationFieldRule.labelsList, .locationLabel)
    mark(GeoFeatureRule.tailsList, .geoTail)
    mark(RecordKeyNameRule.keysList, .recordKey)
    mark(NameFieldRule.labelsList, .nameLabel)
    mark(PlaceWords.stopList, .placeStop)
    mark(PlaceWords.departmentsList, .department)
    mark(InternationalAddressRules.streetStartsList, .addressStart)
    mark(InternationalAddressRules.militaryWordsList, .addressStart)
    mark(PlaceWords.unitsList, .addressStart)
    mark(TaggerFeatures.placeCuesList, .placeCue)
    mark(hashes: KeywordIDRules.firstWords, .keywordStart)
    mark(KeywordIDRules.printWordsList, .biometricPrint)
    mark(KeywordIDRules.eyeWordsList, .biometricEye)
    mark(hashes: HealthRule.matcher.firstWords, .healthStart)
    mark(HealthRule.personWordsList, .person)
    mark(["po", "p", "post", "pobox"], .poBoxStart)
    return WordMap(bits.map { ($0.key, $0.value) })
  }()
}
