import Foundation
import Triage

/// The JSON shape of a message in `list --json` and `show --json`. Every key is always
/// present (null when unknown); `raw` only when the source record was loaded.
struct MessageJSON: Encodable {
  let message: Message

  enum Key: String, CodingKey {
    case id, platform, kind, text, permalink, visibility, status, category, urgency, raw
    case version, assignee
    case externalID = "external_id"
    case threadID = "thread_id"
    case parentID = "parent_id"
    case authorHandle = "author_handle"
    case authorName = "author_name"
    case createdAt = "created_at"
    case sourceStatus = "source_status"
  }

  func encode(to encoder: Encoder) throws {
    var json = encoder.container(keyedBy: Key.self)
    try json.encode(message.id, forKey: .id)
    try json.encode(message.platform.rawValue, forKey: .platform)
    try json.encode(message.kind.rawValue, forKey: .kind)
    try json.encode(message.externalID, forKey: .externalID)
    try json.encode(message.threadID, forKey: .threadID)
    try json.encode(message.parentID, forKey: .parentID)
    try json.encode(message.authorHandle, forKey: .authorHandle)
    try json.encode(message.authorName, forKey: .authorName)
    try json.encode(message.text, forKey: .text)
    try json.encode(message.createdAt, forKey: .createdAt)
    try json.encode(message.permalink, forKey: .permalink)
    try json.encode(message.visibility.rawValue, forKey: .visibility)
    try json.encode(message.sourceStatus, forKey: .sourceStatus)
    try json.encode(message.status.rawValue, forKey: .status)
    try json.encode(message.category?.rawValue, forKey: .category)
    try json.encode(message.urgency, forKey: .urgency)
    try json.encode(message.version, forKey: .version)
    try json.encode(message.assignee, forKey: .assignee)
    if let raw = message.raw { try json.encode(raw, forKey: .raw) }
  }
}
