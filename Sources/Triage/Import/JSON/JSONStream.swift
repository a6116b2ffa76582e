import Foundation

/// Finds where JSON values begin and end in a `ByteStream` without parsing them, so a huge
/// array (an X archive's `tweets.js` can be a gigabyte) is handed over one element at a time.
public struct JSONStream {
  /// One value found in the stream.
  public struct Element {
    /// The value's bytes exactly as written.
    public var bytes: [UInt8]
    /// Byte offset of its first byte in the file.
    public var offset: Int64
    /// Zero-based index in its array (or line number for JSON Lines).
    public var index: Int
    /// The member of the root object it came from (nil for a root array).
    public var key: String?
    /// The file ended inside this value.
    public var truncated: Bool
    /// The value, when it was parsed as it was found (the common case; see `nextValue`).
    var parsed: JSONDocument?
  }

  public enum Problem: Error {
    case notJSON(offset: Int64, found: UInt8?)
  }

  let stream: ByteStream

  public init(_ stream: ByteStream) { self.stream = stream }

  /// Skips to the first `=` (X archive files are JavaScript: `window.YTD.tweets.part0 = [`).
  public func skipAssignment() throws -> Bool {
    while let byte = try stream.peek() {
      stream.position += 1
      stream.mark = stream.position
      if byte == UInt8(ascii: "=") { return true }
      if byte == 0x0A { stream.line += 1 }
    }
    return false
  }

  /// Skips a UTF-8 byte order mark.
  public func skipByteOrderMark() throws {
    let head = try stream.head(3)
    if head.elementsEqual([0xEF, 0xBB, 0xBF]) { stream.position += 3 }
  }

  /// Calls `body` with each top-level piece: the elements of a root array, or each member of a
  /// root object — split into elements when the member is an array and `splitMembers` is on.
  /// Returns false when the file ended before the root was closed.
  @discardableResult
  public func forEachElement(
    splitMembers: Bool = true, _ body: (Element) throws -> Void
  ) throws -> Bool {
    try skipByteOrderMark()
    try stream.skipWhitespace()
    guard let first = try stream.peek() else { return true }
    switch first {
    case UInt8(ascii: "["):
      stream.position += 1
      return try forEachArrayElement(key: nil, body)
    case UInt8(ascii: "{"):
      stream.position += 1
      return try forEachMember(splitMembers: splitMembers, body)
    default:
      throw Problem.notJSON(offset: stream.offset, found: first)
    }
  }

  /// After the `[` of an array: each element, until the `]`.
  func forEachArrayElement(key: String?, _ body: (Element) throws -> Void) throws -> Bool {
    var index = 0
    while true {
      try stream.skipWhitespace()
      guard let byte = try stream.peek() else { return false }
      if byte == UInt8(ascii: "]") {
        stream.position += 1
        return true
      }
      if byte == UInt8(ascii: ",") {
        stream.position += 1
        continue
      }
      let element = try nextValue(index: index, key: key)
      try body(element)
      index += 1
      if element.truncated { return false }
    }
  }

  func forEachMember(splitMembers: Bool, _ body: (Element) throws -> Void) throws -> Bool {
    while true {
      try stream.skipWhitespace()
      guard let byte = try stream.peek() else { return false }
      if byte == UInt8(ascii: "}") {
        stream.position += 1
        return true
      }
      if byte == UInt8(ascii: ",") {
        stream.position += 1
        continue
      }
      let keyElement = try scanValue(index: 0, key: nil)
      if keyElement.truncated { return false }
      let key =
        (try? JSONDocument(bytes: keyElement.bytes))?.root.string
        ?? String(decoding: keyElement.bytes, as: UTF8.self)
      try stream.skipWhitespace()
      guard try stream.peek() == UInt8(ascii: ":") else {
        throw Problem.notJSON(offset: stream.offset, found: try stream.peek())
      }
      stream.position += 1
      try stream.skipWhitespace()
      if splitMembers, try stream.peek() == UInt8(ascii: "[") {
        stream.position += 1
        guard try forEachArrayElement(key: key, body) else { return false }
        continue
      }
      let value = try nextValue(index: 0, key: key)
      try body(value)
      if value.truncated { return false }
    }
  }

  /// Above this, a value still unfinished at the end of the window is found by scanning:
  /// parsing it again from its start after every refill would cost the square of its size.
  static let reparseLimit = 4 << 20

