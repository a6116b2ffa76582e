import Foundation

/// The classic (2012–2018) X archive's `tweets.csv`, mapped by header name (9 and 10 column
/// versions), text spanning lines.
struct XClassicCSVFormat: ImportFormat {
  let name = "x-tweets-csv"
  let summary = "classic X archive tweets.csv (tweet_id, timestamp, text, ...)"

  func sniff(_ probe: FormatProbe) -> Int {
    let header = probe.csvHeader
    return header.contains("tweet_id") && header.contains("timestamp") && header.contains("text")
      ? 90 : 0
  }

  func read(_ input: ImportInput, into sink: RecordSink) throws {
    let handle = input.sibling("data/js/user_details.js").flatMap(XGrailbirdFormat.screenName)
    try CSVRecords.forEach(input, sink: sink) { header, row, raw, position in
      guard let id = header.value(row, "tweet_id"), let stamp = header.value(row, "timestamp"),
        let date = ImportDates.iso8601(stamp)
      else {
        try sink.bad(
          BadRecord(position: position, reason: "no tweet_id or readable timestamp", raw: raw))
        return
      }
      if header.value(row, "retweeted_status_id") != nil {
        try sink.skip("retweet")
        return
      }
      try sink.message(
        .own(
          .x, id: id, text: (header.value(row, "text") ?? "").decodingEntities, at: date,
          raw: String(decoding: raw, as: UTF8.self), author: handle,
          parent: header.value(row, "in_reply_to_status_id"),
          permalink: "https://x.com/\(handle ?? "i/web")/status/\(id)"))
    }
  }
}

/// The classic archive's month files, `data/js/tweets/YYYY_MM.js`
/// (`Grailbird.data.tweets_2012_12 = [...]`); ids are read from `id_str`.
struct XGrailbirdFormat: ImportFormat {
  let name = "x-grailbird"
  let summary = "classic X archive month file data/js/tweets/YYYY_MM.js (Grailbird.data...)"

  func sniff(_ probe: FormatProbe) -> Int {
    probe.text.hasPrefix("Grailbird.data.tweets_") ? 95 : 0
  }

  static func screenName(_ source: ByteSource) -> String? {
    let stream = ByteStream(source, chunkSize: 1 << 16)
    defer { stream.close() }
    let json = JSONStream(stream)
    guard (try? json.skipAssignment()) == true else { return nil }
    try? stream.skipWhitespace()
    var bytes: [UInt8] = []
    while let byte = try? stream.peek() {
      bytes.append(byte)
      stream.position += 1
    }
    return (try? JSONDocument(bytes: bytes))?.root["screen_name"]?.string
  }

  func read(_ input: ImportInput, into sink: RecordSink) throws {
    try JSONRecords.forEach(input, layout: .assignment, sink: sink) {
      tweet, raw, position, element in
      guard let id = tweet["id_str"]?.string, let created = tweet["created_at"]?.string,
        let date = ImportDates.twitter(created) ?? ImportDates.iso8601(created)
      else {
        try sink.bad(
          BadRecord(
            position: position, reason: "no id_str or readable created_at", raw: element.bytes))
        return
      }
      if tweet["retweeted_status"] != nil {
        try sink.skip("retweet")
        return
      }
      let handle = tweet["user", "screen_name"]?.string
      try sink.message(
        .own(
          .x, id: id, text: (tweet["text"]?.string ?? "").decodingEntities, at: date, raw: raw,
          author: handle, name: tweet["user", "name"]?.string,
          parent: tweet["in_reply_to_status_id_str"]?.string,
          permalink: "https://x.com/\(handle ?? "i/web")/status/\(id)"))
    }
  }
}

/// A classic archive, zip or folder: the month files first, then `tweets.csv` (which repeats
/// them, so those rows count as duplicates) for anything the month files lack.
struct XClassicArchiveFormat: ContainerFormat {
  let name = "x-archive-classic"
  let summary = "classic X archive (2012-2018), zip or folder: tweets.csv and data/js/tweets/*.js"

  /// An archive is the folder of its `tweets.csv` with the month files in `data/js/tweets/`.
  func roots(in entries: [String]) -> [String] {
    let candidates = entries.filter { $0.lastComponent == "tweets.csv" }.map(\.folderPrefix)
    return Set(candidates).filter { root in
      entries.contains { $0.hasPrefix(root + "data/js/tweets/") }
    }.sorted()
  }

  func read(_ container: ImportContainer, into sink: RecordSink) throws {
    for entry in container.entries.sorted()
    where entry.contains("data/js/tweets/") && entry.hasSuffix(".js") {
      let stream = ByteStream(try container.open(entry))
      defer { stream.close() }
      try XGrailbirdFormat().read(
        ImportInput(stream: stream, path: entry, fileName: entry.lastComponent), into: sink)
    }
    guard let csv = container.entry(named: "tweets.csv") else { return }
    let stream = ByteStream(try container.open(csv))
    defer { stream.close() }
    let folder = csv.contains("/") ? String(csv[..<csv.lastIndex(of: "/")!]) + "/" : ""
    try XClassicCSVFormat().read(
      ImportInput(
        stream: stream, path: csv, fileName: "tweets.csv",
        sibling: { name in
          container.entries.contains(folder + name) ? try? container.open(folder + name) : nil
        }), into: sink)
  }
}
