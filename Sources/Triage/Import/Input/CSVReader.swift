/// RFC 4180 CSV, streamed: quoted fields with doubled quotes, newlines inside quotes, CRLF or
/// LF, a UTF-8 byte order mark. Each row comes with its line number and raw bytes.
struct CSVReader {
  struct Row {
    var fields: [String]
    /// 1-based line where the row starts.
    var line: Int
    var offset: Int64
    var raw: [UInt8]
    /// The file ended inside a quoted field.
    var unterminated: Bool
    /// Bytes that are not valid UTF-8 were found.
    var invalidUTF8: Bool
    /// A quote inside a quoted field was not doubled (text followed a closing quote).
    var strayQuote: Bool
  }

  let stream: ByteStream
  let separator: UInt8

  init(_ stream: ByteStream, separator: UInt8 = UInt8(ascii: ",")) {
    self.stream = stream
    self.separator = separator
  }

  func skipByteOrderMark() throws {
    if try stream.head(3).elementsEqual([0xEF, 0xBB, 0xBF]) { stream.position += 3 }
  }

  /// The next row, or nil at the end. Blank lines are skipped.
  func next() throws -> Row? {
    while true {
      stream.mark = stream.position
      guard try stream.peek() != nil else { return nil }
      let line = stream.line
      let offset = stream.offset
      var fields: [String] = []
      var field: [UInt8] = []
      var inQuotes = false
      var unterminated = false
      var invalid = false
      var stray = false
      var afterClosingQuote = false
      var rowDone = false
      func finishField() {
        if let text = String(validating: field, as: UTF8.self) {
          fields.append(text)
        } else {
          invalid = true
          fields.append(String(decoding: field, as: UTF8.self))
        }
        field.removeAll(keepingCapacity: true)
      }
      while !rowDone {
        guard let byte = try stream.peek() else {
          unterminated = inQuotes
          finishField()
          break
        }
        stream.position += 1
        if inQuotes {
          if byte == UInt8(ascii: "\"") {
            if try stream.peek() == UInt8(ascii: "\"") {
              field.append(byte)
              stream.position += 1
            } else {
              inQuotes = false
              afterClosingQuote = true
            }
          } else {
            if byte == 0x0A { stream.line += 1 }
            field.append(byte)
          }
          continue
        }
        if afterClosingQuote {
          afterClosingQuote = false
          if byte != separator && byte != 0x0A && byte != 0x0D { stray = true }
        }
        switch byte {
        case UInt8(ascii: "\""):
          inQuotes = true
        case separator:
          finishField()
        case 0x0A:
          stream.line += 1
          finishField()
          rowDone = true
        case 0x0D:
          if try stream.peek() == 0x0A { continue }
          finishField()
          rowDone = true
        default:
          field.append(byte)
        }
      }
      var raw = stream.slice(stream.mark, stream.position)
      while let last = raw.last, last == 0x0A || last == 0x0D { raw.removeLast() }
      if fields.count == 1 && fields[0].isEmpty && !unterminated { continue }
      return Row(
        fields: fields, line: line, offset: offset, raw: raw, unterminated: unterminated,
        invalidUTF8: invalid, strayQuote: stray)
    }
  }
}

/// Finds columns by header name, ignoring case, spaces and punctuation differences
/// ("Comment ID", "comment_id", "comment id" are one column).
struct CSVHeader {
  let names: [String]
  private let index: [String: Int]

  init(_ fields: [String]) {
    names = fields
    var index: [String: Int] = [:]
    for (position, name) in fields.enumerated() {
      let key = Self.normalize(name)
      if index[key] == nil { index[key] = position }
    }
    self.index = index
  }

  static func normalize(_ name: String) -> String {
    String(
      name.lowercased().unicodeScalars.filter {
        $0.properties.isAlphabetic || ("0"..."9").contains($0)
      }.map(Character.init))
  }

  func position(_ name: String) -> Int? { index[Self.normalize(name)] }

  func has(_ name: String) -> Bool { position(name) != nil }

  /// The field of `row` under the first of `names` present; nil when absent or empty.
  func value(_ row: [String], _ names: String...) -> String? {
    for name in names {
      if let position = position(name), position < row.count {
        let value = row[position]
        return value.isEmpty ? nil : value
      }
    }
    return nil
  }
}
