import Foundation

/// Facebook Graph API comment listings (`{"data": [...], "paging": ...}`), single comment
/// objects (with inline `comments.data` replies), and Page webhook comment events.
struct FacebookGraphFormat: ImportFormat {
  let name = "facebook-graph"
  let summary =
    "Facebook Graph API comments (data[] with from/message/created_time) and Page webhook events"

  func sniff(_ probe: FormatProbe) -> Int {
    guard probe.firstSignificantByte == UInt8(ascii: "{") else { return 0 }
    if probe.has(key: "object", value: "page") { return 90 }
    if probe.has(key: "created_time"), probe.has(key: "from") || probe.has(key: "message") {
      return 80
    }
    if probe.has(key: "attachment"), probe.has(key: "id"),
      probe.text.contains("fbcdn")
        || probe.text.contains("facebook.com")
    {
      return 40
    }
    return 0
  }

  func read(_ input: ImportInput, into sink: RecordSink) throws {
    // A listing's `data` array is split into comments; a single comment arrives member by member,
    // so it is read whole (Graph API objects are small).
    var single: [(String, JSONValue)] = []
    var singleRaw: [UInt8] = [UInt8(ascii: "{")]
    try JSONRecords.forEach(input, layout: .document, sink: sink) { value, raw, position, element in
      switch element.key {
      case "data":
        try comment(value, raw: raw, parent: nil, position: position, sink: sink)
      case "entry":
        try webhook(value, position: position, sink: sink)
      case "paging", "summary", "object":
        break
      default:
        if let key = element.key {
          single.append((key, value))
          if singleRaw.count > 1 { singleRaw.append(UInt8(ascii: ",")) }
          singleRaw += Array("\"\(key)\":".utf8) + element.bytes
        }
      }
    }
    guard !single.isEmpty else { return }
    singleRaw.append(UInt8(ascii: "}"))
    let document = try JSONDocument(bytes: singleRaw)
    try comment(
      document.root, raw: String(decoding: singleRaw, as: UTF8.self), parent: nil,
      position: "record 1 (byte 0)", sink: sink)
  }

  private func comment(
    _ value: JSONValue, raw: String, parent: String?, position: RecordPosition, sink: RecordSink
  ) throws {
    guard let id = value["id"]?.text else {
      try sink.bad(
        BadRecord(position: position, reason: "a comment without id", raw: Array(raw.utf8)))
      return
    }
    guard let message = value["message"]?.string, !message.isEmpty else {
      try sink.skip("no_text")
      try replies(of: value, id: id, position: position, sink: sink)
      return
    }
    guard let created = value["created_time"]?.string, let date = ImportDates.iso8601(created)
    else {
      try sink.bad(
        BadRecord(
          position: position, reason: "comment \(id) has no readable created_time",
          raw: Array(raw.utf8)))
      return
    }
    let hidden = value["is_hidden"]?.bool == true
    try sink.message(
      .inbound(
        .facebook, id: id, text: message, at: date, raw: raw, author: value["from", "id"]?.text,
        name: value["from", "name"]?.string,
        thread: id.split(separator: "_").first.map(String.init),
        parent: value["parent", "id"]?.text ?? parent, permalink: value["permalink_url"]?.string,
        sourceStatus: hidden ? "hidden" : nil))
    try replies(of: value, id: id, position: position, sink: sink)
  }

  private func replies(of value: JSONValue, id: String, position: RecordPosition, sink: RecordSink)
    throws
  {
    for (index, reply) in (value["comments", "data"]?.elements ?? []).enumerated() {
      try comment(
        reply, raw: reply.source, parent: id, position: position.reply(index + 1),
        sink: sink)
    }
  }

  /// `entry[].changes[]` with `value.item == "comment"`.
  private func webhook(_ entry: JSONValue, position: RecordPosition, sink: RecordSink) throws {
    for change in entry["changes"]?.elements ?? [] {
      guard let value = change["value"], value["item"]?.string == "comment" else {
        try sink.skip("not_a_comment_event")
        continue
      }
      guard let id = value["comment_id"]?.text else {
        try sink.bad(
          BadRecord(
            position: position, reason: "a comment event without comment_id",
            raw: Array(change.source.utf8)))
        continue
      }
      let verb = value["verb"]?.string ?? "add"
      guard let message = value["message"]?.string, !message.isEmpty else {
        try sink.skip(verb == "remove" ? "removed_comment_event" : "no_text")
        continue
      }
      let created = value["created_time"]
      let date =
        created?.kind == .number
        ? created?.double.map(ImportDates.unix) : created?.string.flatMap(ImportDates.iso8601)
      guard let date else {
        try sink.bad(
          BadRecord(
            position: position, reason: "comment \(id) has no readable created_time",
            raw: Array(change.source.utf8)))
        continue
      }
      let parent = value["parent_id"]?.text
      let post = value["post_id"]?.text
      try sink.message(
        .inbound(
          .facebook, id: id, text: message, at: date, raw: change.source,
          author: value["from", "id"]?.text, name: value["from", "name"]?.string, thread: post,
          parent: parent == post ? nil : parent,
          sourceStatus: verb == "hide" ? "hidden" : verb == "remove" ? "removed" : nil))
    }
  }
}
