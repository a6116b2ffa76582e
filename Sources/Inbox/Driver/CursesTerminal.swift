import CNCurses
import Foundation
import Triage

/// The only code that talks to curses: it sets the terminal up, draws finished frames (erase,
/// every cell, one `doupdate`, so nothing flickers), decodes keys and mouse events, and puts
/// the terminal back on exit and on fatal signals.
public final class CursesTerminal: TerminalScreen {
  private let window: UnsafeMutablePointer<WINDOW>
  private let useColor: Bool
  private var stopped = false
  /// Raw reads taken while looking for a bracketed paste that turned out not to be one.
  private var pending: [(result: Int32, character: wint_t)] = []

  /// Bracketed paste: the terminal wraps pasted text in ESC [200~ … ESC [201~, so a paste
  /// arrives as text (line breaks included) rather than as keys.
  static let pasteOn = "\u{1B}[?2004h"
  static let pasteOff = "\u{1B}[?2004l"

  /// Takes over the terminal. `color` false (NO_COLOR) draws with attributes only.
  public init(color: Bool) throws {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      throw RoundsError(
        .usage, "the inbox needs a terminal on standard input and output",
        fix: "run it in a terminal, or use `rounds list` in scripts")
    }
    setlocale(LC_ALL, "")
    TerminalGuard.saveModes()
    // A short wait after ESC so that Esc closes things at once but arrow keys still decode.
    set_escdelay(25)
    guard let screen = initscr() else {
      throw RoundsError(
        .failure,
        "cannot start the terminal interface (TERM=\(ProcessInfo.processInfo.environment["TERM"] ?? "unset"))",
        fix: "set TERM to your terminal's type, e.g. xterm-256color")
    }
    window = screen
    raw()  // Ctrl-C arrives as a key (quit, or cancel a prompt) rather than a signal
    noecho()
    nonl()
    keypad(window, true)
    curs_set(0)
    mousemask(
      rounds_button1_pressed() | rounds_button4_pressed() | rounds_button5_pressed(), nil)
    mouseinterval(0)
    useColor = color && has_colors()
    if useColor { Self.setUpColors() }
    TerminalGuard.install(restoreSequence: Self.restoreSequence())
    Self.writeRaw(Self.pasteOn)
  }

  deinit { stop() }

  /// Gives the terminal back: leaves the alternate screen and restores its modes.
  public func stop() {
    guard !stopped else { return }
    stopped = true
    Self.writeRaw(Self.pasteOff)
    mousemask(0, nil)
    endwin()
    TerminalGuard.uninstall()
  }

  /// Leaves curses while another program (the external editor) uses the terminal.
  public func suspend(_ body: () -> Void) {
    Self.writeRaw(Self.pasteOff)
    def_prog_mode()
    endwin()
    body()
    reset_prog_mode()
    Self.writeRaw(Self.pasteOn)
    // The other program drew over everything: the next frame repaints every cell.
    clearok(window, true)
  }

  private static func writeRaw(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
  }

  public var size: Size {
    Size(width: Int(rounds_getmaxx(window)), height: Int(rounds_getmaxy(window)))
  }

  public func draw(_ frame: Frame) {
    werase(window)
    var text = [wchar_t](repeating: 0, count: 8)
    let width = min(frame.size.width, size.width)
    let height = min(frame.size.height, size.height)
    for y in 0..<height {
      for x in 0..<width {
        let cell = frame[x, y]
        if cell.isContinuation { continue }
        // The bottom-right cell would scroll some terminals; curses reports an error there
        // that is safe to ignore.
        let (attributes, pair) = curses(cell.style)
        let drawn = Self.drawable(cell.grapheme, into: &text)
        _ = rounds_put_cell(window, Int32(y), Int32(x), text, attributes, pair)
        if drawn < cell.width, x + 1 < width {
          // The terminal gives this character one column where the frame keeps two: fill the
          // second so everything after it stays in its column.
          text[0] = 0x20
          text[1] = 0
          _ = rounds_put_cell(window, Int32(y), Int32(x + 1), text, attributes, pair)
        }
      }
    }
    if let cursor = frame.cursor {
      curs_set(1)
      wmove(window, Int32(cursor.y), Int32(cursor.x))
    } else {
      curs_set(0)
    }
    wnoutrefresh(window)
    doupdate()
  }

  /// What curses can draw of a grapheme in one cell: its first character and the zero-width
  /// marks that follow (accents), up to a zero-width joiner or a second spacing character.
  /// Emoji sequences (👩‍⚕️, 👍🏽, flags) and variation selectors are measured differently by
  /// curses and by terminals; drawing the first emoji alone keeps every column where the frame
  /// put it. Returns the columns the terminal will give it.
  static func drawable(_ grapheme: String, into text: inout [wchar_t]) -> Int {
    var count = 0
    var columns = 0
    for scalar in grapheme.unicodeScalars {
      let character = wchar_t(bitPattern: scalar.value)
      if count == 0 {
        let width = Int(wcwidth(character))
        guard width > 0 else {
          text[0] = 0xFFFD
          count = 1
          columns = 1
          break
        }
        text[0] = character
        count = 1
        columns = width
        continue
      }
      // Stop at a joiner, a variation selector or anything that takes a column of its own.
      if scalar.value == 0x200D || scalar.value == 0xFE0F || wcwidth(character) != 0 { break }
      if count == 4 { break }
      text[count] = character
      count += 1
    }
    text[count] = 0
    return columns
  }

  /// One raw read: what an earlier look-ahead put back, else curses.
  private func read(timeout: Int) -> (result: Int32, character: wint_t) {
    if !pending.isEmpty { return pending.removeFirst() }
    wtimeout(window, Int32(timeout))
    var character: wint_t = 0
    let result = wget_wch(window, &character)
    return (result, character)
  }

  public func nextInput(timeout: Int) -> TerminalInput? {
    let (result, character) = read(timeout: timeout)
    if result == rounds_ok(), character == 0x1B, let paste = bracketedPaste() {
      return .paste(paste)
    }
    if result == rounds_err() {
      // A read that fails because the terminal is gone (a dropped connection whose hang-up
      // signal never came) must end the loop rather than spin on it.
      var modes = termios()
      return tcgetattr(STDIN_FILENO, &modes) == 0 ? nil : .hangup
    }
    if result == rounds_key_code_yes() {
      let code = Int32(character)
      if code == rounds_key_resize() { return .resize(size) }
      if code == rounds_key_mouse() { return mouseInput() }
      return Self.functionKey(code).map(TerminalInput.key)
    }
    return Self.characterKey(UInt32(character)).map(TerminalInput.key)
  }

  /// After an ESC: the pasted text when `[200~` follows, read up to `ESC [201~`; otherwise
  /// nil, with what was read put back to be decoded as keys.
  private func bracketedPaste() -> String? {
    let start = Array("[200~".unicodeScalars.map(\.value))
    var seen: [(Int32, wint_t)] = []
    for expected in start {
      let next = read(timeout: 0)
      seen.append(next)
      guard next.result == rounds_ok(), UInt32(next.character) == expected else {
        pending = seen + pending
        return nil
      }
    }
    let end = Array("\u{1B}[201~".unicodeScalars.map(\.value))
    var scalars: [UInt32] = []
    // A large paste arrives in pieces; a quiet second means the end marker was lost.
    while scalars.count < 1_000_000 {
      let next = read(timeout: 1000)
      guard next.result != rounds_err() else { break }
      // Keys curses decoded inside a paste (an escape sequence it knows) are dropped.
      guard next.result == rounds_ok() else { continue }
      scalars.append(UInt32(next.character))
      if scalars.count >= end.count, Array(scalars.suffix(end.count)) == end {
        scalars.removeLast(end.count)
        break
      }
    }
    var text = String.UnicodeScalarView()
    for value in scalars {
      if let scalar = Unicode.Scalar(value) { text.append(scalar) }
    }
    return String(text)
  }

  private func mouseInput() -> TerminalInput? {
    var event = MEVENT()
    guard getmouse(&event) == rounds_ok() else { return nil }
    let point = Point(x: Int(event.x), y: Int(event.y))
    let state = event.bstate
    if state & rounds_button4_pressed() != 0 { return .mouse(MouseEvent(.wheelUp, at: point)) }
    let wheelDown = rounds_button5_pressed()
    if wheelDown != 0, state & wheelDown != 0 { return .mouse(MouseEvent(.wheelDown, at: point)) }
    if state & rounds_button1_pressed() != 0 { return .mouse(MouseEvent(.press, at: point)) }
    return nil
  }

  static func functionKey(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: .up
    case KEY_DOWN: .down
    case KEY_LEFT: .left
    case KEY_RIGHT: .right
    case KEY_PPAGE: .pageUp
    case KEY_NPAGE: .pageDown
    case KEY_HOME, KEY_A1: .home
    case KEY_END, KEY_C1: .end
    case KEY_ENTER: .enter
    case KEY_BACKSPACE: .backspace
    case KEY_DC: .delete
    case KEY_BTAB: .backTab
    case (KEY_F0 + 1)...(KEY_F0 + 12): .function(Int(code - KEY_F0))
    default: modifiedKey(code)
    }
  }

  /// Control plus an arrow and the like have no fixed codes: terminfo names them.
  static func modifiedKey(_ code: Int32) -> Key? {
    guard let name = keyname(code) else { return nil }
    switch String(cString: name) {
    case "kLFT5": return .ctrlLeft
    case "kRIT5": return .ctrlRight
    case "kHOM5": return .ctrlHome
    case "kEND5": return .ctrlEnd
    case "kDC5": return .ctrlDelete
    default: return nil
    }
  }

  static func characterKey(_ value: UInt32) -> Key? {
    switch value {
    case 0x0D, 0x0A: return .enter
    case 0x1B: return .escape
    case 0x09: return .tab
    case 0x08, 0x7F: return .backspace
    case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(value + 0x60)!))
    case 0x00..<0x20: return nil
    default:
      guard let scalar = Unicode.Scalar(value), !TerminalText.isUnsafe(scalar) else { return nil }
      return .char(Character(scalar))
    }
  }

  private func curses(_ style: Style) -> (attr_t, Int16) {
    var attributes = rounds_a_normal()
    if style.attributes.contains(.bold) { attributes |= rounds_a_bold() }
    if style.attributes.contains(.dim) { attributes |= rounds_a_dim() }
    if style.attributes.contains(.reverse) { attributes |= rounds_a_reverse() }
    if style.attributes.contains(.underline) { attributes |= rounds_a_underline() }
    guard useColor, let color = Self.palette[style.role] else { return (attributes, 0) }
    _ = color
    return (attributes, Int16(style.role.rawValue) + 1)
  }

  /// Foreground colours per role, on the terminal's own background.
  static let palette: [ColorRole: Int16] = [
    .chrome: Int16(COLOR_BLUE), .urgent: Int16(COLOR_RED), .warning: Int16(COLOR_YELLOW),
    .phi: Int16(COLOR_MAGENTA), .reason: Int16(COLOR_YELLOW), .match: Int16(COLOR_CYAN),
    .marked: Int16(COLOR_GREEN), .accent: Int16(COLOR_CYAN), .chart: Int16(COLOR_GREEN),
    .error: Int16(COLOR_RED),
  ]

  private static func setUpColors() {
    start_color()
    use_default_colors()
    for (role, color) in palette {
      init_pair(Int16(role.rawValue) + 1, color, -1)
    }
    if rounds_colors() >= 16 {
      init_pair(Int16(ColorRole.muted.rawValue) + 1, 8, -1)
    }
  }

  /// What the signal handler writes: leave the alternate screen, show the cursor, plain
  /// attributes, keypad and mouse reporting off.
  private static func restoreSequence() -> [UInt8] {
    var bytes: [UInt8] = []
    for name in ["sgr0", "cnorm", "rmkx", "rmcup"] {
      guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { continue }
      bytes += Array(String(cString: value).utf8)
    }
    bytes += Array("\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l\u{1B}[?2004l\r\n".utf8)
    return bytes
  }
}
