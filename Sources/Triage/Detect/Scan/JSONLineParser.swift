/// A strict JSON (RFC 8259) reader for one line of scan input. It keeps the raw bytes of
/// `id` so the value is echoed exactly as given (`1.50`, `"a"`, `{"b": [1]}`), decodes the
/// strings it needs, and validates everything else without building it.
public enum JSONLineParser {
  static let maximumDepth = 256

  public static func parse(_ bytes: [UInt8], line: Int) -> Result<ScanRequest, ScanLineError> {
    var parser = Parser(bytes: bytes)
    do {
      return .success(try parser.request(line: line))
    } catch {
      return .failure(ScanLineError(line: line, reason: error.reason))
    }
  }

  struct Failure: Error {
    var reason: String
  }

  struct Parser {
    let bytes: [UInt8]
    var index = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func request(line: Int) throws(Failure) -> ScanRequest {
      // A byte-order mark some editors put at the start of a file.
      if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
      skipSpace()
      guard index < bytes.count else {
        throw Failure(reason: "empty line (expected a JSON object)")
      }
      guard bytes[index] == UInt8(ascii: "{") else {
        throw Failure(reason: "expected a JSON object at byte \(index + 1)")
      }
      index += 1
      var rawID: [UInt8]?
      var text: String?
      var kind: ScanRequest.Kind = .message
      var context: String?
      var attachments: [Attachment] = []
      skipSpace()
      if peek == UInt8(ascii: "}") {
        index += 1
      } else {
        while true {
          skipSpace()
          guard peek == UInt8(ascii: "\"") else {
            throw Failure(reason: "expected a key string at byte \(index + 1)")
          }
          let key = try string()
          skipSpace()
          try expect(UInt8(ascii: ":"))
          skipSpace()
          switch key {
          case "id":
            let start = index
            try skipValue(depth: 1)
            rawID = Array(bytes[start..<index])
          case "text":
            guard peek == UInt8(ascii: "\"") else {
              throw Failure(reason: "\"text\" must be a string")
            }
            text = try string()
          case "context":
            if peek == UInt8(ascii: "n") {
              try literal("null")
            } else {
              guard peek == UInt8(ascii: "\"") else {
                throw Failure(reason: "\"context\" must be a string or null")
              }
              context = try string()
            }
          case "kind":
            guard peek == UInt8(ascii: "\"") else {
              throw Failure(reason: "\"kind\" must be a string")
            }
            let value = try string()
            guard let parsed = ScanRequest.Kind(rawValue: value) else {
              throw Failure(reason: "\"kind\" must be \"message\" or \"reply\"")
            }
            kind = parsed
          case "attachments":
            attachments = try attachmentList()
          default:
            try skipValue(depth: 1)
          }
          skipSpace()
          if peek == UInt8(ascii: ",") {
            index += 1
            continue
          }
          try expect(UInt8(ascii: "}"))
          break
        }
      }
      skipSpace()
      guard index == bytes.count else {
        throw Failure(reason: "unexpected data after the object at byte \(index + 1)")
      }
      guard let text else { throw Failure(reason: "missing \"text\" (a string)") }
      return ScanRequest(
        line: line, rawID: rawID ?? Array("null".utf8), text: text, kind: kind, context: context,
        attachments: attachments)
    }

    var peek: UInt8 { index < bytes.count ? bytes[index] : 0 }

    mutating func skipSpace() {
      while index < bytes.count {
        let b = bytes[index]
        guard b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D else { return }
        index += 1
      }
    }

    mutating func expect(_ byte: UInt8) throws(Failure) {
      guard peek == byte, index < bytes.count else {
        let what = index < bytes.count ? "byte \(index + 1)" : "the end of the line"
        throw Failure(reason: "expected '\(Character(Unicode.Scalar(byte)))' at \(what)")
      }
      index += 1
    }

    mutating func literal(_ word: String) throws(Failure) {
      for byte in word.utf8 {
        guard peek == byte, index < bytes.count else {
          throw Failure(reason: "invalid literal at byte \(index + 1)")
        }
        index += 1
      }
    }

    /// `["a.jpg", {"name": "b.png", "kind": "image"}]`, or null.
    mutating func attachmentList() throws(Failure) -> [Attachment] {
      if peek == UInt8(ascii: "n") {
        try literal("null")
        return []
      }
      guard peek == UInt8(ascii: "[") else {
        throw Failure(reason: "\"attachments\" must be an array of strings")
      }
      index += 1
      var result: [Attachment] = []
      skipSpace()
      if peek == UInt8(ascii: "]") {
        index += 1
        return result
      }
      while true {
        skipSpace()
        guard peek == UInt8(ascii: "\"") else {
          throw Failure(reason: "\"attachments\" must be an array of strings")
        }
        result.append(Attachment(name: try string()))
        skipSpace()
        if peek == UInt8(ascii: ",") {
          index += 1
          continue
        }
        try expect(UInt8(ascii: "]"))
        return result
      }
    }

