import ArgumentParser
import Foundation
import Inbox
import Triage

struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Score the detectors on labelled development data.",
    subcommands: [EvalPHICommand.self, EvalTriageCommand.self])
}

struct EvalPHICommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "phi",
    abstract: "Token-level precision, recall, F1 and F2 of the PHI detector.",
    discussion: """
      Sets: WNUT17 dev and test and the Broad Twitter Corpus dev split (names and places \
      only; @-handles not scored), presidio-synth (every mapped identifier), and the \
      hand-labelled samples in eval/ ([[CATEGORY|text]] marks). --include-train adds the \
      WNUT17 and BTC training splits, which the name tagger was trained on. A token counts \
      as found overall when any PHI category covers it; per category, only the same category.
      """)

  @Option(help: ArgumentHelp("The shared corpus folder.", valueName: "dir"))
  var corpus = "../shared/corpus"

  @Option(help: ArgumentHelp("Folder of hand-labelled samples (*.txt).", valueName: "dir"))
  var samples = "eval"

  @Flag(help: "Also score the training splits of WNUT17 and BTC.")
  var includeTrain = false

  @Option(help: ArgumentHelp("Score only sets whose name contains this.", valueName: "text"))
  var only: String?

  @Option(
    help: ArgumentHelp(
      "Print up to N missed, N wrongly flagged and N wrong-category tokens per set.",
      valueName: "n")
  )
  var errors = 0

  func run() throws {
    let sets = try loadSets()
    guard !sets.isEmpty else {
      throw RoundsError(
        .notFound, "no evaluation data under \(corpus) or \(samples)",
        fix: "run from the package root with ../shared beside it, or pass --corpus")
    }
    let detector = PHIDetector()
    var table = TextTable(columns: [
      "SET", "CATEGORY", "TOKENS", "TP", "FP", "FN", "P", "R", "F1", "F2",
    ])
    for set in sets {
      let score = PHIScorer.score(set, detector: detector)
      table.add(row(set.name, "overall", score.tokens, score.overall))
      for category in PHICategory.allCases {
        guard let counts = score.byCategory[category] else { continue }
        table.add(row("", category.rawValue, counts.truePositives + counts.falseNegatives, counts))
      }
      if errors > 0 { printErrors(set, detector) }
    }
    print(table.render(width: 200), terminator: "")
  }

  private func row(_ set: String, _ category: String, _ tokens: Int, _ c: PHIScore.Counts)
    -> [String]
  {
    [
      set, category, String(tokens), String(c.truePositives), String(c.falsePositives),
      String(c.falseNegatives), format(c.precision), format(c.recall), format(c.f1), format(c.f2),
    ]
  }

  private func format(_ value: Double) -> String { String(format: "%.3f", value) }

  private func loadSets() throws -> [EvalSet] {
    let text = corpus + "/text"
    var candidates: [(String, () throws -> EvalSet)] = [
      (
        "wnut17-dev",
        { try CoNLLReader.read(path: text + "/wnut17/emerging.dev.conll", name: "wnut17-dev") }
      ),
      (
        "wnut17-test",
        {
          try CoNLLReader.read(path: text + "/wnut17/emerging.test.annotated", name: "wnut17-test")
        }
      ),
      ("btc-dev", { try CoNLLReader.read(path: text + "/btc/btc.dev", name: "btc-dev") }),
      (
        "presidio-synth",
        { try PresidioReader.read(path: text + "/presidio-synth/synth_dataset_v2.json") }
      ),
    ]
    if includeTrain {
      candidates.append(
        (
          "wnut17-train",
          { try CoNLLReader.read(path: text + "/wnut17/wnut17train.conll", name: "wnut17-train") }
        ))
      candidates.append(
        ("btc-train", { try CoNLLReader.read(path: text + "/btc/btc.train", name: "btc-train") }))
    }
    let files = (try? FileManager.default.contentsOfDirectory(atPath: samples)) ?? []
    for file in files.sorted() where file.hasSuffix(".txt") {
      let name = "samples/" + file.dropLast(4)
      candidates.append((name, { try MarkedReader.read(path: samples + "/" + file, name: name) }))
    }
    var sets: [EvalSet] = []
    for (name, load) in candidates {
      if let only, !name.contains(only) { continue }
      sets.append(try load())
    }
    return sets
  }

  /// Missed, wrongly flagged and wrong-category tokens with a little context, for
  /// development.
  private func printErrors(_ set: EvalSet, _ detector: PHIDetector) {
    var missed: [String] = []
    var flagged: [String] = []
    var confused: [String] = []
    for document in set.documents {
      let findings = detector.findings(in: document.text).filter {
        $0.phiCategory.map(set.categories.contains) ?? false
      }
      let scalars = Array(document.text.unicodeScalars)
      func context(_ start: Int, _ end: Int) -> String {
        let from = max(0, start - 30)
        let to = min(scalars.count, end + 30)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[from..<start])
        view.append(contentsOf: "⟦".unicodeScalars)
        view.append(contentsOf: scalars[start..<end])
        view.append(contentsOf: "⟧".unicodeScalars)
        view.append(contentsOf: scalars[end..<to])
        // Line breaks shown as ↵ so a preview does not stop at the first one.
        return TerminalText.preview(String(view).replacingOccurrences(of: "\n", with: "↵"))
      }
      for token in document.tokens {
        let hit = findings.first { $0.start < token.end && token.start < $0.end }
        if let gold = token.gold, hit == nil, missed.count < errors {
          missed.append("\(gold.rawValue)\t\(context(token.start, token.end))")
        } else if token.gold == nil, let hit, flagged.count < errors {
          flagged.append("\(hit.category) \(hit.rule)\t\(context(token.start, token.end))")
        } else if let gold = token.gold, let hit, hit.category != gold.rawValue,
          confused.count < errors
        {
          confused.append(
            "\(gold.rawValue) as \(hit.category) \(hit.rule)\t\(context(token.start, token.end))")
        }
      }
    }
    print("== \(set.name): missed")
    for line in missed { print(line) }
    print("== \(set.name): wrongly flagged")
    for line in flagged { print(line) }
    print("== \(set.name): found as another category")
    for line in confused { print(line) }
  }
}
