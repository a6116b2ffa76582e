import Foundation

/// A Bluesky repository export ("Export my data": a CAR v1 file of DAG-CBOR blocks). The
/// repository's tree (MST) says which records exist and under which `collection/rkey`; posts
/// are `app.bsky.feed.post` records. Read in one pass: tree nodes and post blocks are kept
/// (small), every other block is dropped as it goes by.
struct BlueskyCARFormat: ImportFormat {
  let name = "bluesky-car"
  let summary = "Bluesky repository export (CAR v1, DAG-CBOR): own posts with reply references"

  /// A CAR v1 file starts with a varint length and a DAG-CBOR map `{roots, version}`.
  func sniff(_ probe: FormatProbe) -> Int {
    guard probe.head.count > 8, probe.head[1] == 0xA2 || probe.head[2] == 0xA2 else { return 0 }
    let start = probe.text.prefix(96)
    return start.contains("roots") && start.contains("version") ? 90 : 0
  }

  struct Block {
    var cid: [UInt8]
    var data: [UInt8]
    var offset: Int64
  }

  func read(_ input: ImportInput, into sink: RecordSink) throws {
    let stream = input.stream
    guard let headerLength = try varint(stream) else {
      throw RoundsError(.failure, "\(input.path) is empty", fix: "export the repository again")
    }
    guard let headerBytes = try take(stream, Int(headerLength)),
      let header = try? CBORDecoder.decode(headerBytes), header["version"]?.int == 1,
      let root = header["roots"]?.array.first?.link
    else {
      throw RoundsError(
        .failure, "\(input.path) is not a CAR v1 file (its header is unreadable)",
        fix: "use the file from Settings > Export my data")
    }
    var nodes: [[UInt8]: CBOR] = [:]  // MST nodes, walked from the commit afterwards
    var posts: [[UInt8]: Block] = [:]
    var commits: [[UInt8]: CBOR] = [:]
    var truncated = false
    while true {
      let offset = stream.offset
      guard let length = try varint(stream) else { break }
      guard let body = try take(stream, Int(length)), let (cid, cidLength) = Self.cid(body) else {
        try sink.bad(
          BadRecord(
            position: Position.byte(offset),
            reason: "the file ends inside a block (truncated download?)", raw: []))
        truncated = true
        break
      }
      let data = Array(body[cidLength...])
      // Raw blocks (images) and anything not DAG-CBOR are not records.
      guard cid.count > 2, cid[0] == 0x01, cid[1] == 0x71 else { continue }
      let value: CBOR
      do {
        value = try CBORDecoder.decode(data)
      } catch {
        try sink.bad(
          BadRecord(
            position: Position.byte(offset), reason: "unreadable DAG-CBOR: \(error)", raw: data))
        continue
      }
      if value["e"] != nil, value["l"] != nil {
        nodes[cid] = value
      } else if value["did"] != nil, value["data"]?.link != nil, value["sig"] != nil {
        commits[cid] = value
      } else if value["$type"]?.text == "app.bsky.feed.post" {
        posts[cid] = Block(cid: cid, data: data, offset: offset)
      }
    }
    guard let commit = commits[root] ?? (commits.count == 1 ? commits.values.first : nil),
      let tree = commit["data"]?.link
    else {
      throw RoundsError(
        .failure, "\(input.path) has no readable commit for its root",
        fix: truncated ? "the file is truncated; export it again" : "export the repository again")
    }
    let did = commit["did"]?.text ?? "unknown"
    // Only records reachable from the commit's tree exist; other blocks are history.
    var keys: [(key: String, cid: [UInt8])] = []
    var missingNodes = 0
    func walk(_ cid: [UInt8], depth: Int) {
      guard depth < 64, let node = nodes[cid] else {
        missingNodes += 1
        return
      }
      if let left = node["l"]?.link { walk(left, depth: depth + 1) }
      var previous: [UInt8] = []
      for entry in node["e"]?.array ?? [] {
        guard let suffix = entry["k"]?.bytes, let record = entry["v"]?.link else { continue }
        let key = Array(previous.prefix(Int(entry["p"]?.int ?? 0))) + suffix
        previous = key
        keys.append((String(decoding: key, as: UTF8.self), record))
        if let right = entry["t"]?.link { walk(right, depth: depth + 1) }
      }
    }
    walk(tree, depth: 0)
    if missingNodes > 0 {
      try sink.bad(
        BadRecord(
          position: "repository tree",
          reason:
            "\(missingNodes) tree nodes are missing from the file; their records cannot be found",
          raw: []))
    }
    var seenPosts = Set<[UInt8]>()
    for (key, cid) in keys {
      guard key.hasPrefix("app.bsky.feed.post/") else {
        try sink.skip("not_a_post")
        continue
      }
      guard let block = posts[cid] else {
        if !truncated {
          try sink.bad(
            BadRecord(
              position: "record \(key)", reason: "the post's block is missing from the file",
              raw: []))
        } else {
          try sink.bad(
            BadRecord(
              position: "record \(key)", reason: "the post's block was cut off with the file",
              raw: []))
        }
        continue
      }
      seenPosts.insert(cid)
      try emit(block, key: key, did: did, sink: sink)
    }
    // Post blocks the tree no longer points at are earlier versions of the repository.
    for _ in 0..<(posts.count - seenPosts.count) { try sink.skip("not_in_repository_tree") }
  }

