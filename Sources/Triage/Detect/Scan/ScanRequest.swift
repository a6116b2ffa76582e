/// One line of `rounds scan --jsonl` input:
/// `{"id": <any JSON value>, "text": "...", "kind": "message" | "reply"}`, plus the optional
/// `context` (the message a reply answers) and `attachments` (names of attached media).
public struct ScanRequest: Sendable, Equatable {
  public enum Kind: String, Sendable {
    case message, reply
  }

  /// 1-based line number in the input.
  public var line: Int
  /// The `id` value exactly as written in the input (JSON text), `null` when absent.
  public var rawID: [UInt8]
  public var text: String
  public var kind: Kind
  public var context: String?
  public var attachments: [Attachment]

  public init(
    line: Int, rawID: [UInt8], text: String, kind: Kind = .message, context: String? = nil,
    attachments: [Attachment] = []
  ) {
    self.line = line
    self.rawID = rawID
    self.text = text
    self.kind = kind
    self.context = context
    self.attachments = attachments
  }
}

/// Why a line could not be read. The reason names positions and keys, never content.
public struct ScanLineError: Error, Sendable, Equatable, CustomStringConvertible {
  public var line: Int
  public var reason: String

  public var description: String { "line \(line): \(reason)" }
}
