import Foundation

/// WordPress eXtended RSS (WXR 1.0–1.2): the comments of every post. `wp:` elements are
/// matched by local name whatever their namespace URI; any field may be CDATA.
struct WordPressWXRFormat: ImportFormat {
  let name = "wordpress-wxr"
  let summary = "WordPress WXR export (Tools > Export): post comments, pending/spam/trash kept"

  func sniff(_ probe: FormatProbe) -> Int {
    guard probe.text.contains("<rss") || probe.text.contains("<?xml") else { return 0 }
    if probe.text.contains("wordpress.org/export/") || probe.text.contains("<wp:") { return 90 }
    return 0
  }

  func read(_ input: ImportInput, into sink: RecordSink) throws {
    let reader = XMLRecordReader(stream: input.stream, records: ["item"])
    let wellFormedUTF8 = { (raw: [UInt8]) in String(validating: raw, as: UTF8.self) != nil }
    try reader.readRecords { event in
      switch event {
      case .problem(let reason, let offset, let line, let raw):
        try sink.bad(BadRecord(position: "line \(line) (byte \(offset))", reason: reason, raw: raw))
      case .truncated(let item, let raw):
        // The comments that were complete before the file ended still import.
        let link = item.value("link")
        let postID = item.value("post_id")
        for comment in item.children("comment") where comment.closed {
          let raw = reader.raw(of: comment)
          try emit(
            comment, link: link, postID: postID, raw: raw,
            position: "line \(comment.line) (byte \(comment.offset))", sink: sink)
        }
        try sink.bad(
          BadRecord(
            position: "line \(item.line) (byte \(item.offset))",
            reason: "the file ends inside this <item> (truncated download?)", raw: raw))
      case .record(let item, _):
        let link = item.value("link")
        let postID = item.value("post_id")
        for comment in item.children("comment") {
          let raw = reader.raw(of: comment)
          let position = "line \(comment.line) (byte \(comment.offset))"
          if !item.latin1, !wellFormedUTF8(raw) {
            try sink.bad(
              BadRecord(
                position: position,
                reason: "not valid UTF-8 although the file declares UTF-8", raw: raw))
            continue
          }
          try emit(comment, link: link, postID: postID, raw: raw, position: position, sink: sink)
        }
      }
    }
  }

  private func emit(
    _ comment: XMLElement, link: String?, postID: String?, raw: [UInt8], position: String,
    sink: RecordSink
  ) throws {
    let type = comment.value("comment_type") ?? ""
    if type == "pingback" || type == "trackback" {
      try sink.skip(type)
      return
    }
    guard let id = comment.value("comment_id") else {
      try sink.bad(BadRecord(position: position, reason: "a comment without comment_id", raw: raw))
      return
    }
    let gmt = comment.value("comment_date_gmt").flatMap { $0.hasPrefix("0000") ? nil : $0 }
    guard let stamp = gmt ?? comment.value("comment_date"), let date = ImportDates.iso8601(stamp)
    else {
      try sink.bad(
        BadRecord(
          position: position, reason: "comment \(id) has no readable comment_date_gmt", raw: raw))
      return
    }
    let approved = comment.value("comment_approved") ?? "1"
    let sourceStatus: String
    switch approved {
    case "1": sourceStatus = "approved"
    case "0": sourceStatus = "pending"
    default: sourceStatus = approved  // spam, trash, or a plugin's own state
    }
    let parent = comment.value("comment_parent").flatMap { $0 == "0" ? nil : $0 }
    let content = comment.child("comment_content")?.text ?? ""
    let text = HTMLText.plainText(content, keepNewlines: true)
    let permalink = link.map { "\($0)#comment-\(id)" }
    // Comment ids are unique per site only: the post link's host keeps two blogs apart.
    let site = link.flatMap { URL(string: $0)?.host } ?? ""
    // A comment written while logged in to the blog (a non-zero comment_user_id) carries the
    // account's display name, which the account sets and a visitor cannot: it serves as the
    // handle, so the practice's own replies on its blog are recognised by the policy's
    // handles. A visitor's free-typed name is never a handle.
    let userID = comment.value("comment_user_id") ?? "0"
    let name = comment.value("comment_author")
    let handle = userID == "0" || userID.isEmpty ? nil : name
    try sink.message(
      .inbound(
        .wordpress, id: site.isEmpty ? id : "\(site)/\(id)", text: text, at: date,
        raw: comment.latin1 ? Windows1252.decode(raw) : String(decoding: raw, as: UTF8.self),
        author: handle, name: name, thread: postID,
        parent: parent.map { site.isEmpty ? $0 : "\(site)/\($0)" }, permalink: permalink,
        sourceStatus: sourceStatus))
  }
}
