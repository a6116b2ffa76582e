import Foundation
import Triage

/// The composer: the original message on top, the reply being written with its risks
/// highlighted (colour plus attribute), and the risks listed with their explanations.
enum ComposerView {
  static let ruleStyle = Style(.muted)

  /// How a reply risk is highlighted: block bold and underlined, warn underlined, info dim.
  static func style(of severity: Severity) -> Style {
    switch severity {
    case .block: Style(.urgent, [.bold, .underline])
    case .warn: Style(.warning, [.underline])
    case .info: Style(.muted, [.underline, .dim])
    }
  }

  static func draw(_ state: InboxState, into frame: inout Frame) {
    let layout = ComposerLayout(size: frame.size)
    guard let composer = state.composer, let item = composer.item else {
      frame.put("Loading…", x: 2, y: layout.header.y + 1, style: Style(.muted))
      return
    }
    header(composer, item, into: &frame, layout.header, now: state.now)
    original(item.message, into: &frame, layout.original)
    rule(replyTitle(composer), right: checkSummary(composer), y: layout.replyRule, into: &frame)
    editor(composer, into: &frame, layout.editor)
    rule(
      risksTitle(composer), right: nil, y: layout.risksRule, into: &frame,
      style: composer.submission == nil ? ruleStyle : Style(.accent, [.bold]))
    risks(composer, into: &frame, layout.risks)
  }

  static func header(
    _ composer: ComposerState, _ item: WorkItem, into frame: inout Frame, _ area: Rect, now: Date
  ) {
    let message = item.message
    var line = StyledLine(" Reply to ", style: Style(.muted))
    line.append(message.authorLabel, style: Style(.plain, [.bold]))
    line.append(
      " on \(message.platform.rawValue) · \(ListColumns.statusLabel(message.status))",
      style: Style(.muted))
    if let draft = item.draft {
      line.append(" · revision \(draft.revision) by \(draft.author)", style: Style(.muted))
    }
    let saved: (String, Style)
    if !composer.hasUnsavedChanges {
      saved = ("saved", Style(.muted))
    } else if composer.autosavedRevision == composer.editor.revision,
      let date = composer.autosavedAt
    {
      saved = ("unsaved revision · autosaved \(DateText.clock(date))", Style(.muted))
    } else {
      saved = ("unsaved revision · autosaving…", Style(.warning))
    }
    let right = StyledLine(saved.0 + " ", style: saved.1)
    let room = max(0, area.width - right.width - 1)
    frame.put(line, x: area.x, y: area.y, limit: room)
    frame.put(right, x: area.x + area.width - right.width, y: area.y)
  }

  static func original(_ message: Message, into frame: inout Frame, _ area: Rect) {
    var rows: [StyledLine] = []
    for paragraph in StyledText.paragraphs(message.text) {
      rows += StyledText.wrap(paragraph, width: max(1, area.width - 2))
    }
    for (index, row) in rows.prefix(area.height).enumerated() {
      var line = StyledLine("│ ", style: Style(.muted))
      if index == area.height - 1, rows.count > area.height {
        line.append(StyledText.fit(row, width: max(1, area.width - 4)))
        line.append(" …", style: Style(.muted))
      } else {
        line.append(row)
      }
      frame.put(line, x: area.x, y: area.y + index, limit: area.width)
    }
  }

  static func replyTitle(_ composer: ComposerState) -> String {
    "Your reply"
  }

  static func checkSummary(_ composer: ComposerState) -> StyledLine {
    guard composer.checkedRevision != nil else {
      return StyledLine("checking… ", style: Style(.muted))
    }
    var line = StyledLine()
    let counts = Severity.allCases.reversed().map { severity in
      (severity, composer.risks.filter { $0.severity == severity }.count)
    }.filter { $0.1 > 0 }
    if counts.isEmpty {
      line.append("the checker finds no risk", style: Style(.muted))
    }
    for (index, (severity, count)) in counts.enumerated() {
      if index > 0 { line.append(" · ", style: Style(.muted)) }
      line.append("\(count) \(severity.rawValue)", style: style(of: severity))
    }
    if !composer.isChecked { line.append(" (checking…)", style: Style(.muted)) }
    line.append(" ")
    return line
  }

