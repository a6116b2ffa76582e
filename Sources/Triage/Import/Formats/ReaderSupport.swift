import Foundation

/// Positions as people read them in reports.
enum Position {
  static func line(_ number: Int) -> String { "line \(number)" }
  static func byte(_ offset: Int64) -> String { "byte \(offset)" }
  static func record(_ index: Int, byte offset: Int64) -> String {
    "record \(index + 1) (byte \(offset))"
  }
  static func element(_ element: JSONStream.Element, lines: Bool) -> String {
    if lines { return line(element.index) }
    if let key = element.key { return "\(key)[\(element.index)] (byte \(element.offset))" }
    return record(element.index, byte: element.offset)
  }
}

/// Where a JSON record is, put into words only when a report needs it: building the words for
/// every record read cost an X archive's reader 3% of its instructions, for the few it
/// reports.
struct RecordPosition: CustomStringConvertible, ExpressibleByStringLiteral {
  private enum Place {
    /// A record of a JSON stream; `lines` when the file has one per line.
    case element(JSONStream.Element, lines: Bool)
    case text(String)
  }

  private let place: Place
  /// Replies nested in the record, outermost first (e.g. a comment's second reply: [2]).
  private var replies: [Int] = []

  init(element: JSONStream.Element, lines: Bool) {
    place = .element(element, lines: lines)
  }

  init(stringLiteral text: String) {
    place = .text(text)
  }

  /// The position of the record's `number`th reply (from 1).
  func reply(_ number: Int) -> RecordPosition {
    var position = self
    position.replies.append(number)
    return position
  }

  var description: String {
    var text: String
    switch place {
    case .element(let element, let lines): text = Position.element(element, lines: lines)
    case .text(let words): text = words
    }
    for number in replies { text += ", reply \(number)" }
    return text
  }
}

extension BadRecord {
  init(position: RecordPosition, reason: String, raw: [UInt8]) {
    self.init(position: position.description, reason: reason, raw: raw)
  }
}

/// Walking the JSON records of a file: each is parsed, and the ones that cannot be are
/// reported with their position and raw bytes.
enum JSONRecords {
  enum Layout {
    /// A root array, or a root object whose array members are split into their elements.
    case document
    /// JavaScript assignment, `name = [ ... ]` (X archives).
    case assignment
    /// One value per line.
    case lines
  }

  /// Calls `body` with each record parsed, its raw text and its position.
  static func forEach(
    _ input: ImportInput, layout: Layout, sink: RecordSink, splitMembers: Bool = true,
    _ body: (
      _ value: JSONValue, _ raw: String, _ position: RecordPosition, _ element: JSONStream.Element
    ) throws -> Void
  ) throws {
    let json = JSONStream(input.stream)
    let handle: (JSONStream.Element) throws -> Void = { element in
      let position = RecordPosition(element: element, lines: layout == .lines)
      guard let raw = String(validating: element.bytes, as: UTF8.self) else {
        try sink.bad(
          BadRecord(
            position: position, reason: "not valid UTF-8 (the file must be saved as UTF-8)",
            raw: element.bytes))
        return
      }
      if element.truncated {
        try sink.bad(
          BadRecord(
            position: position, reason: "the file ends inside this record (truncated download?)",
            raw: element.bytes))
        return
      }
      let document: JSONDocument
      do {
        document = try element.parsed ?? JSONDocument(bytes: element.bytes)
      } catch {
        try sink.bad(
          BadRecord(position: position, reason: "malformed JSON: \(error)", raw: element.bytes))
        return
      }
      try body(document.root, raw, position, element)
    }
    switch layout {
    case .lines:
      try json.forEachLine(handle)
    case .document, .assignment:
      if layout == .assignment {
        guard try json.skipAssignment() else {
          throw RoundsError(
            .failure, "\(input.path) has no `= [` assignment",
            fix: "this is not an X archive data file")
        }
      }
      let closed = try json.forEachElement(splitMembers: splitMembers, handle)
      if !closed {
        try sink.bad(
          BadRecord(
            position: Position.byte(input.stream.offset),
            reason: "the file ends before its closing bracket (truncated download?)", raw: []))
      }
    }
  }
}

extension String {
  /// Decodes `&amp;`, `&lt;` and `&gt;` (X escapes its text as HTML) and other references.
  var decodingEntities: String { HTMLEntities.decode(self) }

  /// nil when empty.
  var nonEmpty: String? { isEmpty ? nil : self }
}

extension Message {
  /// An inbound message from the public, as most readers build it.
  static func inbound(
    _ platform: Platform, id: String, text: String, at date: Date, raw: String,
    author handle: String? = nil, name: String? = nil, thread: String? = nil,
    parent: String? = nil, permalink: String? = nil, sourceStatus: String? = nil,
    visibility: Visibility = .public
  ) -> Message {
    Message(
      platform: platform, kind: .inbound, externalID: id, threadID: thread, parentID: parent,
      authorHandle: handle, authorName: name, text: text, createdAt: date, permalink: permalink,
      visibility: visibility, sourceStatus: sourceStatus,
      status: ImportStatus.forSource(sourceStatus), raw: raw)
  }

  /// One of the practice's own published posts or replies.
  static func own(
    _ platform: Platform, id: String, text: String, at date: Date, raw: String,
    author handle: String? = nil, name: String? = nil, thread: String? = nil,
    parent: String? = nil, permalink: String? = nil, sourceStatus: String? = nil,
    visibility: Visibility = .public
  ) -> Message {
    let status: Status = ImportStatus.forSource(sourceStatus) == .new ? .posted : .closed
    return Message(
      platform: platform, kind: .own, externalID: id, threadID: thread, parentID: parent,
      authorHandle: handle, authorName: name, text: text, createdAt: date, permalink: permalink,
      visibility: visibility, sourceStatus: sourceStatus, status: status, raw: raw)
  }
}

/// Platform moderation states that close a message on arrival: spam and trash are kept (never
/// lost) but need nobody's attention.
enum ImportStatus {
  static func forSource(_ sourceStatus: String?) -> Status {
    switch sourceStatus {
    case "spam": .spam
    case "trash", "deleted", "removed", "hidden": .closed
    default: .new
    }
  }
}
