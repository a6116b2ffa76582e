/// The action table rendered for docs/workflow.md (a test keeps the file in step with it).
extension ActionTable {
  /// The permission table in Markdown: one row per action, a ✓ per role allowed.
  public static func markdownTable() -> String {
    var lines = [
      "| action | command | assistant | clinician | supervisor | from status | to status |",
      "|---|---|:-:|:-:|:-:|---|---|",
    ]
    for rule in rules {
      let marks = Role.allCases.map { rule.allows($0) ? "✓" : "" }
      let from: String
      if let statuses = rule.from {
        from =
          statuses.count == Status.allCases.count
          ? "any"
          : Status.allCases.filter(statuses.contains).map(\.rawValue).joined(separator: ", ")
      } else {
        from = "—"
      }
      let to = rule.to?.rawValue ?? (rule.from == nil ? "—" : "unchanged")
      lines.append(
        "| \(rule.summary) | `rounds \(rule.command)` | \(marks.joined(separator: " | ")) | \(from) | \(to) |"
      )
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Every status change as a Mermaid state diagram.
  public static func mermaidDiagram() -> String {
    var lines = ["stateDiagram-v2", "    [*] --> new: import"]
    for rule in rules {
      guard let from = rule.from, let to = rule.to else { continue }
      for status in Status.allCases where from.contains(status) && status != to {
        lines.append("    \(status.rawValue) --> \(to.rawValue): \(rule.command)")
      }
    }
    lines.append("    drafting --> approved: submit (below the review threshold)")
    return lines.joined(separator: "\n") + "\n"
  }
}
