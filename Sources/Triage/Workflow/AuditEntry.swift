import Foundation

/// What an audit entry records. An open set: other subsystems add their own names
/// (`import.batch`, `policy.change`); the ones the workflow writes are constants here.
public struct AuditAction: RawRepresentable, Hashable, Sendable, Codable,
  ExpressibleByStringLiteral,
  CustomStringConvertible
{
  public let rawValue: String

  public init(rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.init(rawValue: value) }

  public var description: String { rawValue }

  public static let triage: AuditAction = "message.triage"
  public static let priority: AuditAction = "message.priority"
  public static let assign: AuditAction = "message.assign"
  public static let tag: AuditAction = "message.tag"
  public static let untag: AuditAction = "message.untag"
  public static let status: AuditAction = "message.status"
  public static let posted: AuditAction = "message.posted"
  public static let draftSave: AuditAction = "draft.save"
  public static let draftSubmit: AuditAction = "draft.submit"
  public static let review: AuditAction = "draft.review"
  public static let staffAdd: AuditAction = "staff.add"
  public static let staffChange: AuditAction = "staff.change"
  public static let staffRemove: AuditAction = "staff.remove"
  public static let export: AuditAction = "replies.export"
  /// For the importer: one entry as a batch starts (its paths) and one as it ends (counts).
  public static let importStart: AuditAction = "import.start"
  public static let importBatch: AuditAction = "import.batch"
  /// For the policy file: one entry per change.
  public static let policyChange: AuditAction = "policy.change"
}

/// A value in an audit entry's detail: text, a whole number, a truth value, a list of texts,
/// or nothing.
public enum AuditValue: Sendable, Hashable, Codable, ExpressibleByStringLiteral,
  ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral,
  CustomStringConvertible
{
  case text(String)
  case number(Int64)
  case flag(Bool)
  case list([String])
  case null

  public init(stringLiteral value: String) { self = .text(value) }
  public init(integerLiteral value: Int64) { self = .number(value) }
  public init(booleanLiteral value: Bool) { self = .flag(value) }
  public init(arrayLiteral elements: String...) { self = .list(elements) }

  public init(_ value: String?) { self = value.map(AuditValue.text) ?? .null }
  public init(_ value: Int64?) { self = value.map(AuditValue.number) ?? .null }
  public init(_ value: Int) { self = .number(Int64(value)) }

  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let flag = try? container.decode(Bool.self) {
      self = .flag(flag)
    } else if let number = try? container.decode(Int64.self) {
      self = .number(number)
    } else if let text = try? container.decode(String.self) {
      self = .text(text)
    } else {
      self = .list(try container.decode([String].self))
    }
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .text(let text): try container.encode(text)
    case .number(let number): try container.encode(number)
    case .flag(let flag): try container.encode(flag)
    case .list(let list): try container.encode(list)
    case .null: try container.encodeNil()
    }
  }

  public var description: String {
    switch self {
    case .text(let text): text
    case .number(let number): String(number)
    case .flag(let flag): flag ? "yes" : "no"
    case .list(let list): list.joined(separator: ",")
    case .null: "-"
    }
  }
}

/// One entry of the audit log as stored: who did what, when, to which message, and the hash
/// that chains it to the entry before.
public struct AuditEntry: Sendable, Hashable {
  /// Position in the log, from 1; never reused.
  public var seq: Int64
  /// When, in milliseconds since 1970 (UTC), exactly as stored and hashed.
  public var atMilliseconds: Int64
  /// The OS user who acted.
  public var actor: String
  public var action: AuditAction
  public var messageID: Int64?
  /// The detail as stored: a JSON object with sorted keys. It is hashed as these bytes.
  public var detailJSON: String
  /// The hash of the entry before (64 zeros for the first).
  public var previousHash: String
  public var hash: String

  public init(
    seq: Int64, atMilliseconds: Int64, actor: String, action: AuditAction, messageID: Int64?,
    detailJSON: String, previousHash: String, hash: String
  ) {
    self.seq = seq
    self.atMilliseconds = atMilliseconds
    self.actor = actor
    self.action = action
    self.messageID = messageID
    self.detailJSON = detailJSON
    self.previousHash = previousHash
    self.hash = hash
  }

  public var at: Date { Timestamps.date(atMilliseconds) }

  /// The detail decoded; empty when the stored JSON is not an object of audit values.
  public var detail: [String: AuditValue] {
    (try? JSONDecoder().decode([String: AuditValue].self, from: Data(detailJSON.utf8))) ?? [:]
  }

  /// The hash an entry with these fields must carry. Every field is length-prefixed so no
  /// two different entries hash the same bytes.
  public static func chainHash(
    previous: String, atMilliseconds: Int64, actor: String, action: String, messageID: Int64?,
    detailJSON: String
  ) -> String {
    var hasher = SHA256()
    for field in [
      "rounds-audit-v1", previous, String(atMilliseconds), actor, action,
      messageID.map { String($0) } ?? "", detailJSON,
    ] {
      hasher.update("\(field.utf8.count):".utf8)
      hasher.update(field.utf8)
      hasher.update([0x0A])
    }
    return hasher.finalizeHex()
  }

  /// The hash the first entry chains to.
  public static let genesisHash = String(repeating: "0", count: 64)
}
