/// Draws the whole state into a frame. Pure: the same state and size always give the same
/// frame, which is what the golden tests compare and what the driver puts on the terminal.
public enum Render {
  public static func frame(_ state: InboxState, size: Size) -> Frame {
    var frame = Frame(size: size)
    var state = state
    state.size = size
    let layout = Layout(size: size)
    if layout.isTooSmall {
      tooSmall(size, into: &frame)
      return frame
    }
    Chrome.title(state, into: &frame)
    switch state.screen {
    case .list:
      if let sidebar = layout.sidebar { Chrome.sidebar(state, into: &frame, area: sidebar) }
      ListView.draw(state, into: &frame, area: layout.list)
    case .reader:
      if let data = state.reader?.data {
        document(
          ReaderDocument.lines(data, width: size.width, search: state.search),
          scroll: state.reader?.scroll ?? 0, into: &frame, area: layout.body)
      } else {
        frame.put("Loading…", x: 2, y: layout.body.y + 1, style: Style(.muted))
      }
    case .composer:
      ComposerView.draw(state, into: &frame)
    case .review:
      if let review = state.review, let packet = review.packet {
        document(
          ReviewDocument.lines(packet, state: state), scroll: review.scroll, into: &frame,
          area: layout.body)
      } else if state.review?.queue?.isEmpty == true {
        frame.put(
          "Nothing is waiting for review.", x: 2, y: layout.body.y + 1, style: Style(.muted))
      } else {
        frame.put("Loading…", x: 2, y: layout.body.y + 1, style: Style(.muted))
      }
    case .dashboard:
      if let dashboard = state.dashboard {
        document(
          DashboardDocument.lines(dashboard, width: size.width), scroll: state.dashboardScroll,
          into: &frame, area: layout.body)
      } else {
        frame.put("Counting…", x: 2, y: layout.body.y + 1, style: Style(.muted))
      }
    case .help:
      document(HelpDocument.lines(state), scroll: state.helpScroll, into: &frame, area: layout.body)
    }
    if case .picker(let picker) = state.overlay {
      PickerView.draw(picker, into: &frame, area: layout.body)
    }
    Chrome.status(state, into: &frame)
    return frame
  }

  static func document(_ lines: [StyledLine], scroll: Int, into frame: inout Frame, area: Rect) {
    for row in 0..<area.height {
      let index = scroll + row
      guard lines.indices.contains(index) else { break }
      frame.put(lines[index], x: area.x, y: area.y + row, limit: area.width)
    }
  }

  static func tooSmall(_ size: Size, into frame: inout Frame) {
    let minimum = Layout.minimum
    let lines = [
      ("Terminal too small", Style(.warning, [.bold])),
      (
        "Rounds needs \(minimum.width)×\(minimum.height); this is \(size.width)×\(size.height).",
        Style.plain
      ),
      ("Enlarge the window, or press Q to quit.", Style(.muted)),
    ]
    let top = max(0, (size.height - lines.count) / 2)
    for (offset, (text, style)) in lines.enumerated() {
      let width = TerminalText.width(text)
      let x = max(0, (size.width - width) / 2)
      frame.put(text, x: x, y: top + offset, limit: size.width - x, style: style)
    }
  }
}

/// A box over the screen listing the choices of a picker.
enum PickerView {
  static func draw(_ picker: Picker, into frame: inout Frame, area: Rect) {
    let labels = picker.options.map { TerminalText.sanitize($0.label) }
    let inner = min(
      area.width - 4,
      max(TerminalText.width(picker.title) + 4, (labels.map(TerminalText.width).max() ?? 0) + 4))
    let visible = min(picker.options.count, area.height - 2)
    let height = visible + 2
    let x = area.x + max(0, (area.width - inner - 2) / 2)
    let y = area.y + max(0, (area.height - height) / 2)
    let border = Style(.accent, [.bold])
    frame.fill(x: x, y: y, width: inner + 2, height: height)
    frame.put("┌" + String(repeating: "─", count: inner) + "┐", x: x, y: y, style: border)
    frame.put(" \(picker.title) ", x: x + 2, y: y, style: border)
    let first = max(0, min(picker.selected - visible / 2, picker.options.count - visible))
    for row in 0..<visible {
      let index = first + row
      let rowY = y + 1 + row
      frame.put("│", x: x, y: rowY, style: border)
      let selected = index == picker.selected
      let style = selected ? Style(.selection, [.reverse, .bold]) : .plain
      frame.put(
        TerminalText.fit(" " + labels[index], width: inner, pad: true), x: x + 1, y: rowY,
        style: style)
      frame.put("│", x: x + inner + 1, y: rowY, style: border)
    }
    frame.put(
      "└" + String(repeating: "─", count: inner) + "┘", x: x, y: y + height - 1, style: border)
  }
}