  /// The value at `position`, parsed where it lies in the window: one pass over its bytes
  /// instead of a scan for its end and then a parse. A value that does not parse (malformed,
  /// or running past the window) is found by `scanValue` instead, and parsed again by the
  /// caller, which reports what is wrong with it.
  func nextValue(index: Int, key: String?) throws -> Element {
    stream.mark = stream.position
    let offset = stream.offset
    while true {
      let start = stream.position
      let end = stream.end
      var nodes: [JSONDocument.Node] = []
      var failed = false
      let consumed: Int = stream.bytes.withUnsafeBufferPointer { all in
        var parser = JSONParser(buffer: UnsafeBufferPointer(rebasing: all[start..<end]))
        nodes.reserveCapacity((end - start) / 64 + 8)
        do {
          try parser.parseValue(into: &nodes, depth: 0)
        } catch {
          failed = true
        }
        return parser.position
      }
      if !failed, let first = nodes.first,
        first.kind == .object || first.kind == .array || first.kind == .string
          || start + consumed < end || stream.isExhausted
      {
        // A closing bracket or quote ends a value for sure; a number or literal only when
        // something follows it.
        stream.position = start + consumed
        let bytes = stream.slice(start, stream.position)
        return Element(
          bytes: bytes, offset: offset, index: index, key: key, truncated: false,
          parsed: JSONDocument(bytes: bytes, nodes: nodes))
      }
      // Stopped at the end of the window (within a literal's length of it): the value may go
      // on past it, so read more and parse it again. Stopped earlier: it is malformed.
      let cut = start + consumed >= end - 5
      if cut, !stream.isExhausted, end - start < Self.reparseLimit {
        stream.position = end
        let more = try stream.refill()
        stream.position = stream.mark
        if more { continue }
      }
      stream.position = stream.mark
      return try scanValue(index: index, key: key)
    }
  }

  /// Scans one value from `position`; the stream's mark holds its first byte.
  func scanValue(index: Int, key: String?) throws -> Element {
    stream.mark = stream.position
    let offset = stream.offset
    var depth = 0
    var inString = false
    var escaped = false
    var started = false
    var scalar = false
    var done = false
    while !done {
      if stream.position >= stream.end {
        guard try stream.refill() else { break }
      }
      let end = stream.end
      var position = stream.position
      var newlines = 0
      stream.bytes.withUnsafeBufferPointer { bytes in
        while position < end {
          let byte = bytes[position]
          if inString {
            if escaped {
              escaped = false
            } else if byte == UInt8(ascii: "\\") {
              escaped = true
            } else if byte == UInt8(ascii: "\"") {
              inString = false
              if depth == 0 {
                position += 1
                done = true
                return
              }
            } else if byte == 0x0A {
              newlines += 1
            }
            position += 1
            continue
          }
          if scalar {
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), 0x20, 0x0A, 0x0D, 0x09:
              done = true
              return
            default:
              position += 1
              continue
            }
          }
          switch byte {
          case UInt8(ascii: "\""):
            inString = true
          case UInt8(ascii: "{"), UInt8(ascii: "["):
            depth += 1
          case UInt8(ascii: "}"), UInt8(ascii: "]"):
            depth -= 1
            if depth <= 0 {
              position += 1
              done = true
              return
            }
          case 0x0A:
            newlines += 1
          case 0x20, 0x0D, 0x09:
            break
          default:
            if !started && depth == 0 { scalar = true }
          }
          started = true
          position += 1
        }
      }
      stream.position = position
      stream.line += newlines
    }
    let bytes = stream.slice(stream.mark, stream.position)
    return Element(
      bytes: bytes, offset: offset, index: index, key: key, truncated: !done && !scalar,
      parsed: nil)
  }

  /// JSON Lines: each non-blank line is one record. `index` is the 1-based line number.
  public func forEachLine(_ body: (Element) throws -> Void) throws {
    try skipByteOrderMark()
    var lineNumber = 0
    while true {
      if stream.position >= stream.end, !(try stream.refill()) { return }
      stream.mark = stream.position
      let offset = stream.offset
      var found = false
      while !found {
        let end = stream.end
        let start = stream.position
        let newline = stream.bytes.withUnsafeBufferPointer { bytes -> Int? in
          guard start < end else { return nil }
          let raw = UnsafeRawPointer(bytes.baseAddress! + start)
          guard let hit = memchr(raw, 0x0A, end - start) else { return nil }
          return start + (UnsafeRawPointer(hit) - raw)
        }
        if let newline {
          stream.position = newline
          found = true
        } else {
          stream.position = end
          if !(try stream.refill()) { break }
        }
      }
      lineNumber += 1
      var lineEnd = stream.position
      if lineEnd > stream.mark, stream.bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
      let bytes = stream.slice(stream.mark, lineEnd)
      if found { stream.position += 1 }
      let blank = bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
      if !blank {
        try body(
          Element(
            bytes: bytes, offset: offset, index: lineNumber, key: nil, truncated: false,
            parsed: nil))
      }
      if !found { return }
    }
  }
}
