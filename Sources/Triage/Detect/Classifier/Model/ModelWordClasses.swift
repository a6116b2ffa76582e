/// Word classes the learned model sees as counts, besides the words themselves: pooled
/// evidence generalises to texts that use other words of the same class. Classes from the
/// research on the language of suicidal and depressed writers: first-person focus, absolutist
/// words, death and ending, despair; and, for spam, selling words.
enum ModelWordClasses {
  static let names = ["death", "absolute", "despair", "self", "selling"]

  static let members: WordTable = {
    let lists = [
      """
      die dying died dead death suicide suicidal kill killing overdose noose rope pills jump \
      bridge gun funeral grave goodbye alive exist existing gone ending end over
      """,
      """
      always never nothing everything completely totally entirely constantly forever nobody \
      everyone everybody noone whole every absolutely anymore
      """,
      """
      hopeless worthless useless pointless meaningless empty numb alone lonely tired exhausted \
      miserable pain hurt hate sad cry crying broken lost trapped burden failure loser \
      pathetic suffering suffer struggle struggling scared ashamed guilty
      """,
      "i me my myself im ive id ill mine",
      """
      buy sell selling sale order offer discount cheap free win winner earn money cash price \
      deal promo subscribe follow followers click visit shop store
      """,
    ]
    var table = WordTable(minimumCapacity: 256)
    for (index, list) in lists.enumerated() {
      for word in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
        table[TextHash.word(String(word))] = Int32(index)
      }
    }
    return table
  }()

  /// Count buckets: 1, 2–3, 4 or more; and for `self`, its share of the words.
  static let buckets = ["1", "2", "4"]
  static let featureNames: [String] =
    names.flatMap { name in buckets.map { "<\(name):\($0)>" } } + ["<self:share>"]
  static let featureHashes = featureNames.map {
    TextHash.combine(ModelFeatures.shapeSeed, TextHash.word($0))
  }

  /// Adds the class features of a text with `counts` (per class) over `words` words.
  static func append(counts: [Int], words: Int, to features: inout [ModelFeature]) {
    for (index, count) in counts.enumerated() where count > 0 {
      let bucket = count >= 4 ? 2 : count >= 2 ? 1 : 0
      features.append(
        ModelFeature(
          kind: .shape, hash: featureHashes[index * buckets.count + bucket], first: -1, last: -1))
    }
    // Writing mostly about oneself: at least one word in ten is "I", "me", "my".
    if words >= 20, counts[3] * 10 >= words {
      features.append(
        ModelFeature(
          kind: .shape, hash: featureHashes[featureHashes.count - 1], first: -1, last: -1))
    }
  }
}
