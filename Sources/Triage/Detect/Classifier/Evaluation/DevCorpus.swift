import Foundation

/// The labelled development texts in `../shared/corpus/text`, with what each says about the
/// three questions the learned model answers. Read at evaluation and training time only;
/// nothing here is compiled into the library's data.
public struct DevCorpus: Sendable {
  public struct Text: Sendable {
    /// Where it came from, e.g. `meqsum`, `reddit/suicidewatch`, `youtube/spam`, `tweeteval`.
    public var group: String
    public var text: String
    public var isSpam: Bool?
    public var isMedical: Bool?
    public var isCrisis: Bool?
    /// False for sets held out of training (licence unclear, or kept apart as unseen text).
    public var trainable: Bool
  }

  public var texts: [Text] = []
  /// Files that were missing or could not be read, by path.
  public var problems: [String] = []

  static let mentalHealthSubreddits: Set<String> = [
    "anxiety", "depression", "mentalhealth", "healthanxiety",
  ]

  /// Loads every set found under `root` (the corpus folder holding `text/`).
  public static func load(root: String) -> DevCorpus {
    var corpus = DevCorpus()
    let text = root + "/text/"
    corpus.loadJSONLines(text + "meqsum/meqsum_questions.jsonl") { object in
      guard let body = object["text"] as? String else { return nil }
      return Text(
        group: "meqsum", text: body, isSpam: false, isMedical: true, isCrisis: false,
        trainable: true)
    }
    corpus.loadJSONLines(text + "reddit-mental-health/posts.dev.jsonl") { object in
      guard let body = object["text"] as? String, let subreddit = object["subreddit"] as? String
      else { return nil }
      // Posts from the other mental-health forums often voice suicidal thoughts too: they
      // teach the model nothing reliable about crisis or about medical questions.
      let crisis = subreddit == "suicidewatch"
      let mental = crisis || mentalHealthSubreddits.contains(subreddit)
      return Text(
        group: "reddit/" + subreddit, text: body, isSpam: false, isMedical: mental ? nil : false,
        isCrisis: crisis ? true : mental ? nil : false, trainable: true)
    }
    for file in ["Youtube01-Psy.csv", "Youtube02-KatyPerry.csv"] {
      corpus.loadYouTube(text + "youtube-spam/" + file)
    }
    corpus.loadLines(
      text + "tweeteval-offensive/offensive_test_text.txt", group: "tweeteval", trainable: false)
    corpus.loadCoNLL(text + "btc/btc.train", group: "btc/train", trainable: true)
    corpus.loadCoNLL(text + "wnut17/wnut17train.conll", group: "wnut17/train", trainable: true)
    corpus.loadCoNLL(text + "btc/btc.dev", group: "btc/dev", trainable: false)
    corpus.loadCoNLL(text + "wnut17/emerging.dev.conll", group: "wnut17/dev", trainable: false)
    return corpus
  }

  private mutating func read(_ path: String) -> String? {
    guard let data = FileManager.default.contents(atPath: path) else {
      problems.append("\(path): missing or unreadable")
      return nil
    }
    return String(decoding: data, as: UTF8.self)
  }

  private mutating func loadJSONLines(_ path: String, _ make: ([String: Any]) -> Text?) {
    guard let content = read(path) else { return }
    for (number, line) in content.split(separator: "\n").enumerated() {
      guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        let text = make(object)
      else {
        problems.append("\(path): line \(number + 1) is not a record with a text")
        continue
      }
      texts.append(text)
    }
  }

  private mutating func loadYouTube(_ path: String) {
    guard let source = try? FileByteSource(path: path) else {
      problems.append("\(path): missing or unreadable")
      return
    }
    let reader = CSVReader(ByteStream(source))
    _ = try? reader.next()  // the header
    while let row = try? reader.next() {
      let record = row.fields
      guard record.count >= 5, let label = Int(record[4].trimmingCharacters(in: .whitespaces))
      else {
        problems.append("\(path): line \(row.line) has no CONTENT and CLASS")
        continue
      }
      texts.append(
        Text(
          group: label == 1 ? "youtube/spam" : "youtube/ham", text: record[3], isSpam: label == 1,
          isMedical: false, isCrisis: false, trainable: true))
    }
  }

  private mutating func loadLines(_ path: String, group: String, trainable: Bool) {
    guard let content = read(path) else { return }
    for line in content.split(separator: "\n") where !line.isEmpty {
      texts.append(
        Text(
          group: group, text: String(line), isSpam: false, isMedical: false, isCrisis: false,
          trainable: trainable))
    }
  }

  /// CoNLL files: one token per line (token first), blank lines between texts. Tweets are
  /// ordinary text, also with a bare link ("I posted a new photo <link>"): a link alone is not
  /// spam. A training tweet with a link that also promotes something ("check out my books at
  /// <link>") is left out of the spam output rather than taught as ordinary.
  private mutating func loadCoNLL(_ path: String, group: String, trainable: Bool) {
    guard let content = read(path) else { return }
    var words: [String] = []
    func flush() {
      if !words.isEmpty {
        let text = words.joined(separator: " ")
        let linked = words.contains { $0.hasPrefix("http") || $0.hasPrefix("www.") }
        texts.append(
          Text(
            group: group, text: text,
            isSpam: trainable && linked && Self.promotes(text) ? nil : false, isMedical: false,
            isCrisis: false, trainable: trainable))
      }
      words = []
    }
    for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
      let token = line.split(whereSeparator: { $0 == "\t" || $0 == " " }).first
      if let token { words.append(String(token)) } else { flush() }
    }
    flush()
  }

  /// Whether a text has spam phrases besides its links (promotion, offers, bait).
  static func promotes(_ text: String) -> Bool {
    let evidence = TriageEvidence(TokenizedText(text), lexicon: spamLexicon)
    return evidence.score(of: evidence.of(.spam).filter { $0.rule.id != "spam.link" }) >= 2
  }

  private static let spamLexicon = TriageLexicon()

  /// The examples the model is trained on (outputs: spam, medical, crisis).
  public func trainingExamples(excludingFold fold: Int? = nil, of folds: Int = 1)
    -> [ModelTrainer.Example]
  {
    texts.indices.compactMap { index in
      let text = texts[index]
      guard text.trainable, fold == nil || Self.fold(of: index, folds) != fold else { return nil }
      return ModelTrainer.Example(
        text: text.text, labels: [text.isSpam, text.isMedical, text.isCrisis],
        source: Self.source(of: text.group))
    }
  }

  /// The source a set belongs to, for the trainer's weights: `youtube/ham` and `youtube/spam`
  /// are `youtube`; the BTC and WNUT17 tweets are `tweets`; every forum is `reddit`.
  static func source(of group: String) -> String {
    if group.hasPrefix("btc/") || group.hasPrefix("wnut17/") || group == "tweeteval" {
      return "tweets"
    }
    return String(group.prefix { $0 != "/" })
  }

  /// A fixed fold per text, so cross-validation is repeatable.
  public static func fold(of index: Int, _ folds: Int) -> Int {
    var random = SplitMix64(seed: UInt64(index) &* 0x2545_F491_4F6C_DD1D)
    return Int(random.next() % UInt64(max(folds, 1)))
  }
}
