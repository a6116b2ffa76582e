import ArgumentParser
import Foundation
import Inbox
import Triage

/// `--expect-version N`: act only if the message is still at the version the caller read
/// (from `rounds show`), so a script never overwrites a change it has not seen.
struct ExpectVersion: ParsableArguments {
  @Option(
    name: .customLong("expect-version"),
    help: ArgumentHelp(
      "Fail with a conflict unless the message is still at this version (see `rounds show`).",
      valueName: "n"))
  var value: Int64?
}

/// What the action commands print: one line with the message's new status and version.
enum ActionOutput {
  static func report(_ item: WorkItem, _ what: String) {
    print("Message \(item.id): \(what) (status \(item.status.rawValue), version \(item.version)).")
  }

  /// The checker's findings, one per line, with the exact span and the rule.
  static func printRisks(_ risks: [Finding]) {
    let sorted = risks.sorted { ($1.severity, $0.start) < ($0.severity, $1.start) }
    for risk in sorted {
      var line =
        "  \(risk.severity.rawValue.uppercased())  \(risk.rule)  at \(risk.start)-\(risk.end) "
        + "\"\(TerminalText.sanitize(risk.text))\": \(TerminalText.sanitize(risk.explanation))"
      if let suggestion = risk.suggestion {
        line += " Suggestion: \(TerminalText.sanitize(suggestion))"
      }
      print(line)
    }
  }
}
