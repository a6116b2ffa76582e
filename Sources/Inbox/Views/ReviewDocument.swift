import Foundation
import Triage

/// A draft in review as a document: the original and the reply side by side (stacked on
/// narrow terminals) with the reply's risks highlighted, the risks explained, what changed
/// since the last decision, and the decisions so far. Highlights use attributes as well as
/// colour, so they read with NO_COLOR.
public enum ReviewDocument {
  static let heading = Style(.accent, [.bold])
  static let label = Style(.muted)
  public static let removedStyle = Style(.error, [.dim])
  public static let addedStyle = Style(.accent, [.bold, .underline])
  /// Side by side from this width.
  public static let sideBySideFrom = 100

  public static func lines(_ packet: Workflow.ReviewPacket, state: InboxState) -> [StyledLine] {
    let width = max(20, state.size.width - 2)
    var lines: [StyledLine] = []
    func add(_ line: StyledLine) { lines += StyledText.wrap(line, width: width) }
    let item = packet.item
    let message = item.message
    var title = StyledLine(message.authorLabel, style: Style(.plain, [.bold]))
    title.append(
      " on \(message.platform.rawValue) · \(DateText.minute(message.createdAt)) UTC · message \(item.id)"
        + " · version \(item.version)", style: label)
    add(title)
    if let refusal = packet.approvalRefusal {
      add(
        StyledLine(
          "You cannot decide on this draft: " + refusal.what, style: Style(.error, [.bold])))
      if let fix = refusal.fix { add(StyledLine(fix, style: label)) }
    } else if packet.hasBlockingRisk {
      add(
        StyledLine(
          "It still has a block risk: approving it asks for the reason you override it.",
          style: Style(.urgent, [.bold])))
    }
    lines.append(StyledLine())

    let draft = packet.draft
    let authors = draft.authors.sorted().joined(separator: ", ")
    let replyTitle = "REPLY, revision \(draft.revision) (written by \(authors))"
    let original = StyledText.paragraphs(message.text)
    var highlights: [Highlight] = []
    for risk in packet.risks ?? [] {
      highlights.append(Highlight(risk.span, style: ComposerView.style(of: risk.severity)))
    }
    let reply = StyledText.paragraphs(draft.text, highlights: highlights)
    if state.size.width >= sideBySideFrom {
      let column = (width - 3) / 2
      let left = [StyledLine("ORIGINAL", style: heading)] + wrapAll(original, column)
      let right = [StyledLine(replyTitle, style: heading)] + wrapAll(reply, column)
      for index in 0..<max(left.count, right.count) {
        var line = index < left.count ? left[index] : StyledLine()
        line.append(String(repeating: " ", count: max(0, column - line.width)))
        line.append(" │ ", style: label)
        if index < right.count { line.append(right[index]) }
        lines.append(line)
      }
    } else {
      lines.append(StyledLine("ORIGINAL", style: heading))
      lines += wrapAll(original, width)
      lines.append(StyledLine())
      lines.append(StyledLine(replyTitle, style: heading))
      lines += wrapAll(reply, width)
    }
    lines.append(StyledLine())

    if let risks = packet.risks {
      add(StyledLine("Risks (\(risks.count))", style: heading))
      if risks.isEmpty { add(StyledLine("The reply checker finds nothing.", style: label)) }
      for (number, risk) in risks.enumerated() {
        var line = StyledLine("\(number + 1). ", style: label)
        line.append(
          risk.severity.rawValue.uppercased() + " " + risk.category,
          style: ComposerView.style(of: risk.severity))
        line.append(" \"" + risk.text + "\"")
        line.append(" — " + risk.explanation)
        line.append(" (\(risk.rule))", style: label)
        add(line)
        if let suggestion = risk.suggestion {
          add(StyledLine("   fix: " + suggestion, style: label))
        }
      }
    } else {
      add(StyledLine("This build has no reply checker: the risks are unknown.", style: label))
    }
    lines.append(StyledLine())

    if let last = item.lastReview, let reviewed = packet.lastReviewedRevision {
      add(
        StyledLine(
          "Changes since revision \(reviewed.number) (\(last.reviewer): \(decisionLabel(last.decision)))",
          style: heading))
      if TextDiff.hasChanges(packet.changes) {
        var legend = StyledLine("Removed ", style: label)
        legend.append("[-like this-]", style: removedStyle)
        legend.append(", added ", style: label)
        legend.append("{+like this+}", style: addedStyle)
        add(legend)
        for line in diffLines(packet.changes) { add(line) }
      } else {
        add(StyledLine("None: the reply is the revision already decided on.", style: label))
      }
    } else {
      add(StyledLine("First review: there is no earlier decision to compare with.", style: label))
    }
    lines.append(StyledLine())

    add(StyledLine("Decisions so far", style: heading))
    if item.reviews.isEmpty { add(StyledLine("None.", style: label)) }
    for review in item.reviews {
      var line = StyledLine(
        "\(DateText.minute(review.decidedAt))  \(review.reviewer)  \(decisionLabel(review.decision))"
          + "  revision \(review.revision): ", style: label)
      line.append(review.note)
      if let reason = review.overrideReason { line.append(" (override: \(reason))", style: label) }
      add(line)
    }
    return lines.map { line in
      var indented = StyledLine(" ")
      indented.append(line)
      return indented
    }
  }

  static func wrapAll(_ paragraphs: [StyledLine], _ width: Int) -> [StyledLine] {
    paragraphs.flatMap { StyledText.wrap($0, width: max(1, width)) }
  }

  /// The word diff as paragraphs: removed runs marked [-…-], added ones {+…+}.
  static func diffLines(_ changes: [TextDiff.Change]) -> [StyledLine] {
    var lines: [StyledLine] = []
    var current = StyledLine()
    func append(_ text: String, _ style: Style) {
      let parts = text.split(separator: "\n", omittingEmptySubsequences: false)
      for (index, part) in parts.enumerated() {
        if index > 0 {
          lines.append(current)
          current = StyledLine()
        }
        current.append(String(part), style: style)
      }
    }
    for change in changes {
      switch change {
      case .same(let text): append(text, .plain)
      case .removed(let text): append("[-" + text + "-]", removedStyle)
      case .added(let text): append("{+" + text + "+}", addedStyle)
      }
    }
    lines.append(current)
    return lines
  }

  static func decisionLabel(_ decision: Review.Decision) -> String {
    switch decision {
    case .approve: "approved"
    case .requestChanges: "asked for changes"
    case .reject: "rejected"
    }
  }
}
