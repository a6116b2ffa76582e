/// Word lists the context rules use: negation, resolution, hypotheticals, general questions,
/// jokes, and who the text is about. Hashes of normalized words (apostrophes removed).
enum ContextCues {
  static func set(_ words: String) -> WordTable {
    WordTable(
      words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { TextHash.word(String($0)) })
  }

  static func hash(_ word: String) -> UInt64 { TextHash.word(word) }

  /// Words that negate what follows them in the same clause.
  static let negators = set(
    """
    not no never dont doesnt didnt isnt wasnt arent werent havent hasnt hadnt wont wouldnt \
    shouldnt without denies denied deny nor neither nope
    """)

  /// After a negator these make it a figure of speech ("no one cares", "not sure", "don't
  /// know if"), not a negation of the phrase that follows.
  static let pseudoNegationFollowers = set(
    """
    one body know sure think understand idea doubt matter care wonder believe remember only \
    just even felt been longer
    """)

  /// Words after a phrase saying the problem is over ("went away", "resolved").
  static let resolvers = set(
    """
    gone resolved stopped subsided passed cleared disappeared eased better healed recovered \
    fine ok okay
    """)
  static let better = hash("better")
  static let off = hash("off")
  static let went = hash("went")
  static let away = hash("away")

  /// Time words that put a phrase well in the past ("years ago", "last year"); recent ones
  /// ("an hour ago", "last night") do not.
  static let ago = hash("ago")
  static let longPeriods = set("years months year month decade decades while long ages")
  static let last = hash("last")
  static let pastPeriods = set("year summer winter spring fall")
  static let formerly = set("previously formerly")
  static let usedTo = (hash("used"), hash("to"))
  static let historyOf = (hash("history"), hash("of"))

  /// Hypotheticals: conditions, suppositions, what-ifs.
  static let hypotheticals = set(
    "if whether suppose supposing hypothetically imagine unless incase would")

  /// General-information framing: the phrase is the topic, not something happening.
  static let generalFraming = set(
    """
    signs sign symptoms symptom risk risks chance chances cause causes causing caused prevent \
    prevention preventing warning information info article study research awareness \
    statistics rates rate month week day movie song book video documentary episode survivor \
    survivors prevention hotline lifeline effects effect
    """)

  /// Laughter and joke markers that turn "I'm dying" into a figure of speech.
  static let jokeWords = set("lol lool lolol lmao lmfao lmaoo rofl haha hahaha hahah hehe jk jkjk")
  static let jokeEmoji: Set<UInt32> = [0x1F602, 0x1F923, 0x1F480, 0x1F606, 0x1F605, 0x1F61C]

  /// The writer.
  static let firstPerson = set("i im ive id ill me my mine myself")
  /// Someone the writer speaks for: a relative, a friend, he or she.
  static let closeThirdPerson = set(
    """
    he she his her him hes shes himself herself they them their theyre themselves mom mum \
    mother dad father son daughter wife husband baby child kid kids friend brother sister \
    grandma grandpa grandmother grandfather partner boyfriend girlfriend bf gf uncle aunt \
    cousin neighbor neighbour roommate toddler infant newborn fiance fiancee nephew niece \
    grandson granddaughter parents family
    """)
  /// People in general.
  static let generalPeople = set(
    "people someone somebody anyone anybody person patients everyone humans adults individuals")

  /// "someone I love": who knows the person, and how ("someone you know" is one person).
  static let knowers = set("i you we")
  static let closeness = set("love loved know knew care like trust")

  /// Words that say something is happening now and is bad.
  static let acute = set(
    """
    now suddenly sudden severe severely help 911 er emergency ambulance worse worsening \
    tonight urgent asap hospital scared terrified happening currently really
    """)
}
