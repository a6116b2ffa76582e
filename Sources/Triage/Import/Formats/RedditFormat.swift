import Foundation

/// Reddit API JSON: Listings of `t1` comments (inbox, mentions, user pages, comment threads
/// with nested `replies`) and `morechildren` responses. Private messages (`t4`) are never
/// stored; `more` stubs are counted.
struct RedditFormat: ImportFormat {
  let name = "reddit"
  let summary =
    "Reddit API JSON listings (comments, inbox, mentions, threads); private messages never stored"

  func sniff(_ probe: FormatProbe) -> Int {
    guard let first = probe.firstSignificantByte,
      first == UInt8(ascii: "[") || first == UInt8(ascii: "{")
    else { return 0 }
    if probe.has(key: "kind", value: "Listing") || probe.has(key: "kind", value: "t1")
      || probe.has(key: "kind", value: "t4") || probe.has(key: "kind", value: "t3")
    {
      return 85
    }
    if probe.has(key: "json"), probe.has(key: "things") { return 80 }
    return 0
  }

  func read(_ input: ImportInput, into sink: RecordSink) throws {
    // Listings are API pages (at most 100 children), so each top-level piece is read whole.
    try JSONRecords.forEach(input, layout: .document, sink: sink, splitMembers: false) {
      value, _, position, element in
      switch element.key {
      case nil:
        try walk(value, position: position, sink: sink)  // [post Listing, comments Listing]
      case "data":
        try walk(value, position: position, sink: sink)  // {"kind": "Listing", "data": {...}}
      case "json":
        try walk(value["data"], position: position, sink: sink)  // morechildren
      default:
        break
      }
    }
  }

  private func walk(_ value: JSONValue?, position: RecordPosition, sink: RecordSink) throws {
    guard let value else { return }
    if value.kind == .array {
      for item in value.elements { try walk(item, position: position, sink: sink) }
      return
    }
    if let kind = value["kind"]?.string, let data = value["data"] {
      switch kind {
      case "Listing": try walk(data, position: position, sink: sink)
      default: try thing(kind: kind, data, position: position, sink: sink)
      }
      return
    }
    for list in [value["children"], value["things"]] {
      for child in list?.elements ?? [] { try walk(child, position: position, sink: sink) }
    }
  }

  private func thing(kind: String, _ data: JSONValue, position: RecordPosition, sink: RecordSink)
    throws
  {
    switch kind {
    case "t1":
      break
    case "t4":
      try sink.skip("private_message")
      return
    case "more":
      try sink.skip("more_stub")
      return
    case "t3":
      try sink.skip("submission")
      return
    default:
      try sink.skip("not_a_comment")
      return
    }
    let id = data["name"]?.string ?? data["id"]?.string.map { "t1_\($0)" }
    guard let id else {
      try sink.bad(
        BadRecord(position: position, reason: "a comment without id", raw: Array(data.source.utf8)))
      return
    }
    let body = data["body"]?.string ?? ""
    if body == "[deleted]" || body == "[removed]" {
      try sink.skip("deleted")
    } else if let created = data["created_utc"]?.double {
      let author = data["author"]?.string
      let permalink = data["permalink"]?.string ?? data["context"]?.string
      try sink.message(
        .inbound(
          .reddit, id: id, text: body.decodingEntities, at: ImportDates.unix(created),
          raw: data.source, author: author == "[deleted]" ? nil : author,
          thread: data["link_id"]?.string, parent: data["parent_id"]?.string,
          permalink: permalink?.nonEmpty.map {
            $0.hasPrefix("/") ? "https://www.reddit.com\($0)" : $0
          }))
    } else {
      try sink.bad(
        BadRecord(
          position: position, reason: "comment \(id) has no created_utc",
          raw: Array(data.source.utf8)))
    }
    if let replies = data["replies"], replies.kind == .object {
      try walk(replies, position: position, sink: sink)
    }
  }
}