    mutating func skipValue(depth: Int) throws(Failure) {
      guard depth <= JSONLineParser.maximumDepth else {
        throw Failure(
          reason: "nesting deeper than \(JSONLineParser.maximumDepth) at byte \(index + 1)")
      }
      switch peek {
      case UInt8(ascii: "\""):
        _ = try string()
      case UInt8(ascii: "{"):
        index += 1
        skipSpace()
        if peek == UInt8(ascii: "}") {
          index += 1
          return
        }
        while true {
          skipSpace()
          guard peek == UInt8(ascii: "\"") else {
            throw Failure(reason: "expected a key string at byte \(index + 1)")
          }
          _ = try string()
          skipSpace()
          try expect(UInt8(ascii: ":"))
          skipSpace()
          try skipValue(depth: depth + 1)
          skipSpace()
          if peek == UInt8(ascii: ",") {
            index += 1
            continue
          }
          try expect(UInt8(ascii: "}"))
          return
        }
      case UInt8(ascii: "["):
        index += 1
        skipSpace()
        if peek == UInt8(ascii: "]") {
          index += 1
          return
        }
        while true {
          skipSpace()
          try skipValue(depth: depth + 1)
          skipSpace()
          if peek == UInt8(ascii: ",") {
            index += 1
            continue
          }
          try expect(UInt8(ascii: "]"))
          return
        }
      case UInt8(ascii: "t"): try literal("true")
      case UInt8(ascii: "f"): try literal("false")
      case UInt8(ascii: "n"): try literal("null")
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
      default:
        if index >= bytes.count { throw Failure(reason: "unexpected end of the line") }
        throw Failure(reason: "unexpected character at byte \(index + 1)")
      }
    }

    /// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    mutating func number() throws(Failure) {
      let start = index
      if peek == UInt8(ascii: "-") { index += 1 }
      if peek == UInt8(ascii: "0") {
        index += 1
      } else {
        guard digits() > 0 else { throw Failure(reason: "invalid number at byte \(start + 1)") }
      }
      if peek == UInt8(ascii: ".") {
        index += 1
        guard digits() > 0 else { throw Failure(reason: "invalid number at byte \(start + 1)") }
      }
      if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
        index += 1
        if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
        guard digits() > 0 else { throw Failure(reason: "invalid number at byte \(start + 1)") }
      }
    }

    mutating func digits() -> Int {
      let start = index
      while index < bytes.count, bytes[index] &- 48 < 10 { index += 1 }
      return index - start
    }

    /// A string, escapes decoded; raw control characters and invalid UTF-8 are errors.
    mutating func string() throws(Failure) -> String {
      let start = index
      index += 1  // opening quote
      var decoded: [UInt8] = []
      var runStart = index
      while true {
        guard index < bytes.count else {
          throw Failure(reason: "unterminated string starting at byte \(start + 1)")
        }
        let b = bytes[index]
        if b == UInt8(ascii: "\"") {
          let text: String?
          if decoded.isEmpty {
            text = String(validating: bytes[runStart..<index], as: UTF8.self)
          } else {
            decoded.append(contentsOf: bytes[runStart..<index])
            text = String(validating: decoded, as: UTF8.self)
          }
          guard let text else {
            throw Failure(reason: "invalid UTF-8 in the string at byte \(start + 1)")
          }
          index += 1
          return text
        }
        if b < 0x20 {
          throw Failure(reason: "control character in the string at byte \(index + 1)")
        }
        if b == UInt8(ascii: "\\") {
          decoded.append(contentsOf: bytes[runStart..<index])
          index += 1
          let escape = peek
          index += 1
          switch escape {
          case UInt8(ascii: "\""): decoded.append(0x22)
          case UInt8(ascii: "\\"): decoded.append(0x5C)
          case UInt8(ascii: "/"): decoded.append(0x2F)
          case UInt8(ascii: "b"): decoded.append(0x08)
          case UInt8(ascii: "f"): decoded.append(0x0C)
          case UInt8(ascii: "n"): decoded.append(0x0A)
          case UInt8(ascii: "r"): decoded.append(0x0D)
          case UInt8(ascii: "t"): decoded.append(0x09)
          case UInt8(ascii: "u"): decoded.append(contentsOf: String(try unicodeEscape()).utf8)
          default: throw Failure(reason: "invalid escape at byte \(index)")
          }
          runStart = index
          continue
        }
        index += 1
      }
    }

    /// \uXXXX, with surrogate pairs; a lone surrogate becomes U+FFFD.
    mutating func unicodeEscape() throws(Failure) -> Unicode.Scalar {
      let high = try hex4()
      if (0xD800...0xDBFF).contains(high) {
        if peek == UInt8(ascii: "\\"), index + 1 < bytes.count,
          bytes[index + 1] == UInt8(ascii: "u")
        {
          let mark = index
          index += 2
          let low = try hex4()
          if (0xDC00...0xDFFF).contains(low) {
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
          }
          index = mark
        }
        return "\u{FFFD}"
      }
      return Unicode.Scalar(high) ?? "\u{FFFD}"
    }

    mutating func hex4() throws(Failure) -> UInt32 {
      var value: UInt32 = 0
      for _ in 0..<4 {
        let b = peek
        let digit: UInt32
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - 48)
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - 87)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - 55)
        default: throw Failure(reason: "invalid \\u escape at byte \(index + 1)")
        }
        value = value << 4 | digit
        index += 1
      }
      return value
    }
  }
}
