import Foundation

/// YouTube Data API `commentThreads.list` responses: top-level comments and their inline
/// replies. `textOriginal` is preferred over the HTML `textDisplay`.
struct YouTubeAPIFormat: ImportFormat {
  let name = "youtube-api"
  let summary = "YouTube Data API commentThreads.list responses (top-level comments and replies)"

  func sniff(_ probe: FormatProbe) -> Int {
    probe.text.contains("youtube#commentThread") || probe.text.contains("youtube#comment") ? 90 : 0
  }

  func read(_ input: ImportInput, into sink: RecordSink) throws {
    try JSONRecords.forEach(input, layout: .document, sink: sink) { item, raw, position, element in
      guard element.key == "items" || element.key == nil else { return }
      let kind = item["kind"]?.string
      if kind == "youtube#comment" {
        try comment(item, video: nil, raw: raw, position: position, sink: sink)
        return
      }
      guard let top = item["snippet", "topLevelComment"] else {
        try sink.bad(
          BadRecord(
            position: position, reason: "an item without snippet.topLevelComment",
            raw: element.bytes))
        return
      }
      let video = item["snippet", "videoId"]?.string
      try comment(top, video: video, raw: top.source, position: position, sink: sink)
      for (index, reply) in (item["replies", "comments"]?.elements ?? []).enumerated() {
        try comment(
          reply, video: video, raw: reply.source, position: position.reply(index + 1),
          sink: sink)
      }
    }
  }

  private func comment(
    _ comment: JSONValue, video: String?, raw: String, position: RecordPosition, sink: RecordSink
  ) throws {
    guard let id = comment["id"]?.string, let snippet = comment["snippet"] else {
      try sink.bad(
        BadRecord(
          position: position, reason: "a comment without id or snippet", raw: Array(raw.utf8)))
      return
    }
    guard let published = snippet["publishedAt"]?.string, let date = ImportDates.iso8601(published)
    else {
      try sink.bad(
        BadRecord(
          position: position, reason: "comment \(id) has no readable publishedAt",
          raw: Array(raw.utf8)))
      return
    }
    let text =
      snippet["textOriginal"]?.string
      ?? snippet["textDisplay"]?.string.map { HTMLText.plainText($0) } ?? ""
    let videoID = video ?? snippet["videoId"]?.string
    let status = snippet["moderationStatus"]?.string.map { $0 == "likelySpam" ? "spam" : $0 }
    try sink.message(
      .inbound(
        .youtube, id: id, text: text, at: date, raw: raw,
        author: snippet["authorChannelUrl"]?.string.map { $0.lastComponent },
        name: snippet["authorDisplayName"]?.string, thread: videoID,
        parent: snippet["parentId"]?.string,
        permalink: videoID.map { "https://www.youtube.com/watch?v=\($0)&lc=\(id)" },
        sourceStatus: status))
  }
}

/// Google Takeout's YouTube `comments.csv` (the account's own comments): the pre-June-2024
/// layout with `{"takeoutSegments": [...]}` text and the later one with comma-joined
/// `{"text": ...}` segments; columns are found by name, whatever their case.
struct YouTubeTakeoutFormat: ImportFormat {
  let name = "youtube-takeout"
  let summary = "Google Takeout YouTube comments.csv (own comments; both column layouts)"

  func sniff(_ probe: FormatProbe) -> Int {
    let header = probe.csvHeader
    return header.contains("comment id") && header.contains("video id") ? 90 : 0
  }

  func read(_ input: ImportInput, into sink: RecordSink) throws {
    try CSVRecords.forEach(input, sink: sink) { header, row, raw, position in
      guard let id = header.value(row, "Comment ID"),
        let stamp = header.value(row, "Comment Create Timestamp", "Comment Created Timestamp"),
        let date = ImportDates.iso8601(stamp)
      else {
        try sink.bad(
          BadRecord(position: position, reason: "no Comment ID or readable timestamp", raw: raw))
        return
      }
      guard let text = Self.segments(header.value(row, "Comment Text") ?? "") else {
        try sink.bad(
          BadRecord(
            position: position,
            reason: "comment \(id): Comment Text is not the JSON segments it should be",
            raw: raw))
        return
      }
      guard !text.isEmpty else {
        try sink.skip("no_text")
        return
      }
      let video = header.value(row, "Video ID")
      try sink.message(
        .own(
          .youtube, id: id, text: text, at: date, raw: String(decoding: raw, as: UTF8.self),
          author: header.value(row, "Channel ID"), thread: video,
          parent: header.value(row, "Parent Comment ID"),
          permalink: video.map { "https://www.youtube.com/watch?v=\($0)&lc=\(id)" }))
    }
  }

  /// The text of `{"takeoutSegments":[{"text":..}]}` or of `{"text":".."},{"text":".."}`;
  /// nil when the field looks like segments but cannot be read.
  static func segments(_ field: String) -> String? {
    let trimmed = field.trimmingSpaces()
    guard trimmed.hasPrefix("{") else { return trimmed }
    let wrapped = trimmed.hasPrefix("{\"takeoutSegments\"") ? trimmed : "[\(trimmed)]"
    guard let document = try? JSONDocument(bytes: Array(wrapped.utf8)) else { return nil }
    let list = document.root["takeoutSegments"]?.elements ?? document.root.elements
    return list.compactMap { $0["text"]?.string }.joined()
  }
}
