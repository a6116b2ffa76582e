import Triage

/// The help screen, generated from the action table and the key map in force, so it always
/// shows the keys that actually work.
public enum HelpDocument {
  public static func lines(_ state: InboxState) -> [StyledLine] {
    let map = state.keyMap
    var lines: [StyledLine] = []
    let keyWidth = 18
    let nameWidth = 20
    lines.append(
      StyledLine(
        state.session.keysFile.map { "Keys in force: the defaults, changed by \($0)" }
          ?? "Keys in force: the defaults (no keys.conf)", style: Style(.muted)))
    for context in KeyContext.allCases {
      var rows: [StyledLine] = []
      for spec in map.table.specs {
        let keys = map.ownKeys(for: spec.id, in: context)
        guard !keys.isEmpty else { continue }
        let availability = map.table.availability(
          of: spec.id, role: state.session.role, capabilities: state.session.capabilities)
        let dim = availability != .available
        var row = StyledLine("  ")
        row.append(
          TerminalText.fit(keys.map(\.name).joined(separator: " "), width: keyWidth, pad: true)
            + " ", style: Style(dim ? .muted : .accent, dim ? [] : [.bold]))
        row.append(
          TerminalText.fit(spec.id.rawValue, width: nameWidth, pad: true) + " ",
          style: Style(.muted))
        row.append(spec.summary, style: dim ? Style(.muted) : .plain)
        if let reason = availability.reason {
          row.append(" (\(reason))", style: Style(.muted))
        }
        if spec.destructive {
          row.append(
            spec.bulk ? " (asks first for marked messages)" : " (asks first)", style: Style(.muted))
        }
        rows.append(row)
      }
      guard !rows.isEmpty else { continue }
      lines.append(StyledLine())
      lines.append(StyledLine(context.title, style: Style(.accent, [.bold])))
      lines += rows
    }
    lines.append(StyledLine())
    lines.append(StyledLine("Mouse", style: Style(.accent, [.bold])))
    lines.append(
      StyledLine(
        "  Click a message to select it, click it again to open it; the wheel scrolls;"
          + " click a view in the sidebar to show it."))
    lines.append(StyledLine())
    lines.append(StyledLine("Prompts", style: Style(.accent, [.bold])))
    lines.append(
      StyledLine(
        "  ⏎ accepts, Esc cancels, Backspace deletes, C-u clears, C-w deletes a word."))
    lines.append(StyledLine())
    lines.append(
      StyledLine(
        "Change keys in keys.conf: `bind CONTEXT KEY ACTION` or `unbind CONTEXT KEY`"
          + " (see docs/tui.md).", style: Style(.muted)))
    return lines.map { StyledText.fit($0, width: max(1, state.size.width - 1)) }
  }
}
