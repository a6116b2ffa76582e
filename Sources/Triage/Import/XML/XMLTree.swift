/// A small element tree for one record of an XML export (a WordPress `<item>`, a Disqus
/// `<post>`), built from the tokenizer while the record's bytes stay in the window.
final class XMLElement {
  let name: String
  let attributes: [(name: String, value: String)]
  var children: [XMLElement] = []
  var textBytes: [UInt8] = []
  /// Absolute byte offsets of the element's first byte and one past its last.
  let offset: Int64
  var endOffset: Int64
  /// Line of the start tag.
  let line: Int
  var latin1 = false
  /// Its end tag was seen (false when the file ended inside it).
  var closed = false

  init(_ tag: XMLTokenizer.XMLTag, line: Int) {
    name = tag.name
    localName = String(XMLTokenizer.localName(tag.name))
    attributes = tag.attributes
    offset = tag.offset
    endOffset = tag.endOffset
    self.line = line
  }

  /// The name without its namespace prefix, computed once.
  let localName: String

  /// The element's own text (CDATA included), undecorated.
  var text: String {
    latin1 ? Windows1252.decode(textBytes) : String(decoding: textBytes, as: UTF8.self)
  }

  /// The first child with this local name, whatever its namespace prefix.
  func child(_ local: String) -> XMLElement? {
    children.first { $0.localName == local }
  }

  func children(_ local: String) -> [XMLElement] {
    children.filter { $0.localName == local }
  }

  /// Trimmed text of a child, nil when absent or empty.
  func value(_ local: String) -> String? {
    guard let text = child(local)?.text.trimmingSpaces().trimmingNewlines(), !text.isEmpty else {
      return nil
    }
    return text
  }

  func attribute(_ local: String) -> String? {
    attributes.first { XMLTokenizer.localName($0.name) == local }?.value
  }
}

extension String {
  func trimmingNewlines() -> String {
    var text = Substring(self)
    while let first = text.first, first.isNewline || first == " " || first == "\t" {
      text.removeFirst()
    }
    while let last = text.last, last.isNewline || last == " " || last == "\t" { text.removeLast() }
    return String(text)
  }
}

/// Reads an XML file as a sequence of records: elements whose local name is in `records`,
/// each built as a tree with its raw bytes. Elements that merely contain records (the
/// channel, the root) are walked through.
final class XMLRecordReader {
  enum Event {
    case record(XMLElement, raw: [UInt8])
    /// A record's start tag opened but the file ended before its end tag.
    case truncated(XMLElement, raw: [UInt8])
    case problem(reason: String, offset: Int64, line: Int, raw: [UInt8])
  }

  let tokenizer: XMLTokenizer
  let records: Set<String>
  /// Local names of the elements seen above the current position.
  private(set) var path: [String] = []
  var sawRoot = false

  init(stream: ByteStream, records: Set<String>) {
    tokenizer = XMLTokenizer(stream)
    self.records = records
  }

  var stream: ByteStream { tokenizer.stream }

  func readRecords(_ body: (Event) throws -> Void) throws {
    while let token = try tokenizer.next() {
      switch token {
      case .start(let tag):
        sawRoot = true
        if tag.selfClosing { continue }
        let local = String(tag.localName)
        if records.contains(local) {
          try buildRecord(tag, body)
        } else {
          path.append(local)
        }
      case .end(let name, let offset):
        let local = String(XMLTokenizer.localName(name))
        if let index = path.lastIndex(of: local) {
          if index != path.count - 1 {
            try body(
              .problem(
                reason: "malformed XML: </\(name)> closes <\(path.last!)>", offset: offset,
                line: stream.line, raw: Array("</\(name)>".utf8)))
          }
          path.removeSubrange(index...)
        } else {
          try body(
            .problem(
              reason: "malformed XML: </\(name)> closes nothing that is open", offset: offset,
              line: stream.line, raw: Array("</\(name)>".utf8)))
        }
      case .text:
        continue
      case .problem(let reason, let offset, let raw):
        try body(.problem(reason: reason, offset: offset, line: stream.line, raw: raw))
      }
    }
  }

  private func buildRecord(_ tag: XMLTokenizer.XMLTag, _ body: (Event) throws -> Void)
    throws
  {
    tokenizer.hold = tag.offset
    defer { tokenizer.hold = nil }
    let root = XMLElement(tag, line: stream.line)
    root.latin1 = tokenizer.latin1
    var stack = [root]
    while let token = try tokenizer.next() {
      switch token {
      case .start(let child):
        let element = XMLElement(child, line: stream.line)
        element.latin1 = tokenizer.latin1
        stack.last!.children.append(element)
        if child.selfClosing {
          element.closed = true
        } else {
          stack.append(element)
        }
      case .end(let name, _):
        let local = XMLTokenizer.localName(name)
        guard let index = stack.lastIndex(where: { $0.localName == local }) else { continue }
        for element in stack[index...] { element.endOffset = stream.offset }
        stack[index].closed = true
        stack.removeSubrange(index...)
        if stack.isEmpty {
          try body(.record(root, raw: raw(from: root.offset)))
          return
        }
      case .text(let bytes):
        stack.last!.textBytes.append(contentsOf: bytes)
      case .problem(let reason, let offset, let raw):
        try body(.problem(reason: reason, offset: offset, line: stream.line, raw: raw))
      }
    }
    for element in stack { element.endOffset = stream.offset }
    try body(.truncated(root, raw: raw(from: root.offset)))
  }

  private func raw(from offset: Int64) -> [UInt8] {
    let from = max(0, Int(offset - stream.base))
    return stream.slice(from, stream.position)
  }

  /// The raw bytes of a nested element of the record just built (still in the window).
  func raw(of element: XMLElement) -> [UInt8] {
    let from = max(0, Int(element.offset - stream.base))
    let to = min(stream.end, max(from, Int(element.endOffset - stream.base)))
    return stream.slice(from, to)
  }
}
