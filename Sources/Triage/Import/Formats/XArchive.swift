import Foundation

/// What an X account archive's tweet files need around them: the account's handle, and the
/// long posts of `note-tweet.js` whose tweets were cut short with "…".
final class XArchiveContext {
  var handle: String?
  var displayName: String?
  /// Note texts by the second they were created (two notes can share one).
  private var notes: [Int64: [String]] = [:]

  /// Reads `account.js` for the handle.
  func readAccount(_ source: ByteSource) {
    let stream = ByteStream(source, chunkSize: 1 << 16)
    defer { stream.close() }
    let json = JSONStream(stream)
    guard (try? json.skipAssignment()) == true else { return }
    try? json.forEachElement { element in
      guard let document = try? JSONDocument(bytes: element.bytes),
        let account = document.root["account"]
      else { return }
      handle = account["username"]?.string ?? handle
      displayName = account["accountDisplayName"]?.string ?? displayName
    }
  }

  /// Reads `note-tweet.js`; notes are few (long posts only), so they are kept in memory.
  func readNotes(_ source: ByteSource, path: String, sink: RecordSink) throws {
    let stream = ByteStream(source, chunkSize: 1 << 16)
    defer { stream.close() }
    let input = ImportInput(stream: stream, path: path, fileName: path.lastComponent)
    try JSONRecords.forEach(input, layout: .assignment, sink: sink) { value, _, position, element in
      let note = value["noteTweet"] ?? value
      guard let created = note["createdAt"]?.string, let date = ImportDates.iso8601(created),
        let text = note["core", "text"]?.string
      else {
        try sink.bad(
          BadRecord(
            position: position, reason: "a note tweet without createdAt or core.text",
            raw: element.bytes))
        return
      }
      notes[Int64(date.timeIntervalSince1970), default: []].append(text)
    }
  }

  /// The full text of a tweet cut short with "…", from the note created in the same second
  /// whose text begins like the tweet's (the note lacks the leading "@reply " mentions).
  func fullText(for text: String, at date: Date) -> String? {
    guard !notes.isEmpty, text.hasSuffix("…") else { return nil }
    let second = Int64(date.timeIntervalSince1970)
    let candidates = (notes[second] ?? []) + (notes[second - 1] ?? []) + (notes[second + 1] ?? [])
    guard !candidates.isEmpty else { return nil }
    var visible = Substring(text.dropLast())
    while visible.hasPrefix("@"), let space = visible.firstIndex(of: " ") {
      visible = visible[visible.index(after: space)...]
    }
    let prefix = String(visible.prefix(40)).trimmingSpaces()
    // Only a note that begins like the tweet: a wrong note would put words in its mouth.
    return candidates.first { $0.hasPrefix(prefix) }
  }

  /// Reads one tweets file (`tweets.js`, `tweet.js`, `tweets-partN.js`, `deleted-tweets.js`).
  func readTweets(_ input: ImportInput, deleted: Bool, sink: RecordSink) throws {
    // The account's permalinks share all but the id: built once, not interpolated per tweet.
    let accountHandle = handle
    let accountPrefix = "https://x.com/\(accountHandle ?? "i/web")/status/"
    try JSONRecords.forEach(input, layout: .assignment, sink: sink) {
      value, raw, position, element in
      let tweet = value["tweet"] ?? value
      guard let id = tweet["id_str"]?.text ?? tweet["id"]?.text,
        let created = tweet["created_at"]?.string
      else {
        try sink.bad(
          BadRecord(
            position: position, reason: "a tweet without id_str or created_at", raw: element.bytes))
        return
      }
      guard let date = ImportDates.twitter(created) ?? ImportDates.iso8601(created) else {
        try sink.bad(
          BadRecord(
            position: position, reason: "tweet \(id): unreadable created_at", raw: element.bytes))
        return
      }
      let written = (tweet["full_text"] ?? tweet["text"])?.string ?? ""
      if written.hasPrefix("RT @") || tweet["retweeted_status"] != nil {
        try sink.skip("retweet")
        return
      }
      let decoded = written.decodingEntities
      let text = fullText(for: decoded, at: date) ?? decoded
      let handle = handle ?? tweet["user", "screen_name"]?.string
      let replyTo = tweet["in_reply_to_status_id_str"]?.text
      try sink.message(
        .own(
          .x, id: id, text: text, at: date, raw: raw, author: handle, name: displayName,
          parent: replyTo,
          permalink: handle == accountHandle
            ? accountPrefix + id : "https://x.com/\(handle ?? "i/web")/status/\(id)",
          sourceStatus: deleted || tweet["deleted_at"] != nil ? "deleted" : nil))
    }
  }

