import Foundation

/// Facebook's "Download Your Information" JSON: the account's own comments and posts, with
/// the mojibake repaired. There are no ids, so each entry's id is derived from its time and
/// text (stable across downloads).
struct FacebookDYIFormat: ImportFormat {
  let name = "facebook-dyi"
  let summary =
    "Facebook Download Your Information JSON (comments_v2, your_posts_N, group comments)"

  func sniff(_ probe: FormatProbe) -> Int {
    if probe.has(key: "comments_v2") || probe.has(key: "group_comments_v2") { return 90 }
    let name = probe.lowercasedName
    if name.hasPrefix("your_posts") || name.hasPrefix("comments") && probe.has(key: "timestamp") {
      return probe.has(key: "data") ? 70 : 0
    }
    return 0
  }

  func read(_ input: ImportInput, into sink: RecordSink) throws {
    try JSONRecords.forEach(input, layout: .document, sink: sink) { entry, raw, position, element in
      guard element.key == nil || element.key!.hasSuffix("comments_v2") else { return }
      let texts = (entry["data"]?.elements ?? []).compactMap { item -> (String, JSONValue?)? in
        if let comment = item["comment"] { return (comment["comment"]?.string ?? "", comment) }
        if let post = item["post"]?.string { return (post, nil) }
        return nil
      }
      let text = Mojibake.repair(texts.map(\.0).joined(separator: "\n")).trimmingSpaces()
      guard !text.isEmpty else {
        try sink.skip("no_text")
        return
      }
      let stamp =
        texts.compactMap { $0.1?["timestamp"]?.double }.first ?? entry["timestamp"]?.double
      guard let stamp else {
        try sink.bad(
          BadRecord(position: position, reason: "an entry without timestamp", raw: element.bytes))
        return
      }
      let author = texts.compactMap { $0.1?["author"]?.string }.first.map(Mojibake.repair)
      let id = DYIIdentity.id(prefix: "fb-dyi", seconds: stamp, text: text)
      try sink.message(
        .own(.facebook, id: id, text: text, at: ImportDates.unix(stamp), raw: raw, name: author))
    }
  }
}

/// Instagram's "Download Your Information" JSON: the account's own comments
/// (`post_comments_N.json`, `reels_comments.json`, older `comments.json`), mojibake repaired.
struct InstagramDYIFormat: ImportFormat {
  let name = "instagram-dyi"
  let summary =
    "Instagram Download Your Information JSON (post_comments_N, comments_reels_comments)"

  func sniff(_ probe: FormatProbe) -> Int {
    probe.has(key: "string_map_data") || probe.has(key: "string_list_data")
      || probe.has(key: "comments_media_comments") || probe.has(key: "comments_reels_comments")
      ? 88 : 0
  }

  func read(_ input: ImportInput, into sink: RecordSink) throws {
    try JSONRecords.forEach(input, layout: .document, sink: sink) { entry, raw, position, element in
      if let map = entry["string_map_data"] {
        // Keys are translated ("Comment", "Kommentar", ...): the text is the member with a
        // `value` that is not the media owner; the time is the member with a `timestamp`.
        let members = map.members
        let comment =
          map["Comment"]?["value"]?.string
          ?? members.first { $0.key != "Media Owner" && $0.value["value"] != nil }?.value["value"]?
          .string
        let stamp = members.compactMap { $0.value["timestamp"]?.double }.first
        try emit(
          text: comment, stamp: stamp, owner: map["Media Owner"]?["value"]?.string, href: nil,
          raw: raw, position: position, bytes: element.bytes, sink: sink)
      } else if let list = entry["string_list_data"]?.elements.first {
        try emit(
          text: list["value"]?.string, stamp: list["timestamp"]?.double, owner: nil,
          href: list["href"]?.string, raw: raw, position: position, bytes: element.bytes, sink: sink
        )
      } else {
        try sink.skip("no_text")
      }
    }
  }

  private func emit(
    text: String?, stamp: Double?, owner: String?, href: String?, raw: String,
    position: RecordPosition,
    bytes: [UInt8], sink: RecordSink
  ) throws {
    let text = Mojibake.repair(text ?? "").trimmingSpaces()
    guard !text.isEmpty else {
      try sink.skip("no_text")
      return
    }
    guard let stamp else {
      try sink.bad(BadRecord(position: position, reason: "a comment without timestamp", raw: bytes))
      return
    }
    try sink.message(
      .own(
        .instagram, id: DYIIdentity.id(prefix: "ig-dyi", seconds: stamp, text: text),
        text: text, at: ImportDates.unix(stamp), raw: raw, thread: owner.map(Mojibake.repair),
        permalink: href))
  }
}

/// Ids for exports that have none: the time and a 64-bit FNV-1a hash of the text, so the
/// same entry in a later download gets the same id.
enum DYIIdentity {
  static func id(prefix: String, seconds: Double, text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return "\(prefix):\(Int64(seconds)):\(String(hash, radix: 16))"
  }
}
