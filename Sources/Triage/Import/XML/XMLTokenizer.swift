/// A forgiving, streaming XML tokenizer for export files. It never expands entities other than
/// the five predefined ones and character references (so no entity bombs), treats CDATA as
/// text, and keeps going after a mistake — real exports are not always well-formed — reporting
/// each mistake so the caller can record it.
final class XMLTokenizer {
  enum Token {
    case start(XMLTag)
    case end(name: String, offset: Int64)
    case text([UInt8])
    case problem(reason: String, offset: Int64, raw: [UInt8])
  }

  struct XMLTag {
    /// The qualified name as written, e.g. `wp:comment`.
    var name: String
    var attributes: [(name: String, value: String)]
    var selfClosing: Bool
    /// Absolute offsets of `<` and one past `>`.
    var offset: Int64
    var endOffset: Int64

    /// The name without its namespace prefix.
    var localName: Substring { XMLTokenizer.localName(name) }

    func attribute(_ local: String) -> String? {
      attributes.first { XMLTokenizer.localName($0.name) == local }?.value
    }
  }

  let stream: ByteStream
  /// Bytes before this absolute offset may be dropped from the window; nil: anything before
  /// the current token.
  var hold: Int64?
  /// Windows-1252 text instead of UTF-8 (the file's declaration said so).
  var latin1 = false

  init(_ stream: ByteStream) { self.stream = stream }

  /// The part after the last `:` (scanned as bytes: this runs for every element).
  static func localName(_ name: String) -> Substring {
    let utf8 = name.utf8
    guard let colon = utf8.lastIndex(of: UInt8(ascii: ":")) else { return Substring(name) }
    return Substring(utf8[utf8.index(after: colon)...])
  }

  func string(_ bytes: [UInt8]) -> String {
    latin1 ? Windows1252.decode(bytes) : String(decoding: bytes, as: UTF8.self)
  }

  private func setMark() {
    if let hold {
      stream.mark = max(0, min(stream.position, Int(hold - stream.base)))
    } else {
      stream.mark = stream.position
    }
  }

  /// The next token, or nil at the end of the file.
  func next() throws -> Token? {
    setMark()
    guard let byte = try stream.peek() else { return nil }
    if byte != UInt8(ascii: "<") { return .text(try readText()) }
    let start = stream.offset
    let head = try stream.head(9)
    if head.starts(with: Array("<![CDATA[".utf8)) {
      stream.position += 9
      guard let body = try readUntil(Array("]]>".utf8)) else {
        return .problem(
          reason: "a CDATA section is not closed (the file is cut short)", offset: start,
          raw: rawSince(start))
      }
      return .text(body)
    }
    if head.starts(with: Array("<!--".utf8)) {
      stream.position += 4
      if try readUntil(Array("-->".utf8)) == nil {
        return .problem(
          reason: "a comment is not closed (the file is cut short)", offset: start,
          raw: rawSince(start))
      }
      return try next()
    }
    if head.starts(with: Array("<?".utf8)) {
      stream.position += 2
      guard let body = try readUntil(Array("?>".utf8)) else {
        return .problem(reason: "a processing instruction is not closed", offset: start, raw: [])
      }
      let declaration = String(decoding: body, as: UTF8.self).lowercased()
      if declaration.hasPrefix("xml"),
        declaration.contains("iso-8859") || declaration.contains("windows-1252")
          || declaration.contains("latin")
      {
        latin1 = true
      }
      return try next()
    }
    if head.starts(with: Array("<!".utf8)) {
      // DOCTYPE, possibly with an internal subset in brackets: skipped, never expanded.
      var depth = 0
      while let byte = try stream.peek() {
        stream.position += 1
        if byte == UInt8(ascii: "[") { depth += 1 }
        if byte == UInt8(ascii: "]") { depth -= 1 }
        if byte == UInt8(ascii: ">") && depth <= 0 { break }
        if byte == 0x0A { stream.line += 1 }
      }
      return try next()
    }
    return try readTag(start: start)
  }

  private func rawSince(_ start: Int64) -> [UInt8] {
    let from = max(0, Int(start - stream.base))
    return from < stream.position ? stream.slice(from, stream.position) : []
  }

