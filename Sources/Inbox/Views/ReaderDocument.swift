import Foundation
import Triage

/// The reader as a document of styled lines: the message's facts, its full text with PHI
/// and triage reasons highlighted, the findings explained, the thread and the author's
/// earlier messages. Highlights use attributes as well as colour, so they read with NO_COLOR.
public enum ReaderDocument {
  public static let phiStyle = Style(.phi, [.bold, .underline])
  public static let reasonStyle = Style(.reason, [.underline])
  public static let riskStyle = Style(.warning, [.underline])
  public static let matchStyle = Style(.match, [.reverse])
  /// The practice's own details (its phone, its doctors): not PHI, shown but not alarming.
  public static let practiceStyle = Style(.muted, [.underline])

  /// How a finding is highlighted.
  static func style(of finding: Finding) -> Style {
    if finding.category == "PRACTICE" { return practiceStyle }
    switch finding.detector {
    case "phi": return phiStyle
    case "triage": return reasonStyle
    default: return riskStyle
    }
  }
  static let heading = Style(.accent, [.bold])
  static let label = Style(.muted)

  public static func lines(_ data: ReaderData, width: Int, search: String?) -> [StyledLine] {
    let width = max(10, width - 2)
    var lines: [StyledLine] = []
    func add(_ line: StyledLine) { lines += StyledText.wrap(line, width: width) }
    func field(_ name: String, _ value: String, _ style: Style = .plain) {
      var line = StyledLine(name.padding(toLength: 10, withPad: " ", startingAt: 0), style: label)
      line.append(value, style: style)
      add(line)
    }
    let message = data.message
    var from = StyledLine(message.authorLabel, style: Style(.plain, [.bold]))
    if let handle = message.authorHandle, !handle.isEmpty, handle != message.authorLabel {
      from.append("  @" + handle, style: label)
    }
    add(from)
    field(
      "Posted",
      "\(DateText.minute(message.createdAt)) UTC on \(message.platform.rawValue)"
        + (message.kind == .own ? " (the practice's own post)" : ""))
    var triage = "\(ListColumns.statusLabel(message.status))"
    if let category = message.category {
      triage += " · \(ListColumns.categoryLabel(category)) · urgency \(message.urgency)"
    } else {
      triage += " · not triaged yet"
    }
    field("Status", triage, ListColumns.categoryStyle(message.category))
    field(
      "Flags", "PHI \(message.phiCount) · other flags \(message.flagCount)",
      message.phiCount > 0 ? Style(.phi, [.bold]) : .plain)
    if let item = data.item {
      field("Assigned", message.assignee ?? "nobody")
      if !item.tags.isEmpty { field("Tags", item.tags.joined(separator: ", "), Style(.accent)) }
      if let draft = item.draft {
        var reply = "revision \(draft.revision) by \(draft.author)"
        if let review = item.lastReview {
          reply += " · \(ReviewDocument.decisionLabel(review.decision)) by \(review.reviewer)"
        }
        field("Reply", reply)
      }
    }
    if let source = message.sourceStatus { field("Source", source) }
    if message.visibility != .public { field("Visible", message.visibility.rawValue) }
    field("Link", message.permalink ?? "none in the export", Style(.accent, [.underline]))
    lines.append(StyledLine())

    // The text itself, highlighted.
    var highlights: [Highlight] = []
    for finding in data.findings ?? [] {
      highlights.append(Highlight(finding.span, style: style(of: finding)))
    }
    if let matcher = SearchMatcher(search) {
      highlights += matcher.ranges(in: message.text).map { Highlight($0, style: matchStyle) }
    }
    for paragraph in StyledText.paragraphs(message.text, highlights: highlights) {
      add(paragraph)
    }
    lines.append(StyledLine())

    for line in findingLines(data) { add(line) }
    lines += contextLines(data, width: width)
    return lines.map { line in
      var indented = StyledLine(" ")
      indented.append(line)
      return indented
    }
  }

  private static func findingLines(_ data: ReaderData) -> [StyledLine] {
    var lines: [StyledLine] = []
    guard let findings = data.findings else {
      lines.append(StyledLine("Findings", style: heading))
      lines.append(
        StyledLine(
          "No detector is installed in this build, so findings are not recomputed;"
            + " the counts above are from import.", style: label))
      lines.append(StyledLine())
      return lines
    }
    lines.append(StyledLine("Findings (\(findings.count))", style: heading))
    if findings.isEmpty {
      lines.append(StyledLine("Nothing flagged.", style: label))
    } else {
      var legend = StyledLine("In the text: ", style: label)
      legend.append("PHI", style: phiStyle)
      legend.append(" is bold and underlined, ", style: label)
      legend.append("triage reasons", style: reasonStyle)
      legend.append(" underlined.", style: label)
      lines.append(legend)
    }
    for (number, finding) in findings.enumerated() {
      let style = style(of: finding)
      var line = StyledLine("\(number + 1). ", style: label)
      line.append(
        "\(finding.detector.uppercased()) \(finding.category)", style: Style(style.role, [.bold]))
      line.append(" ")
      line.append("\"" + finding.text + "\"", style: style)
      line.append(" — " + finding.explanation)
      line.append(
        " (\(finding.rule), \(finding.severity.rawValue), \(Int(finding.confidence * 100))%)",
        style: label)
      lines.append(line)
      if let suggestion = finding.suggestion {
        lines.append(StyledLine("   fix: " + suggestion, style: label))
      }
    }
    lines.append(StyledLine())
    return lines
  }

  private static func contextLines(_ data: ReaderData, width: Int) -> [StyledLine] {
    var lines: [StyledLine] = []
    let context = data.context
    func summary(_ prefix: String, _ message: Message) -> StyledLine {
      var line = StyledLine(prefix, style: label)
      line.append(message.authorLabel, style: Style(.plain, [.bold]))
      line.append(
        " · \(DateText.minute(message.createdAt)) · \(ListColumns.statusLabel(message.status)) · ",
        style: label)
      line.append(TerminalText.preview(message.text))
      return StyledText.fit(line, width: width)
    }
    lines.append(StyledLine("Thread", style: heading))
    let thread = data.message.threadID.map { "thread \($0)" } ?? "no thread id in the export"
    lines.append(StyledLine(thread, style: label))
    if let parent = context.parent {
      lines.append(summary("↑ in reply to: ", parent))
    } else if let parentID = data.message.parentID {
      lines.append(StyledLine("↑ in reply to \(parentID) (not in the inbox)", style: label))
    }
    for sibling in context.siblings { lines.append(summary("· ", sibling)) }
    for reply in context.replies { lines.append(summary("↓ reply: ", reply)) }
    if context.parent == nil, context.siblings.isEmpty, context.replies.isEmpty {
      lines.append(StyledLine("No other messages in this thread.", style: label))
    }
    lines.append(StyledLine())
    lines.append(
      StyledLine("Earlier from \(data.message.authorLabel) on this platform", style: heading))
    if context.earlier.isEmpty {
      lines.append(StyledLine("None.", style: label))
    }
    for earlier in context.earlier { lines.append(summary("· ", earlier)) }
    return lines
  }
}
