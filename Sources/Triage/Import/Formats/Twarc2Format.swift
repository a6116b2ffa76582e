import Foundation

/// X API v2 pages as `twarc2` writes them: JSON Lines, one API page per line (`data[]`,
/// `includes.users[]`, `errors[]`), or one tweet per line after `twarc2 flatten`.
struct Twarc2Format: ImportFormat {
  let name = "twarc2"
  let summary = "X API v2 pages written by twarc2 (JSON Lines; data/includes/errors, or flattened)"

  func sniff(_ probe: FormatProbe) -> Int {
    guard probe.firstSignificantByte == UInt8(ascii: "{") else { return 0 }
    if probe.has(key: "__twarc") { return 90 }
    if probe.has(key: "data"), probe.has(key: "includes") { return 60 }
    if probe.has(key: "author_id"), probe.has(key: "conversation_id") { return 50 }
    return 0
  }

  func read(_ input: ImportInput, into sink: RecordSink) throws {
    try JSONRecords.forEach(input, layout: .lines, sink: sink) { page, _, position, _ in
      if let data = page["data"] {
        let users = Self.users(page["includes", "users"])
        let tweets = data.kind == .array ? data.elements : [data]
        for tweet in tweets {
          try Self.emit(tweet, users: users, position: position, sink: sink)
        }
        for (index, error) in (page["errors"]?.elements ?? []).enumerated() {
          let title = error["title"]?.string ?? "error"
          let resource = [error["resource_type"]?.string, error["resource_id"]?.text]
            .compactMap { $0 }.joined(separator: " ")
          try sink.bad(
            BadRecord(
              position: "\(position), errors[\(index)]",
              reason: "the X API reported: \(title)\(resource.isEmpty ? "" : " (\(resource))")",
              raw: Array(error.source.utf8)))
        }
      } else if page["id"] != nil, page["text"] != nil {
        // Flattened: one tweet per line with its author inline.
        try Self.emit(page, users: [:], position: position, sink: sink)
      } else if page["errors"] != nil {
        for (index, error) in (page["errors"]?.elements ?? []).enumerated() {
          try sink.bad(
            BadRecord(
              position: "\(position), errors[\(index)]",
              reason: "the X API reported: \(error["title"]?.string ?? "error")",
              raw: Array(error.source.utf8)))
        }
      } else {
        try sink.bad(
          BadRecord(
            position: position, reason: "neither an API page (data) nor a tweet (id, text)",
            raw: Array(page.source.utf8)))
      }
    }
  }

  static func users(_ list: JSONValue?) -> [String: (handle: String?, name: String?)] {
    var users: [String: (String?, String?)] = [:]
    for user in list?.elements ?? [] {
      if let id = user["id"]?.text {
        users[id] = (user["username"]?.string, user["name"]?.string)
      }
    }
    return users
  }

  static func emit(
    _ tweet: JSONValue, users: [String: (handle: String?, name: String?)], position: RecordPosition,
    sink: RecordSink
  ) throws {
    guard let id = tweet["id"]?.text, let created = tweet["created_at"]?.string else {
      try sink.bad(
        BadRecord(
          position: position, reason: "a tweet without id or created_at",
          raw: Array(tweet.source.utf8)))
      return
    }
    guard let date = ImportDates.iso8601(created) else {
      try sink.bad(
        BadRecord(
          position: position, reason: "tweet \(id): unreadable created_at",
          raw: Array(tweet.source.utf8)))
      return
    }
    var parent: String?
    for reference in tweet["referenced_tweets"]?.elements ?? [] {
      switch reference["type"]?.string {
      case "retweeted":
        try sink.skip("retweet")
        return
      case "replied_to":
        parent = reference["id"]?.text
      default:
        break
      }
    }
    let text = tweet["note_tweet", "text"]?.string ?? tweet["text"]?.string ?? ""
    let authorID = tweet["author_id"]?.text
    let inline = tweet["author"]
    let author = authorID.flatMap { users[$0] }
    let handle = inline?["username"]?.string ?? author?.handle
    let name = inline?["name"]?.string ?? author?.name
    let permalink = "https://x.com/\(handle ?? "i/web")/status/\(id)"
    try sink.message(
      .inbound(
        .x, id: id, text: text.decodingEntities, at: date, raw: tweet.source,
        author: handle ?? authorID, name: name, thread: tweet["conversation_id"]?.text,
        parent: parent, permalink: permalink))
  }
}
