import Foundation

/// The CSV that `twarc-csv` (`twarc2 csv`) writes: one row per tweet, flattened columns.
struct TwarcCSVFormat: ImportFormat {
  let name = "twarc-csv"
  let summary = "X tweets as twarc-csv writes them (id, author.username, text, created_at, ...)"

  func sniff(_ probe: FormatProbe) -> Int {
    let header = probe.csvHeader
    return header.contains("id") && header.contains("author.username") && header.contains("text")
      ? 90 : 0
  }

  func read(_ input: ImportInput, into sink: RecordSink) throws {
    try CSVRecords.forEach(input, sink: sink) { header, row, raw, position in
      guard let id = header.value(row, "id"), let created = header.value(row, "created_at"),
        let date = ImportDates.iso8601(created)
      else {
        try sink.bad(
          BadRecord(position: position, reason: "no id or readable created_at", raw: raw))
        return
      }
      if header.value(row, "referenced_tweets.retweeted.id") != nil {
        try sink.skip("retweet")
        return
      }
      let handle = header.value(row, "author.username")
      try sink.message(
        .inbound(
          .x, id: id, text: (header.value(row, "text") ?? "").decodingEntities, at: date,
          raw: String(decoding: raw, as: UTF8.self),
          author: handle ?? header.value(row, "author_id"),
          name: header.value(row, "author.name"), thread: header.value(row, "conversation_id"),
          parent: header.value(row, "referenced_tweets.replied_to.id"),
          permalink: "https://x.com/\(handle ?? "i/web")/status/\(id)"))
    }
  }
}

/// Walking the rows of a CSV file with a header: rows that cannot be read are reported.
enum CSVRecords {
  static func forEach(
    _ input: ImportInput, sink: RecordSink,
    _ body: (_ header: CSVHeader, _ row: [String], _ raw: [UInt8], _ position: String) throws ->
      Void
  ) throws {
    let reader = CSVReader(input.stream)
    try reader.skipByteOrderMark()
    guard let headerRow = try reader.next() else { return }
    guard !headerRow.invalidUTF8 else {
      throw RoundsError(
        .failure, "\(input.path) is not UTF-8 text",
        fix: "save it as UTF-8 (e.g. `iconv -f WINDOWS-1252 -t UTF-8`) and import that")
    }
    let header = CSVHeader(headerRow.fields)
    while let row = try reader.next() {
      let position = Position.line(row.line)
      if row.invalidUTF8 {
        try sink.bad(BadRecord(position: position, reason: "not valid UTF-8", raw: row.raw))
        continue
      }
      if row.unterminated {
        try sink.bad(
          BadRecord(
            position: position,
            reason: "a quoted field is not closed before the end of the file (truncated?)",
            raw: row.raw))
        continue
      }
      if row.strayQuote {
        try sink.bad(
          BadRecord(
            position: position,
            reason: "a quote inside a quoted field is not doubled (the row is malformed)",
            raw: row.raw))
        continue
      }
      if row.fields.count > header.names.count {
        try sink.bad(
          BadRecord(
            position: position,
            reason: "\(row.fields.count) fields where the header has \(header.names.count)",
            raw: row.raw))
        continue
      }
      try body(header, row.fields, row.raw, position)
    }
  }
}
