import Foundation

/// The byte-level JSON grammar (RFC 8259) filling a `JSONDocument`'s tape.
struct JSONParser {
  let buffer: UnsafeBufferPointer<UInt8>
  var position = 0

  init(buffer: UnsafeBufferPointer<UInt8>) { self.buffer = buffer }

  mutating func parseDocument(into nodes: inout [JSONDocument.Node]) throws(JSONError) {
    skipWhitespace()
    try parseValue(into: &nodes, depth: 0)
    skipWhitespace()
    if position < buffer.count {
      throw JSONError(offset: position, reason: "unexpected bytes after the value")
    }
  }

  @inline(__always)
  mutating func skipWhitespace() {
    while position < buffer.count {
      switch buffer[position] {
      case 0x20, 0x0A, 0x0D, 0x09: position += 1
      default: return
      }
    }
  }

  /// After a member or an element: true past a comma (another follows), false past the
  /// container's closing bracket.
  @inline(__always)
  mutating func continues(closing: UInt8, _ reason: String) throws(JSONError) -> Bool {
    skipWhitespace()
    guard position < buffer.count else {
      throw JSONError(offset: position, reason: "the record is cut short")
    }
    let byte = buffer[position]
    position += 1
    if byte == UInt8(ascii: ",") { return true }
    guard byte == closing else { throw JSONError(offset: position - 1, reason: reason) }
    return false
  }

  mutating func parseValue(into nodes: inout [JSONDocument.Node], depth: Int) throws(JSONError) {
    guard depth < 512 else { throw JSONError(offset: position, reason: "nesting too deep") }
    guard position < buffer.count else {
      throw JSONError(offset: position, reason: "the record ends before its value")
    }
    let byte = buffer[position]
    switch byte {
    case UInt8(ascii: "{"):
      let me = nodes.count
      nodes.append(.init(kind: .object, flag: false, start: Int32(position), end: 0, next: 0))
      position += 1
      skipWhitespace()
      if position < buffer.count, buffer[position] == UInt8(ascii: "}") {
        position += 1
      } else {
        while true {
          skipWhitespace()
          guard position < buffer.count, buffer[position] == UInt8(ascii: "\"") else {
            throw JSONError(
              offset: position,
              reason: position < buffer.count ? "expected a member name" : "the record is cut short"
            )
          }
          try parseString(into: &nodes)
          skipWhitespace()
          guard position < buffer.count, buffer[position] == UInt8(ascii: ":") else {
            throw JSONError(offset: position, reason: "expected ':' after a member name")
          }
          position += 1
          skipWhitespace()
          try parseValue(into: &nodes, depth: depth + 1)
          guard try continues(closing: UInt8(ascii: "}"), "expected ',' or '}' in an object")
          else { break }
        }
      }
      nodes[me].end = Int32(position)
      nodes[me].next = Int32(nodes.count)
    case UInt8(ascii: "["):
      let me = nodes.count
      nodes.append(.init(kind: .array, flag: false, start: Int32(position), end: 0, next: 0))
      position += 1
      skipWhitespace()
      if position < buffer.count, buffer[position] == UInt8(ascii: "]") {
        position += 1
      } else {
        while true {
          skipWhitespace()
          try parseValue(into: &nodes, depth: depth + 1)
          guard try continues(closing: UInt8(ascii: "]"), "expected ',' or ']' in an array")
          else { break }
        }
      }
      nodes[me].end = Int32(position)
      nodes[me].next = Int32(nodes.count)
    case UInt8(ascii: "\""):
      try parseString(into: &nodes)
    case UInt8(ascii: "t"):
      try literal("true")
      nodes.append(
        .init(
          kind: .bool, flag: true, start: Int32(position - 4), end: Int32(position),
          next: Int32(nodes.count + 1)))
    case UInt8(ascii: "f"):
      try literal("false")
      nodes.append(
        .init(
          kind: .bool, flag: false, start: Int32(position - 5), end: Int32(position),
          next: Int32(nodes.count + 1)))
    case UInt8(ascii: "n"):
      try literal("null")
      nodes.append(
        .init(
          kind: .null, flag: false, start: Int32(position - 4), end: Int32(position),
          next: Int32(nodes.count + 1)))
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      let start = position
      position += 1
      while position < buffer.count {
        switch buffer[position] {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"),
          UInt8(ascii: "E"), UInt8(ascii: "+"), UInt8(ascii: "-"):
          position += 1
          continue
        default: break
        }
        break
      }
      nodes.append(
        .init(
          kind: .number, flag: false, start: Int32(start), end: Int32(position),
          next: Int32(nodes.count + 1)))
    default:
      throw JSONError(offset: position, reason: "unexpected character in a value")
    }
  }

  mutating func literal(_ word: StaticString) throws(JSONError) {
    let count = word.utf8CodeUnitCount
    guard position + count <= buffer.count,
      memcmp(buffer.baseAddress! + position, word.utf8Start, count) == 0
    else { throw JSONError(offset: position, reason: "unknown literal") }
    position += count
  }