  private func emit(_ block: Block, key: String, did: String, sink: RecordSink) throws {
    let rkey = String(key.dropFirst("app.bsky.feed.post/".count))
    let position = "byte \(block.offset) (\(key))"
    guard let post = try? CBORDecoder.decode(block.data), let created = post["createdAt"]?.text,
      let date = ImportDates.iso8601(created)
    else {
      try sink.bad(
        BadRecord(
          position: position, reason: "a post without a readable createdAt", raw: block.data))
      return
    }
    let uri = "at://\(did)/app.bsky.feed.post/\(rkey)"
    let text = Self.expandLinks(post["text"]?.text ?? "", facets: post["facets"]?.array ?? [])
    try sink.message(
      .own(
        .bluesky, id: uri, text: text, at: date, raw: Self.json(post), author: did,
        thread: post["reply"]?["root"]?["uri"]?.text,
        parent: post["reply"]?["parent"]?["uri"]?.text,
        permalink: "https://bsky.app/profile/\(did)/post/\(rkey)"))
  }

  /// Link facets carry the full URL of text the app shortened ("example.com/lo..."); their
  /// offsets count UTF-8 bytes, not characters.
  static func expandLinks(_ text: String, facets: [CBOR]) -> String {
    var bytes = Array(text.utf8)
    var links: [(Int, Int, String)] = []
    for facet in facets {
      guard let start = facet["index"]?["byteStart"]?.int, let end = facet["index"]?["byteEnd"]?.int
      else { continue }
      for feature in facet["features"]?.array ?? []
      where feature["$type"]?.text == "app.bsky.richtext.facet#link" {
        if let uri = feature["uri"]?.text { links.append((Int(start), Int(end), uri)) }
      }
    }
    for (start, end, uri) in links.sorted(by: { $0.0 > $1.0 })
    where 0 <= start && start < end && end <= bytes.count {
      let shown = String(decoding: bytes[start..<end], as: UTF8.self)
      if shown.hasSuffix("...") || shown.hasSuffix("…") || !uri.contains(shown) {
        bytes.replaceSubrange(start..<end, with: Array(uri.utf8))
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The record as JSON (the raw form people can read; links as `{"$link": CID-hex}`).
  static func json(_ value: CBOR) -> String {
    switch value {
    case .int(let number): return String(number)
    case .double(let number): return String(number)
    case .bool(let flag): return flag ? "true" : "false"
    case .null: return "null"
    case .text(let text): return jsonString(text)
    case .bytes(let bytes): return "{\"$bytes\":\"\(Data(bytes).base64EncodedString())\"}"
    case .link(let cid): return "{\"$link\":\"\(hex(cid))\"}"
    case .array(let items): return "[" + items.map(json).joined(separator: ",") + "]"
    case .map(let members):
      return "{" + members.map { jsonString($0.0) + ":" + json($0.1) }.joined(separator: ",") + "}"
    }
  }

  static func jsonString(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          out += String(format: "\\u%04x", scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  static func hex(_ bytes: [UInt8]) -> String {
    bytes.map { String(format: "%02x", $0) }.joined()
  }

  /// The CID at the start of a block and its length in bytes.
  static func cid(_ bytes: [UInt8]) -> ([UInt8], Int)? {
    if bytes.count >= 34, bytes[0] == 0x12, bytes[1] == 0x20 { return (Array(bytes[0..<34]), 34) }
    var position = 0
    func varint() -> UInt64? {
      var value: UInt64 = 0
      var shift: UInt64 = 0
      while position < bytes.count, shift < 64 {
        let byte = bytes[position]
        position += 1
        value |= UInt64(byte & 0x7F) << shift
        if byte & 0x80 == 0 { return value }
        shift += 7
      }
      return nil
    }
    guard varint() == 1, varint() != nil, varint() != nil, let length = varint(),
      position + Int(length) <= bytes.count
    else { return nil }
    position += Int(length)
    return (Array(bytes[0..<position]), position)
  }

  private func varint(_ stream: ByteStream) throws -> UInt64? {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while let byte = try stream.peek() {
      stream.position += 1
      value |= UInt64(byte & 0x7F) << shift
      if byte & 0x80 == 0 { return value }
      shift += 7
      if shift > 63 { return nil }
    }
    return nil
  }

  private func take(_ stream: ByteStream, _ count: Int) throws -> [UInt8]? {
    stream.mark = stream.position
    while stream.end - stream.position < count {
      guard try stream.refill() else { return nil }
    }
    defer { stream.position += count }
    return stream.slice(stream.position, stream.position + count)
  }
}
