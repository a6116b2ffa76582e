/// A key press as the inbox understands it, independent of curses.
public enum Key: Hashable, Sendable {
  /// A printable character (including space).
  case char(Character)
  /// Control plus a letter, e.g. `.ctrl("l")` for Ctrl-L.
  case ctrl(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, escape, backspace, delete, tab, backTab
  /// Control plus an arrow, Home, End or Delete (word and text motions in the composer).
  case ctrlLeft, ctrlRight, ctrlHome, ctrlEnd, ctrlDelete
  case function(Int)
}

/// A mouse event on a cell.
public struct MouseEvent: Hashable, Sendable {
  public enum Button: Hashable, Sendable {
    /// The left button went down.
    case press
    case wheelUp
    case wheelDown
  }

  public var button: Button
  public var at: Point

  public init(_ button: Button, at point: Point) {
    self.button = button
    self.at = point
  }
}

extension Key {
  /// The name used in keys.conf and in the help screen: `j`, `G`, `C-l`, `<Down>`, `<PgDn>`,
  /// `<Space>`, `<Enter>`, `<F1>`.
  public var name: String {
    switch self {
    case .char(" "): "<Space>"
    case .char("<"): "<lt>"
    case .char(let character): String(character)
    case .ctrl(let letter): "C-\(letter)"
    case .function(let number): "<F\(number)>"
    default: "<\(Self.specialNames.first { $0.value == self }!.key)>"
    }
  }

  static let specialNames: [String: Key] = [
    "Up": .up, "Down": .down, "Left": .left, "Right": .right, "PgUp": .pageUp,
    "PgDn": .pageDown, "Home": .home, "End": .end, "Enter": .enter, "Esc": .escape,
    "Backspace": .backspace, "Del": .delete, "Tab": .tab, "BackTab": .backTab,
    "C-Left": .ctrlLeft, "C-Right": .ctrlRight, "C-Home": .ctrlHome, "C-End": .ctrlEnd,
    "C-Del": .ctrlDelete,
  ]

  /// Parses a key name as `name` writes it (names in angle brackets ignore case).
  public init?(name: String) {
    if name.count == 1, let character = name.first {
      guard !character.isWhitespace, character.unicodeScalars.allSatisfy({ $0.value >= 0x20 })
      else { return nil }
      self = .char(character)
      return
    }
    if name.hasPrefix("C-"), name.count == 3, let letter = name.last, letter.isASCII,
      letter.isLetter
    {
      self = .ctrl(Character(letter.lowercased()))
      return
    }
    guard name.hasPrefix("<"), name.hasSuffix(">"), name.count > 2 else { return nil }
    let inner = String(name.dropFirst().dropLast()).lowercased()
    switch inner {
    case "space": self = .char(" ")
    case "lt": self = .char("<")
    case "return", "cr": self = .enter
    case "escape": self = .escape
    case "pagedown": self = .pageDown
    case "pageup": self = .pageUp
    case "delete": self = .delete
    default:
      if inner.hasPrefix("f"), let number = Int(inner.dropFirst()), (1...12).contains(number) {
        self = .function(number)
        return
      }
      guard let key = Self.specialNames.first(where: { $0.key.lowercased() == inner })?.value
      else { return nil }
      self = key
    }
  }
}