  static func risksTitle(_ composer: ComposerState) -> String {
    if let submission = composer.submission {
      return submission.reviewRequired
        ? "Submitted revision \(submission.revision): in review, a supervisor must approve it"
        : "Revision \(submission.revision) approved by the practice's policy: no review needed"
    }
    return "Risks (\(composer.risks.count))"
  }

  /// A line across the screen with a title on the left and a summary on the right.
  static func rule(
    _ title: String, right: StyledLine?, y: Int, into frame: inout Frame, style: Style = ruleStyle
  ) {
    let width = frame.size.width
    frame.put(String(repeating: "─", count: width), x: 0, y: y, style: ruleStyle)
    let used = frame.put("── " + title + " ", x: 0, y: y, style: style)
    if let right {
      let x = max(used + 1, width - right.width - 1)
      frame.put(right, x: x, y: y, limit: width - x)
    }
  }

  /// The reply, wrapped, with the checker's spans highlighted and the cursor placed.
  static func editor(_ composer: ComposerState, into frame: inout Frame, _ area: Rect) {
    let characters = composer.editor.characters
    if characters.isEmpty {
      frame.put(
        "Write the reply here. C-t inserts a template, C-o opens your $EDITOR, F1 lists the keys.",
        x: area.x, y: area.y, limit: area.width, style: Style(.muted))
    }
    let wrapped = EditorLayout(characters, width: area.width)
    // Scalar offset where each grapheme starts, to match the checker's spans.
    var offsets = [Int](repeating: 0, count: characters.count + 1)
    for (index, character) in characters.enumerated() {
      offsets[index + 1] = offsets[index] + character.unicodeScalars.count
    }
    let risks = composer.risks.sorted { $0.severity > $1.severity }
    for row in 0..<area.height {
      let index = composer.scroll + row
      guard wrapped.rows.indices.contains(index) else { break }
      let span = wrapped.rows[index]
      var line = StyledLine()
      for position in span.start..<span.end {
        let scalars = offsets[position]..<offsets[position + 1]
        let style =
          risks.first { $0.span.overlaps(scalars) }.map { Self.style(of: $0.severity) } ?? .plain
        for safe in TerminalText.sanitize(String(characters[position])) {
          line.glyphs.append(Glyph(safe, style: style))
        }
      }
      frame.put(line, x: area.x, y: area.y + row, limit: area.width)
    }
    let (row, column) = wrapped.position(of: composer.editor.cursor)
    let y = row - composer.scroll
    if (0..<area.height).contains(y) {
      frame.cursor = Point(x: area.x + min(column, area.width), y: area.y + y)
    }
  }

  /// One line per risk: its severity, the text, the explanation and the suggested fix.
  static func risks(_ composer: ComposerState, into frame: inout Frame, _ area: Rect) {
    let risks = composer.risks.sorted { ($1.severity, $0.start) < ($0.severity, $1.start) }
    if risks.isEmpty {
      let text =
        composer.checkedRevision == nil
        ? "Checking the reply…"
        : "Nothing found: no PHI echoed, no diagnosis or dosing, no confirmation of care."
      frame.put(text, x: area.x, y: area.y, limit: area.width, style: Style(.muted))
      return
    }
    let shown = risks.count > area.height ? area.height - 1 : risks.count
    for (index, risk) in risks.prefix(shown).enumerated() {
      var line = StyledLine(risk.severity.rawValue.uppercased(), style: style(of: risk.severity))
      line.append(" " + risk.category + " ", style: Style(.plain, [.bold]))
      line.append("\"" + risk.text + "\"", style: style(of: risk.severity))
      line.append(" — " + risk.explanation)
      if let suggestion = risk.suggestion {
        line.append(" Fix: " + suggestion, style: Style(.muted))
      }
      line.append(" (\(risk.rule))", style: Style(.muted))
      frame.put(StyledText.fit(line, width: area.width), x: area.x, y: area.y + index)
    }
    if shown < risks.count {
      frame.put(
        "… and \(risks.count - shown) more; a taller terminal shows them all", x: area.x,
        y: area.y + shown, limit: area.width, style: Style(.muted))
    }
  }
}
