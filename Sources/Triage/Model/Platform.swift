/// Where a message was published. An open set: the generic importer may name any platform,
/// so this is a string-backed value with the known platforms as constants.
public struct Platform: RawRepresentable, Hashable, Sendable, Codable, Comparable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  public let rawValue: String

  public init(rawValue: String) { self.rawValue = rawValue.lowercased() }
  public init(_ rawValue: String) { self.init(rawValue: rawValue) }
  public init(stringLiteral value: String) { self.init(rawValue: value) }

  public var description: String { rawValue }

  public static func < (lhs: Platform, rhs: Platform) -> Bool { lhs.rawValue < rhs.rawValue }

  public static let wordpress: Platform = "wordpress"
  public static let disqus: Platform = "disqus"
  public static let x: Platform = "x"
  public static let facebook: Platform = "facebook"
  public static let instagram: Platform = "instagram"
  public static let mastodon: Platform = "mastodon"
  public static let reddit: Platform = "reddit"
  public static let youtube: Platform = "youtube"
  public static let google: Platform = "google"
  public static let bluesky: Platform = "bluesky"
}

/// Whether a message came from the public or is the practice's own published post or reply.
public enum MessageKind: String, Sendable, Codable, CaseIterable {
  /// A question or comment from the public: the inbox proper.
  case inbound
  /// The practice's own published post or reply, imported so past replies can be audited.
  case own
}

/// Who could see a message on its platform. Direct messages are never stored.
public enum Visibility: String, Sendable, Codable, CaseIterable {
  case `public`
  case unlisted
  case followers
  case direct
}
