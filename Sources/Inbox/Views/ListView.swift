import Foundation
import Triage

/// The inbox list: a column header and one line per message, drawn from the loaded window.
enum ListView {
  /// Column widths for a list this wide; the text takes what is left.
  struct Columns: Hashable {
    var status = 9
    var platform: Int
    var age = 3
    var author: Int
    var category: Int
    var flags = 5
    var shortNames: Bool

    init(width: Int) {
      if width >= 110 {
        (platform, author, category, shortNames) = (9, 16, 9, false)
      } else if width >= 80 {
        (platform, author, category, shortNames) = (4, 12, 9, true)
      } else {
        (platform, author, category, shortNames) = (4, 10, 6, true)
      }
    }

    /// Mark, urgency marker and the separators before the text.
    var fixed: Int { 1 + 3 + status + platform + age + author + category + flags + 8 }
  }

  static func draw(_ state: InboxState, into frame: inout Frame, area: Rect) {
    let columns = Columns(width: area.width)
    frame.put(header(columns), x: area.x, y: area.y, limit: area.width)
    frame.restyle(x: area.x, y: area.y, width: area.width) { $0.adding(.bold) }
    let rows = max(0, area.height - 1)
    let list = state.list
    let matcher = SearchMatcher(state.search)
    if list.isEmpty {
      let text =
        list.isLoading
        ? "Loading…"
        : state.filter.search != nil || state.isFiltered
          ? "No message matches these filters (x clears the quick filters)"
          : "No messages in this view"
      frame.put(text, x: area.x + 2, y: area.y + 2, limit: area.width - 2, style: Style(.muted))
      return
    }
    for line in 0..<rows {
      let index = list.top + line
      guard list.rows.indices.contains(index) else { break }
      let message = list.rows[index]
      let y = area.y + 1 + line
      let isMarked = message.id.map(state.marked.contains) ?? false
      let styled = row(
        message, columns: columns, width: area.width, now: state.now, marked: isMarked,
        matcher: matcher)
      frame.put(styled, x: area.x, y: y, limit: area.width)
      if index == list.selected {
        frame.restyle(x: area.x, y: y, width: area.width) { $0.adding(.reverse) }
      }
    }
  }

  static func header(_ columns: Columns) -> StyledLine {
    var line = StyledLine()
    let style = Style(.muted)
    func cell(_ text: String, _ width: Int) {
      line.append(TerminalText.fit(text, width: width, pad: true) + " ", style: style)
    }
    line.append("  ", style: style)
    cell("!", 3)
    cell("STATUS", columns.status)
    cell(columns.shortNames ? "SRC" : "PLATFORM", columns.platform)
    cell("AGE", columns.age)
    cell("AUTHOR", columns.author)
    cell(columns.category >= 8 ? "CATEGORY" : "CAT", columns.category)
    cell("FLAGS", columns.flags)
    line.append("MESSAGE", style: style)
    return line
  }

  static func row(
    _ message: Message, columns: Columns, width: Int, now: Date, marked: Bool,
    matcher: SearchMatcher?
  ) -> StyledLine {
    var line = StyledLine()
    func cell(_ text: String, _ width: Int, _ style: Style = .plain) {
      line.append(
        TerminalText.fit(TerminalText.preview(text), width: width, pad: true), style: style)
      line.append(" ")
    }
    line.append(marked ? "*" : " ", style: marked ? Style(.marked, [.bold]) : .plain)
    line.append(" ")
    cell(
      ListColumns.urgencyMarker(message.urgency), 3,
      message.urgency >= 2 ? Style(.urgent, [.bold]) : Style(.warning))
    cell(
      ListColumns.statusLabel(message.status), columns.status,
      message.status == .new ? Style(.plain, [.bold]) : .plain)
    cell(
      columns.shortNames
        ? ListColumns.shortPlatform(message.platform) : message.platform.rawValue,
      columns.platform, Style(.muted))
    cell(DateText.age(of: message.createdAt, now: now), columns.age, Style(.muted))
    let author = message.authorLabel
    cell(author, columns.author, highlightStyle(author, matcher) ?? .plain)
    let category = message.category.map {
      columns.category < 9 ? ListColumns.shortCategoryLabel($0) : ListColumns.categoryLabel($0)
    }
    cell(category ?? "-", columns.category, ListColumns.categoryStyle(message.category))
    cell(
      ListColumns.flags(phi: message.phiCount, flags: message.flagCount), columns.flags,
      message.phiCount > 0 ? Style(.phi, [.bold]) : Style(.warning))
    let preview = TerminalText.preview(message.text)
    let textWidth = max(0, width - columns.fixed - 1)
    let highlights = (matcher?.ranges(in: preview) ?? []).map {
      Highlight($0, style: Style(.match, [.underline, .bold]))
    }
    var text = StyledText.paragraphs(preview, highlights: highlights).first ?? StyledLine()
    if text.width > textWidth {
      text = StyledText.fit(text, width: textWidth)
    }
    line.append(text)
    return line
  }

  /// Authors that match the search are marked like matching words.
  private static func highlightStyle(_ text: String, _ matcher: SearchMatcher?) -> Style? {
    guard let matcher, !matcher.ranges(in: text).isEmpty else { return nil }
    return Style(.match, [.underline, .bold])
  }
}

extension StyledText {
  /// Cuts a styled line to `width` columns, ending with "…", never splitting a wide character.
  static func fit(_ line: StyledLine, width: Int) -> StyledLine {
    guard width > 0 else { return StyledLine() }
    guard line.width > width else { return line }
    var result = StyledLine()
    var used = 0
    for glyph in line.glyphs {
      if used + glyph.width > width - 1 { break }
      result.glyphs.append(glyph)
      used += glyph.width
    }
    result.glyphs.append(Glyph("…", style: line.glyphs.last?.style ?? .plain))
    return result
  }
}