  enum FileKind {
    case tweets, deletedTweets, notes, account, directMessages, other
  }

  static func kind(of fileName: String) -> FileKind {
    let name = fileName.lowercased()
    guard name.hasSuffix(".js") else { return .other }
    if name.hasPrefix("direct-message") || name.hasPrefix("direct_message") {
      return .directMessages
    }
    if name.hasPrefix("deleted-tweets") || name.hasPrefix("deleted-tweet") { return .deletedTweets }
    if name.hasPrefix("note-tweet") { return .notes }
    if name == "account.js" { return .account }
    if name == "tweets.js" || name == "tweet.js" || name.hasPrefix("tweets-part")
      || name.hasPrefix("tweet-part")
    {
      return .tweets
    }
    return .other
  }
}

/// An X account archive as downloaded (zip) or unpacked (folder).
struct XArchiveFormat: ContainerFormat {
  let name = "x-archive"
  let summary =
    "X account archive, zip or folder (data/tweets.js, tweet.js, tweets-partN.js, notes, deletions)"

  /// An archive is the folder of its `account.js` or `manifest.js` (or the folder above, when
  /// they sit in `data/`) holding a tweets file.
  func roots(in entries: [String]) -> [String] {
    let candidates = entries.filter {
      $0.lastComponent == "account.js" || $0.lastComponent == "manifest.js"
    }.map { entry -> String in
      let folder = entry.folderPrefix
      return folder == "data/"
        ? "" : folder.hasSuffix("/data/") ? String(folder.dropLast(5)) : folder
    }
    return Set(candidates).filter { root in
      entries.contains {
        $0.hasPrefix(root) && XArchiveContext.kind(of: $0.lastComponent) == .tweets
      }
    }.sorted()
  }

  func read(_ container: ImportContainer, into sink: RecordSink) throws {
    let context = XArchiveContext()
    if let account = container.entry(named: "account.js") {
      context.readAccount(try container.open(account))
    }
    for entry in container.entries.sorted() {
      switch XArchiveContext.kind(of: entry.lastComponent) {
      case .notes: try context.readNotes(try container.open(entry), path: entry, sink: sink)
      case .directMessages: try sink.skip("direct_messages_file")
      default: continue
      }
    }
    for entry in container.entries.sorted() {
      let kind = XArchiveContext.kind(of: entry.lastComponent)
      guard kind == .tweets || kind == .deletedTweets else { continue }
      let stream = ByteStream(try container.open(entry))
      defer { stream.close() }
      let input = ImportInput(stream: stream, path: entry, fileName: entry.lastComponent)
      try context.readTweets(input, deleted: kind == .deletedTweets, sink: sink)
    }
  }
}

/// One data file of an X archive given on its own (`tweets.js`, `deleted-tweets.js`, ...);
/// `account.js` and `note-tweet.js` beside it are used when present.
struct XArchiveFileFormat: ImportFormat {
  let name = "x-archive-js"
  let summary =
    "one X archive data file (window.YTD... = [...]); account.js beside it gives the handle"

  func sniff(_ probe: FormatProbe) -> Int {
    probe.text.hasPrefix("window.YTD.") ? 95 : 0
  }

  func read(_ input: ImportInput, into sink: RecordSink) throws {
    let kind = XArchiveContext.kind(of: input.fileName)
    switch kind {
    case .directMessages:
      try sink.skip("direct_messages_file")
      return
    case .tweets, .deletedTweets:
      break
    default:
      try sink.skip("not_a_tweets_file")
      return
    }
    let context = XArchiveContext()
    if let account = input.sibling("account.js") { context.readAccount(account) }
    if let notes = input.sibling("note-tweet.js") {
      try context.readNotes(notes, path: "note-tweet.js", sink: sink)
    }
    try context.readTweets(input, deleted: kind == .deletedTweets, sink: sink)
  }
}
