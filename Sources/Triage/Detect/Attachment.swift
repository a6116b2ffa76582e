/// Media attached to a message (a photo, a video). Full-face photographs and comparable
/// images are Safe Harbor identifiers, so every attachment is reported as `PHOTO`.
public struct Attachment: Sendable, Hashable, Codable {
  /// What the export calls it: a file name, a URL or a media id.
  public var name: String
  /// `image`, `video`, ... as the export says; nil when unknown.
  public var kind: String?

  public init(name: String, kind: String? = nil) {
    self.name = name
    self.kind = kind
  }
}
