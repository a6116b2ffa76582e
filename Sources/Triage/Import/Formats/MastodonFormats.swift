import Foundation

/// Mastodon API notifications (`GET /api/v1/notifications`): mentions of the practice.
struct MastodonNotificationsFormat: ImportFormat {
  let name = "mastodon-notifications"
  let summary = "Mastodon API notifications (type mention); direct messages never stored"

  func sniff(_ probe: FormatProbe) -> Int {
    guard let first = probe.firstSignificantByte,
      first == UInt8(ascii: "[") || first == UInt8(ascii: "{")
    else { return 0 }
    if probe.has(key: "type", value: "mention") || probe.has(key: "type", value: "favourite")
      || probe.has(key: "type", value: "reblog") || probe.has(key: "type", value: "follow")
    {
      return probe.has(key: "account") ? 85 : 50
    }
    return 0
  }

  func read(_ input: ImportInput, into sink: RecordSink) throws {
    var single: [UInt8]?
    try JSONRecords.forEach(input, layout: .document, sink: sink) { value, raw, position, element in
      if element.key == nil {
        try notification(value, raw: raw, position: position, sink: sink)
      } else {
        // One notification object given alone: gather it and read it whole.
        single =
          (single.map { $0 + [UInt8(ascii: ",")] } ?? [UInt8(ascii: "{")])
          + Array("\"\(element.key!)\":".utf8) + element.bytes
      }
    }
    if var single {
      single.append(UInt8(ascii: "}"))
      try notification(
        try JSONDocument(bytes: single).root, raw: String(decoding: single, as: UTF8.self),
        position: "record 1 (byte 0)", sink: sink)
    }
  }

  private func notification(
    _ value: JSONValue, raw: String, position: RecordPosition, sink: RecordSink
  ) throws {
    guard value["type"]?.string == "mention" else {
      try sink.skip("not_a_mention")
      return
    }
    guard let status = value["status"], !status.isNull else {
      try sink.skip("null_status")
      return
    }
    if status["visibility"]?.string == "direct" {
      try sink.skip("direct_message")
      return
    }
    guard let id = status["uri"]?.string ?? status["url"]?.string ?? status["id"]?.text else {
      try sink.bad(
        BadRecord(position: position, reason: "a status without id", raw: Array(raw.utf8)))
      return
    }
    guard let created = status["created_at"]?.string, let date = ImportDates.iso8601(created) else {
      try sink.bad(
        BadRecord(
          position: position, reason: "status \(id) has no readable created_at",
          raw: Array(raw.utf8)))
      return
    }
    var text = HTMLText.plainText(status["content"]?.string ?? "")
    if let warning = status["spoiler_text"]?.string, !warning.isEmpty {
      text = "[CW: \(warning)]\n" + text
    }
    let visibility = Visibility(rawValue: status["visibility"]?.string ?? "public") ?? .public
    let account = status["account"] ?? value["account"]
    try sink.message(
      .inbound(
        .mastodon, id: id, text: text, at: date, raw: raw, author: account?["acct"]?.string,
        name: account?["display_name"]?.string?.nonEmpty,
        thread: status["conversation_id"]?.text, parent: status["in_reply_to_id"]?.text,
        permalink: status["url"]?.string, visibility: visibility))
  }
}

/// A Mastodon account archive's `outbox.json` (ActivityStreams): the practice's own posts.
struct MastodonOutboxFormat: ImportFormat {
  let name = "mastodon-outbox"
  let summary =
    "Mastodon account archive outbox.json: own posts; boosts skipped, direct never stored"

  static let publicAudience = "https://www.w3.org/ns/activitystreams#Public"

  func sniff(_ probe: FormatProbe) -> Int {
    probe.has(key: "orderedItems") || probe.has(key: "type", value: "OrderedCollection") ? 85 : 0
  }

  func read(_ input: ImportInput, into sink: RecordSink) throws {
    try JSONRecords.forEach(input, layout: .document, sink: sink) {
      activity, raw, position, element in
      guard element.key == "orderedItems" else { return }
      switch activity["type"]?.string {
      case "Announce":
        try sink.skip("boost")
        return
      case "Create":
        break
      default:
        try sink.skip("not_a_post")
        return
      }
      guard let note = activity["object"], note.kind == .object else {
        try sink.skip("not_a_post")
        return
      }
      guard let id = note["id"]?.string else {
        try sink.bad(BadRecord(position: position, reason: "a Note without id", raw: element.bytes))
        return
      }
      let to = Self.audience(note["to"]) + Self.audience(activity["to"])
      let cc = Self.audience(note["cc"]) + Self.audience(activity["cc"])
      let visibility: Visibility
      if to.contains(Self.publicAudience) || to.contains("as:Public") || to.contains("Public") {
        visibility = .public
      } else if cc.contains(Self.publicAudience) || cc.contains("as:Public") {
        visibility = .unlisted
      } else if (to + cc).contains(where: { $0.hasSuffix("/followers") }) {
        visibility = .followers
      } else {
        try sink.skip("direct_message")
        return
      }
      guard let published = note["published"]?.string ?? activity["published"]?.string,
        let date = ImportDates.iso8601(published)
      else {
        try sink.bad(
          BadRecord(
            position: position, reason: "Note \(id) has no readable published", raw: element.bytes))
        return
      }
      var text = HTMLText.plainText(note["content"]?.string ?? "")
      if let summary = note["summary"]?.string, !summary.isEmpty {
        text = "[CW: \(summary)]\n" + text
      }
      let actor = activity["actor"]?.string
      try sink.message(
        .own(
          .mastodon, id: id, text: text, at: date, raw: raw,
          author: actor.map { $0.lastComponent }, thread: note["conversation"]?.string,
          parent: note["inReplyTo"]?.string, permalink: note["url"]?.string ?? id,
          visibility: visibility))
    }
  }

  static func audience(_ value: JSONValue?) -> [String] {
    guard let value else { return [] }
    if let single = value.string { return [single] }
    return value.elements.compactMap(\.string)
  }
}
