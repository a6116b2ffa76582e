import Foundation

/// One JSON value parsed from bytes into a flat "tape" of nodes: no dictionaries, no string
/// is built until a reader asks for it. Fast enough for 100,000+ records a second, which
/// Foundation's JSONSerialization is not.
public final class JSONDocument {
  public enum Kind: UInt8 {
    case null, bool, number, string, array, object
  }

  struct Node {
    var kind: Kind
    /// For strings: whether escapes must be decoded. For bools: the value.
    var flag: Bool
    /// Byte range: strings without their quotes; containers from bracket to bracket.
    var start: Int32
    var end: Int32
    /// Index of the node after this value's subtree.
    var next: Int32
  }

  public let bytes: [UInt8]
  var nodes: [Node] = []

  /// Parses `bytes` as one JSON value (surrounding whitespace allowed).
  public init(bytes: [UInt8]) throws(JSONError) {
    self.bytes = bytes
    nodes.reserveCapacity(bytes.count / 12 + 4)
    try bytes.withUnsafeBufferPointer { buffer throws(JSONError) in
      var parser = JSONParser(buffer: buffer)
      try parser.parseDocument(into: &nodes)
    }
  }

  /// A value already parsed where it lay (see `JSONStream`): its bytes and their tape.
  init(bytes: [UInt8], nodes: [Node]) {
    self.bytes = bytes
    self.nodes = nodes
  }

  public var root: JSONValue { JSONValue(document: self, index: 0) }
}

public struct JSONError: Error, CustomStringConvertible, Sendable {
  public var offset: Int
  public var reason: String
  public var description: String { "\(reason) at byte \(offset) of the record" }
}

/// A reference to one value in a `JSONDocument`.
public struct JSONValue {
  let document: JSONDocument
  let index: Int

  var node: JSONDocument.Node { document.nodes[index] }

  public var kind: JSONDocument.Kind { node.kind }
  public var isNull: Bool { node.kind == .null }

  /// The member `key` of an object; nil when absent or not an object.
  public subscript(key: String) -> JSONValue? {
    let node = self.node
    guard node.kind == .object else { return nil }
    var key = key
    return key.withUTF8 { wanted -> JSONValue? in
      var child = index + 1
      let stop = Int(node.next)
      let nodes = document.nodes
      return document.bytes.withUnsafeBufferPointer { bytes -> JSONValue? in
        while child < stop {
          let keyNode = nodes[child]
          let valueIndex = child + 1
          if !keyNode.flag, Int(keyNode.end - keyNode.start) == wanted.count,
            memcmp(bytes.baseAddress! + Int(keyNode.start), wanted.baseAddress!, wanted.count) == 0
          {
            return JSONValue(document: document, index: valueIndex)
          }
          if keyNode.flag,
            JSONStrings.decode(bytes, keyNode) == String(decoding: wanted, as: UTF8.self)
          {
            return JSONValue(document: document, index: valueIndex)
          }
          child = Int(nodes[valueIndex].next)
        }
        return nil
      }
    }
  }

  /// A path of member names, e.g. `value["includes", "users"]`.
  public subscript(first: String, rest: String...) -> JSONValue? {
    var value = self[first]
    for key in rest { value = value?[key] }
    return value
  }

  /// Elements of an array (empty for anything else).
  public var elements: [JSONValue] {
    let node = self.node
    guard node.kind == .array else { return [] }
    var result: [JSONValue] = []
    var child = index + 1
    while child < Int(node.next) {
      result.append(JSONValue(document: document, index: child))
      child = Int(document.nodes[child].next)
    }
    return result
  }

  /// Members of an object in document order.
  public var members: [(key: String, value: JSONValue)] {
    let node = self.node
    guard node.kind == .object else { return [] }
    var result: [(String, JSONValue)] = []
    var child = index + 1
    while child < Int(node.next) {
      let key = JSONValue(document: document, index: child).string ?? ""
      result.append((key, JSONValue(document: document, index: child + 1)))
      child = Int(document.nodes[child + 1].next)
    }
    return result
  }

  /// The string value; nil for anything else.
  public var string: String? {
    let node = self.node
    guard node.kind == .string else { return nil }
    return document.bytes.withUnsafeBufferPointer { JSONStrings.decode($0, node) }
  }

  /// A string, or a number written as text (ids arrive both ways).
  public var text: String? {
    let node = self.node
    switch node.kind {
    case .string: return string
    case .number: return rawText
    default: return nil
    }
  }

  /// The value's bytes as written (numbers exactly, so 64-bit ids never pass through a double).
  public var rawText: String {
    let node = self.node
    return String(decoding: document.bytes[Int(node.start)..<Int(node.end)], as: UTF8.self)
  }

  public var bool: Bool? {
    let node = self.node
    switch node.kind {
    case .bool: return node.flag
    case .string:
      switch string?.lowercased() {
      case "true": return true
      case "false": return false
      default: return nil
      }
    default: return nil
    }
  }

  /// A number (or a numeric string) as a double.
  public var double: Double? {
    switch node.kind {
    case .number: return Double(rawText)
    case .string: return string.flatMap { Double($0) }
    default: return nil
    }
  }

  public var int: Int? {
    switch node.kind {
    case .number, .string:
      guard let text = text else { return nil }
      return Int(text) ?? Double(text).map { Int($0) }
    default: return nil
    }
  }

  /// The value's source bytes, as a string (for nested raw records).
  public var source: String {
    let node = self.node
    var start = Int(node.start)
    var end = Int(node.end)
    if node.kind == .string {
      start -= 1
      end += 1
    }
    return String(decoding: document.bytes[start..<end], as: UTF8.self)
  }
}