  /// Text up to the next `<`, entities decoded.
  private func readText() throws -> [UInt8] {
    var out: [UInt8] = []
    while true {
      if stream.position >= stream.end {
        guard try stream.refill() else { return out }
      }
      // Copy the run up to the next '<' or '&' in one go.
      let start = stream.position
      let end = stream.end
      var stop = start
      var newlines = 0
      stream.bytes.withUnsafeBufferPointer { bytes in
        while stop < end {
          let byte = bytes[stop]
          if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") { break }
          if byte == 0x0A { newlines += 1 }
          stop += 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<stop]))
      }
      stream.position = stop
      stream.line += newlines
      if stop < end {
        if stream.bytes[stop] == UInt8(ascii: "<") { return out }
        out.append(contentsOf: try readReference())
      }
    }
  }

  /// `&...;` at the current position: the predefined entities and character references are
  /// decoded, anything else is kept as written.
  private func readReference() throws -> [UInt8] {
    var raw: [UInt8] = [UInt8(ascii: "&")]
    stream.position += 1
    while let byte = try stream.peek(), raw.count < 12 {
      let isNameByte =
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte)
        || (0x61...0x7A).contains(byte) || byte == UInt8(ascii: "#")
      guard isNameByte || byte == UInt8(ascii: ";") else { break }
      raw.append(byte)
      stream.position += 1
      if byte == UInt8(ascii: ";") { break }
    }
    guard raw.last == UInt8(ascii: ";") else { return raw }
    let name = String(decoding: raw.dropFirst().dropLast(), as: UTF8.self)
    switch name {
    case "amp": return [UInt8(ascii: "&")]
    case "lt": return [UInt8(ascii: "<")]
    case "gt": return [UInt8(ascii: ">")]
    case "quot": return [UInt8(ascii: "\"")]
    case "apos": return [UInt8(ascii: "'")]
    default:
      if name.hasPrefix("#"),
        let (decoded, _) = HTMLEntities.reference(
          in: Array(String(decoding: raw, as: UTF8.self).unicodeScalars), at: 0)
      {
        return Array(decoded.utf8)
      }
      return raw
    }
  }

  /// Bytes up to (not including) `terminator`, consuming it; nil if the file ends first.
  private func readUntil(_ terminator: [UInt8]) throws -> [UInt8]? {
    // Searches the window for the terminator's first byte, then checks the rest; the window
    // is refilled (keeping the bytes from the mark) when the terminator may straddle its end.
    var out: [UInt8] = []
    let first = terminator[0]
    while true {
      while stream.end - stream.position < terminator.count {
        guard try stream.refill() else {
          stream.position = stream.end
          return nil
        }
      }
      let start = stream.position
      let end = stream.end
      var found: Int?
      var newlines = 0
      var scanned = start
      stream.bytes.withUnsafeBufferPointer { bytes in
        let last = end - terminator.count
        while scanned <= last {
          let byte = bytes[scanned]
          if byte == first {
            var match = true
            for offset in 1..<terminator.count where bytes[scanned + offset] != terminator[offset] {
              match = false
              break
            }
            if match {
              found = scanned
              break
            }
          }
          if byte == 0x0A { newlines += 1 }
          scanned += 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<scanned]))
      }
      stream.line += newlines
      if let found {
        stream.position = found + terminator.count
        return out
      }
      stream.position = scanned
    }
  }

  private func readTag(start: Int64) throws -> Token {
    stream.position += 1
    var closing = false
    if try stream.peek() == UInt8(ascii: "/") {
      closing = true
      stream.position += 1
    }
    let name = try readName()
    guard !name.isEmpty else {
      // A lone '<' in text: not markup.
      return .problem(
        reason: "a '<' that starts no tag", offset: start, raw: [UInt8(ascii: "<")])
    }
    var attributes: [(String, String)] = []
    var selfClosing = false
    var stray = false
    while true {
      try skipSpace()
      guard let byte = try stream.peek() else {
        return .problem(
          reason: "the tag <\(name)> is cut short at the end of the file", offset: start,
          raw: rawSince(start))
      }
      if byte == UInt8(ascii: ">") {
        stream.position += 1
        break
      }
      if byte == UInt8(ascii: "/") {
        stream.position += 1
        selfClosing = true
        continue
      }
      let attributeName = try readName()
      if attributeName.isEmpty {
        stray = true  // a byte that cannot be in a tag: reported once the tag ends
        stream.position += 1
        continue
      }
      try skipSpace()
      var value = ""
      if try stream.peek() == UInt8(ascii: "=") {
        stream.position += 1
        try skipSpace()
        if let quote = try stream.peek(), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'")
        {
          stream.position += 1
          var bytes: [UInt8] = []
          while let byte = try stream.peek(), byte != quote {
            if byte == UInt8(ascii: "&") {
              bytes.append(contentsOf: try readReference())
              continue
            }
            bytes.append(byte)
            stream.position += 1
          }
          stream.position += 1
          value = string(bytes)
        } else {
          value = try readName()
        }
      }
      attributes.append((attributeName, value))
    }
    if stray {
      return .problem(
        reason: "malformed XML: the tag <\(name)> holds characters no tag may hold", offset: start,
        raw: rawSince(start))
    }
    if closing { return .end(name: name, offset: start) }
    return .start(
      XMLTag(
        name: name, attributes: attributes, selfClosing: selfClosing, offset: start,
        endOffset: stream.offset))
  }

  private func skipSpace() throws {
    while let byte = try stream.peek(), byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    {
      if byte == 0x0A { stream.line += 1 }
      stream.position += 1
    }
  }

  private func readName() throws -> String {
    var bytes: [UInt8] = []
    while let byte = try stream.peek() {
      let isNameByte =
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte)
        || (0x61...0x7A).contains(byte) || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "_")
        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte >= 0x80
      guard isNameByte else { break }
      bytes.append(byte)
      stream.position += 1
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
