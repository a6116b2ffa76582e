/// Text attributes a terminal can show without colour: everything that must still read with
/// NO_COLOR or on a monochrome terminal is expressed with these.
public struct TextAttributes: OptionSet, Hashable, Sendable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  public static let bold = TextAttributes(rawValue: 1 << 0)
  public static let dim = TextAttributes(rawValue: 1 << 1)
  public static let reverse = TextAttributes(rawValue: 1 << 2)
  public static let underline = TextAttributes(rawValue: 1 << 3)
}

/// What a piece of text is, so the driver can colour it; the frame never names colours.
public enum ColorRole: UInt8, Hashable, Sendable, CaseIterable {
  case plain
  /// Title and status bars.
  case chrome
  /// The selected row.
  case selection
  case muted
  /// Urgency markers and emergencies.
  case urgent
  case warning
  /// PHI spans in a message.
  case phi
  /// Spans that made the classifier decide (triage reasons).
  case reason
  /// Search matches.
  case match
  /// Messages marked for a bulk action.
  case marked
  /// Headings and keys.
  case accent
  /// Bars of the dashboard's charts.
  case chart
  case error
}

/// How one cell is drawn: a colour role plus attributes.
public struct Style: Hashable, Sendable {
  public var role: ColorRole
  public var attributes: TextAttributes

  public init(_ role: ColorRole = .plain, _ attributes: TextAttributes = []) {
    self.role = role
    self.attributes = attributes
  }

  public static let plain = Style()

  public func adding(_ extra: TextAttributes) -> Style {
    Style(role, attributes.union(extra))
  }
}
