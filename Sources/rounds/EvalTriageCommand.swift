import ArgumentParser
import Foundation
import Inbox
import Triage

struct EvalTriageCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "triage",
    abstract: "Confusion tables and the issue's bars for the triage classifier.",
    discussion: """
      Classifies every text of the development sets (meqsum, reddit-mental-health, \
      youtube-spam, tweeteval-offensive, and the BTC and WNUT17 tweets) and prints the \
      predicted categories per set and the recall and false-positive rates the bars are \
      stated in. With --folds N (default 5) the learned model is retrained N times so each \
      text is scored by a model that never saw it; --folds 0 scores the built-in model, which \
      was trained on these texts (optimistic figures).
      """)

  @OptionGroup var corpus: CorpusOptions

  @Option(help: "Cross-validation folds (0: use the built-in model as it is).")
  var folds = 5

  @Flag(help: "Print JSON.")
  var json = false

  @Option(
    help: ArgumentHelp(
      "Also list each text of this set with its category and reasons (e.g. meqsum; `all` for every set).",
      valueName: "set"))
  var list: String?

  @Option(
    name: .customLong("threshold"),
    help: ArgumentHelp(
      "Try another decision threshold, e.g. crisis_alone=0.8 (repeatable).",
      valueName: "name=value"))
  var thresholdChanges: [String] = []

  func validate() throws {
    guard folds == 0 || folds >= 2 else { throw ValidationError("--folds must be 0 or at least 2") }
    _ = try thresholds()
  }

  private func thresholds() throws -> TriageThresholds {
    var thresholds = TriageThresholds()
    for change in thresholdChanges {
      let parts = change.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2, let value = Double(parts[1]), (0...1).contains(value),
        thresholds.set(parts[0], value)
      else {
        throw ValidationError(
          "--threshold \(change): expected NAME=VALUE with VALUE in 0...1 and NAME one of "
            + TriageThresholds.names.joined(separator: ", "))
      }
    }
    return thresholds
  }

  func run() throws {
    let dev = DevCorpus.load(root: try corpus.checked())
    for problem in dev.problems { Terminal.printError("rounds: \(problem)") }
    let classifier = TriageClassifier(thresholds: try thresholds())
    let evaluation = TriageEvaluation(corpus: dev, classifier: classifier, folds: folds)
    if json {
      try JSONOutput.print(EvalTriageJSON(evaluation))
    } else {
      printReport(evaluation)
    }
    if let list { printTexts(of: list, dev, evaluation) }
  }

  private func printTexts(of group: String, _ dev: DevCorpus, _ evaluation: TriageEvaluation) {
    for (text, result) in zip(dev.texts, evaluation.results)
    where group == "all" || text.group == group {
      let rules = result.reasons.map { "\($0.rule)[\($0.text)]\($0.isFlag ? "!" : "")" }
      print(
        String(
          format: "%@%@ u%d s%.2f/%.2f m%.2f c%.2f | %@ | %@",
          group == "all" ? text.group + " " : "", result.category.rawValue, result.urgency,
          result.spamProbability, result.spamContentProbability, result.medicalProbability,
          result.crisisProbability,
          TerminalText.sanitize(rules.joined(separator: " ")),
          TerminalText.sanitize(String(text.text.prefix(160)))))
    }
  }

  private func printReport(_ evaluation: TriageEvaluation) {
    let how =
      folds >= 2
      ? "\(folds)-fold cross-validation: each text scored by a model that never saw it"
      : "the built-in model, trained on these texts: optimistic"
    print("Triage on \(corpus.corpus)/text (\(how))\n")
    let categories = Triage.Category.allCases
    var table = TextTable(columns: ["SET", "N"] + categories.map(\.rawValue))
    for group in evaluation.confusion.keys.sorted() {
      let counts = evaluation.confusion[group] ?? [:]
      let total = counts.values.reduce(0, +)
      table.add([group, String(total)] + categories.map { String(counts[$0] ?? 0) })
    }
    print(table.render(width: 200), terminator: "")
    print("")
    var bars = TextTable(columns: ["MEASURE", "RATE", "COUNT", "BAR"])
    let rows: [(String, TriageEvaluation.Rate, String)] = [
      ("crisis recall (reddit/suicidewatch)", evaluation.crisisRecall, ">= 0.95"),
      ("crisis false positives, ordinary text", evaluation.crisisFalseOrdinary, "<= 0.02"),
      ("crisis false positives, medical", evaluation.crisisFalseMedical, "<= 0.02"),
      ("crisis calls, other mental-health posts", evaluation.crisisFalseMentalHealth, "-"),
      ("medical recall (meqsum)", evaluation.medicalRecall, ">= 0.95"),
      ("medical false positives, other text", evaluation.medicalFalse, "<= 0.05"),
      ("spam recall (youtube spam)", evaluation.spamRecall, ">= 0.85"),
      ("spam false positives, ordinary comments", evaluation.spamFalse, "<= 0.05"),
      ("spam calls, held-out tweets (btc, wnut dev)", evaluation.spamFalseTweets, "-"),
    ]
    for (name, rate, bar) in rows {
      bars.add([name, String(format: "%.3f", rate.value), "\(rate.hits)/\(rate.total)", bar])
    }
    print(bars.render(width: 200), terminator: "")
    let perSecond = evaluation.seconds > 0 ? Double(evaluation.classified) / evaluation.seconds : 0
    print(
      "\nClassified \(evaluation.classified) texts in \(String(format: "%.2f", evaluation.seconds)) s"
        + " (\(Int(perSecond)) texts/s, classification only).")
  }
}

struct EvalTriageJSON: Encodable {
  var folds: Int
  var confusion: [String: [String: Int]]
  var rates: [String: [String: Double]]

  init(_ evaluation: TriageEvaluation) {
    folds = evaluation.folds
    confusion = evaluation.confusion.mapValues { counts in
      Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, $0.value) })
    }
    func rate(_ rate: TriageEvaluation.Rate) -> [String: Double] {
      ["rate": rate.value, "hits": Double(rate.hits), "total": Double(rate.total)]
    }
    rates = [
      "crisis_recall": rate(evaluation.crisisRecall),
      "crisis_false_ordinary": rate(evaluation.crisisFalseOrdinary),
      "crisis_false_medical": rate(evaluation.crisisFalseMedical),
      "crisis_calls_mental_health": rate(evaluation.crisisFalseMentalHealth),
      "medical_recall": rate(evaluation.medicalRecall),
      "medical_false": rate(evaluation.medicalFalse),
      "spam_recall": rate(evaluation.spamRecall),
      "spam_false": rate(evaluation.spamFalse),
      "spam_false_tweets": rate(evaluation.spamFalseTweets),
    ]
  }
}