  /// Scans a string starting at its opening quote; records whether it holds escapes.
  mutating func parseString(into nodes: inout [JSONDocument.Node]) throws(JSONError) {
    position += 1
    let start = position
    var escaped = false
    let count = buffer.count
    while true {
      skipPlainStringBytes()
      guard position < count else { break }
      let byte = buffer[position]
      if byte == UInt8(ascii: "\"") {
        nodes.append(
          .init(
            kind: .string, flag: escaped, start: Int32(start), end: Int32(position),
            next: Int32(nodes.count + 1)))
        position += 1
        return
      }
      if byte == UInt8(ascii: "\\") {
        escaped = true
        position += 2
        continue
      }
      if byte < 0x20 {
        throw JSONError(offset: position, reason: "a control character inside a string")
      }
      position += 1
    }
    throw JSONError(offset: start - 1, reason: "a string is not closed (the record is cut short)")
  }

  /// Moves past the bytes that need no attention inside a string (not a quote, a backslash
  /// or a control character), eight at a time: string bytes are most of a record, and one at
  /// a time they were a quarter of an X archive reader's instructions.
  @inline(__always)
  mutating func skipPlainStringBytes() {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    guard let address = buffer.baseAddress else { return }
    let base = UnsafeRawPointer(address)
    while position &+ 8 <= buffer.count {
      // Little-endian: the byte at `position` is the word's lowest.
      let word = UInt64(littleEndian: (base + position).loadUnaligned(as: UInt64.self))
      let quote = word ^ (ones &* 0x22)
      let backslash = word ^ (ones &* 0x5C)
      // A byte's high bit is set where it is zero (after the XOR), or below 0x20; a borrow
      // can also mark bytes above the first such byte, never below it.
      let special =
        ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash
          | (word &- ones &* 0x20) & ~word) & highs
      if special != 0 {
        position &+= special.trailingZeroBitCount >> 3
        return
      }
      position &+= 8
    }
  }
}

/// Decoding string bytes, with escapes, into Swift strings.
enum JSONStrings {
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ node: JSONDocument.Node) -> String {
    let slice = UnsafeBufferPointer(rebasing: bytes[Int(node.start)..<Int(node.end)])
    guard node.flag else { return String(decoding: slice, as: UTF8.self) }
    return unescape(slice)
  }

  static func unescape(_ slice: UnsafeBufferPointer<UInt8>) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(slice.count)
    var index = 0
    var pendingHigh: UInt32?
    func appendScalar(_ value: UInt32) {
      let scalar = Unicode.Scalar(value)?.value ?? 0xFFFD
      switch scalar {
      case 0..<0x80:
        out.append(UInt8(scalar))
      case 0x80..<0x800:
        out.append(UInt8(0xC0 | (scalar >> 6)))
        out.append(UInt8(0x80 | (scalar & 0x3F)))
      case 0x800..<0x10000:
        out.append(UInt8(0xE0 | (scalar >> 12)))
        out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (scalar & 0x3F)))
      default:
        out.append(UInt8(0xF0 | (scalar >> 18)))
        out.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
        out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (scalar & 0x3F)))
      }
    }
    while index < slice.count {
      let byte = slice[index]
      guard byte == UInt8(ascii: "\\"), index + 1 < slice.count else {
        if let high = pendingHigh {
          appendScalar(high)
          pendingHigh = nil
        }
        out.append(byte)
        index += 1
        continue
      }
      let code = slice[index + 1]
      index += 2
      if code == UInt8(ascii: "u"), index + 4 <= slice.count,
        let value = hex4(slice, index)
      {
        index += 4
        if (0xD800...0xDBFF).contains(value) {
          if pendingHigh != nil { appendScalar(0xFFFD) }
          pendingHigh = value
          continue
        }
        if (0xDC00...0xDFFF).contains(value) {
          if let high = pendingHigh {
            appendScalar(0x10000 + ((high - 0xD800) << 10) + (value - 0xDC00))
            pendingHigh = nil
          } else {
            appendScalar(0xFFFD)
          }
          continue
        }
        if pendingHigh != nil {
          appendScalar(0xFFFD)
          pendingHigh = nil
        }
        appendScalar(value)
        continue
      }
      if pendingHigh != nil {
        appendScalar(0xFFFD)
        pendingHigh = nil
      }
      switch code {
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      default: out.append(code)  // \" \\ \/ and anything lenient
      }
    }
    if pendingHigh != nil { appendScalar(0xFFFD) }
    return String(decoding: out, as: UTF8.self)
  }

  static func hex4(_ slice: UnsafeBufferPointer<UInt8>, _ at: Int) -> UInt32? {
    var value: UInt32 = 0
    for offset in 0..<4 {
      let byte = slice[at + offset]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: return nil
      }
      value = value << 4 | digit
    }
    return value
  }
}
