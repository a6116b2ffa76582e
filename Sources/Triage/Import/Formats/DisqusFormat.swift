import Foundation

/// Disqus XML export, with or without its default namespace: threads, then posts.
struct DisqusFormat: ImportFormat {
  let name = "disqus"
  let summary = "Disqus XML export: posts with threads; deleted threads' posts skipped"

  func sniff(_ probe: FormatProbe) -> Int {
    probe.text.contains("<disqus") ? 90 : 0
  }

  struct Thread {
    var link: String?
    var deleted: Bool
  }

  func read(_ input: ImportInput, into sink: RecordSink) throws {
    let reader = XMLRecordReader(stream: input.stream, records: ["thread", "post", "category"])
    var threads: [String: Thread] = [:]
    try reader.readRecords { event in
      switch event {
      case .problem(let reason, let offset, let line, let raw):
        try sink.bad(BadRecord(position: "line \(line) (byte \(offset))", reason: reason, raw: raw))
      case .truncated(let element, let raw):
        try sink.bad(
          BadRecord(
            position: "line \(element.line) (byte \(element.offset))",
            reason: "the file ends inside this <\(element.localName)> (truncated download?)",
            raw: raw))
      case .record(let element, let raw):
        switch element.localName {
        case "thread":
          if let id = element.attribute("id") {
            threads[id] = Thread(
              link: element.value("link"), deleted: element.value("isDeleted") == "true")
          }
        case "post":
          try post(element, raw: raw, threads: threads, sink: sink)
        default:
          break
        }
      }
    }
  }

  private func post(
    _ post: XMLElement, raw: [UInt8], threads: [String: Thread], sink: RecordSink
  ) throws {
    let position = "line \(post.line) (byte \(post.offset))"
    guard
      let rawText = post.latin1 ? Windows1252.decode(raw) : String(validating: raw, as: UTF8.self)
    else {
      try sink.bad(BadRecord(position: position, reason: "not valid UTF-8", raw: raw))
      return
    }
    guard let id = post.attribute("id") ?? post.value("id") else {
      try sink.bad(BadRecord(position: position, reason: "a post without dsq:id", raw: raw))
      return
    }
    let threadID = post.child("thread")?.attribute("id")
    let thread = threadID.flatMap { threads[$0] }
    if thread?.deleted == true {
      try sink.skip("deleted_thread")
      return
    }
    guard let stamp = post.value("createdAt"), let date = ImportDates.iso8601(stamp) else {
      try sink.bad(
        BadRecord(position: position, reason: "post \(id) has no readable createdAt", raw: raw))
      return
    }
    // Escaped HTML (&lt;p&gt;) arrives decoded from the XML layer; CDATA arrives as is.
    let text = HTMLText.plainText(post.child("message")?.text ?? "")
    let status: String
    if post.value("isSpam") == "true" {
      status = "spam"
    } else if post.value("isDeleted") == "true" {
      status = "deleted"
    } else {
      status = "approved"
    }
    let author = post.child("author")
    try sink.message(
      .inbound(
        .disqus, id: id, text: text, at: date, raw: rawText,
        author: author?.value("username") ?? author?.value("email"), name: author?.value("name"),
        thread: threadID, parent: post.child("parent")?.attribute("id"),
        permalink: thread?.link.map { "\($0)#comment-\(id)" }, sourceStatus: status))
  }
}
