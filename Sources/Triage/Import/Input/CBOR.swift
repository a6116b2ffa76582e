/// The DAG-CBOR subset that atproto repositories use: integers, byte and text strings,
/// arrays, maps with text keys, booleans, null, floats, and tag 42 (a CID link).
indirect enum CBOR: Equatable {
  case int(Int64)
  case bytes([UInt8])
  case text(String)
  case array([CBOR])
  case map([(String, CBOR)])
  case link([UInt8])
  case bool(Bool)
  case null
  case double(Double)

  static func == (lhs: CBOR, rhs: CBOR) -> Bool {
    switch (lhs, rhs) {
    case (.int(let a), .int(let b)): a == b
    case (.bytes(let a), .bytes(let b)): a == b
    case (.text(let a), .text(let b)): a == b
    case (.array(let a), .array(let b)): a == b
    case (.map(let a), .map(let b)): a.map(\.0) == b.map(\.0) && a.map(\.1) == b.map(\.1)
    case (.link(let a), .link(let b)): a == b
    case (.bool(let a), .bool(let b)): a == b
    case (.null, .null): true
    case (.double(let a), .double(let b)): a == b
    default: false
    }
  }

  subscript(key: String) -> CBOR? {
    guard case .map(let members) = self else { return nil }
    return members.first { $0.0 == key }?.1
  }

  var text: String? {
    if case .text(let value) = self { return value }
    return nil
  }

  var int: Int64? {
    if case .int(let value) = self { return value }
    return nil
  }

  var array: [CBOR] {
    if case .array(let value) = self { return value }
    return []
  }

  var link: [UInt8]? {
    if case .link(let value) = self { return value }
    return nil
  }

  var bytes: [UInt8]? {
    if case .bytes(let value) = self { return value }
    return nil
  }
}

struct CBORError: Error, CustomStringConvertible {
  var offset: Int
  var reason: String
  var description: String { "\(reason) at byte \(offset) of the block" }
}

/// Decodes one DAG-CBOR value from bytes.
struct CBORDecoder {
  let bytes: [UInt8]
  var position = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  static func decode(_ bytes: [UInt8]) throws(CBORError) -> CBOR {
    var decoder = CBORDecoder(bytes)
    return try decoder.value(depth: 0)
  }

  mutating func byte() throws(CBORError) -> UInt8 {
    guard position < bytes.count else { throw CBORError(offset: position, reason: "cut short") }
    defer { position += 1 }
    return bytes[position]
  }

  mutating func argument(_ info: UInt8) throws(CBORError) -> UInt64 {
    switch info {
    case 0..<24: return UInt64(info)
    case 24: return UInt64(try byte())
    case 25, 26, 27:
      let count = 1 << (info - 24)
      var value: UInt64 = 0
      for _ in 0..<count { value = value << 8 | UInt64(try byte()) }
      return value
    default: throw CBORError(offset: position, reason: "indefinite lengths are not DAG-CBOR")
    }
  }

  mutating func take(_ count: UInt64) throws(CBORError) -> [UInt8] {
    guard count <= UInt64(bytes.count - position) else {
      throw CBORError(offset: position, reason: "a string runs past the block")
    }
    defer { position += Int(count) }
    return Array(bytes[position..<position + Int(count)])
  }

  mutating func value(depth: Int) throws(CBORError) -> CBOR {
    guard depth < 128 else { throw CBORError(offset: position, reason: "nesting too deep") }
    let initial = try byte()
    let major = initial >> 5
    let info = initial & 0x1F
    switch major {
    case 0: return .int(Int64(clamping: try argument(info)))
    case 1: return .int(-1 - Int64(clamping: try argument(info)))
    case 2: return .bytes(try take(try argument(info)))
    case 3:
      let raw = try take(try argument(info))
      guard let text = String(validating: raw, as: UTF8.self) else {
        throw CBORError(offset: position, reason: "a text string that is not UTF-8")
      }
      return .text(text)
    case 4:
      let count = try argument(info)
      guard count <= UInt64(bytes.count) else {
        throw CBORError(offset: position, reason: "bad length")
      }
      var items: [CBOR] = []
      for _ in 0..<count { items.append(try value(depth: depth + 1)) }
      return .array(items)
    case 5:
      let count = try argument(info)
      guard count <= UInt64(bytes.count) else {
        throw CBORError(offset: position, reason: "bad length")
      }
      var members: [(String, CBOR)] = []
      for _ in 0..<count {
        guard case .text(let key) = try value(depth: depth + 1) else {
          throw CBORError(offset: position, reason: "a map key that is not text")
        }
        members.append((key, try value(depth: depth + 1)))
      }
      return .map(members)
    case 6:
      let tag = try argument(info)
      let content = try value(depth: depth + 1)
      guard tag == 42, case .bytes(let cid) = content, cid.first == 0 else {
        throw CBORError(offset: position, reason: "tag \(tag) is not allowed in DAG-CBOR")
      }
      return .link(Array(cid.dropFirst()))
    default:
      switch info {
      case 20: return .bool(false)
      case 21: return .bool(true)
      case 22: return .null
      case 27:
        let bits = try argument(27)
        return .double(Double(bitPattern: bits))
      case 25, 26:
        let bits = try argument(info)
        return .double(info == 26 ? Double(Float(bitPattern: UInt32(bits))) : 0)
      default: throw CBORError(offset: position, reason: "unknown simple value \(info)")
      }
    }
  }
}
