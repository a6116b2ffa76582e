/// Writes one JSON object, key by key, into bytes: the output side of `rounds scan --jsonl`
/// and `rounds redact --jsonl`. Callers add keys in the order they want them; later issues
/// add theirs (`triage`, `risks`) to the same object.
public struct JSONObjectWriter: Sendable {
  public private(set) var bytes: [UInt8] = [UInt8(ascii: "{")]
  private var empty = true

  public init() {}

  private mutating func key(_ name: String) {
    if !empty { bytes.append(contentsOf: ", ".utf8) }
    empty = false
    JSONObjectWriter.appendString(name, to: &bytes)
    bytes.append(contentsOf: ": ".utf8)
  }

  /// A value that is already JSON text (for example an `id` echoed from the input).
  public mutating func raw(_ name: String, _ json: [UInt8]) {
    key(name)
    bytes.append(contentsOf: json)
  }

  public mutating func string(_ name: String, _ value: String) {
    key(name)
    JSONObjectWriter.appendString(value, to: &bytes)
  }

  public mutating func optionalString(_ name: String, _ value: String?) {
    guard let value else { return null(name) }
    string(name, value)
  }

  public mutating func int(_ name: String, _ value: Int) {
    key(name)
    bytes.append(contentsOf: String(value).utf8)
  }

  public mutating func bool(_ name: String, _ value: Bool) {
    key(name)
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
  }

  /// A number between 0 and 1 with at most three decimals, e.g. `0.9`, `1.0`.
  public mutating func fraction(_ name: String, _ value: Double) {
    key(name)
    let clamped = min(max(value.isFinite ? value : 0, 0), 1)
    let thousandths = Int((clamped * 1000).rounded())
    var text = "\(thousandths / 1000)."
    let decimals = String(thousandths % 1000)
    var padded = String(repeating: "0", count: 3 - decimals.count) + decimals
    while padded.count > 1, padded.hasSuffix("0") { padded.removeLast() }
    text += padded
    bytes.append(contentsOf: text.utf8)
  }

  public mutating func null(_ name: String) {
    key(name)
    bytes.append(contentsOf: "null".utf8)
  }

  /// An array of objects, each written by `body`.
  public mutating func objects<Element>(
    _ name: String, _ elements: some Sequence<Element>,
    _ body: (inout JSONObjectWriter, Element) -> Void
  ) {
    key(name)
    bytes.append(UInt8(ascii: "["))
    var first = true
    for element in elements {
      if !first { bytes.append(contentsOf: ", ".utf8) }
      first = false
      var object = JSONObjectWriter()
      body(&object, element)
      bytes.append(contentsOf: object.finished())
    }
    bytes.append(UInt8(ascii: "]"))
  }

  /// A nested object written by `body`.
  public mutating func object(_ name: String, _ body: (inout JSONObjectWriter) -> Void) {
    key(name)
    var object = JSONObjectWriter()
    body(&object)
    bytes.append(contentsOf: object.finished())
  }

  /// The object's bytes, closed.
  public func finished() -> [UInt8] { bytes + [UInt8(ascii: "}")] }

  /// A JSON string: quotes, backslashes and control characters escaped; everything else,
  /// including non-ASCII, written as UTF-8.
  public static func appendString(_ value: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { bytes in
      // Copy runs that need no escaping in one go.
      var runStart = 0
      for index in 0..<bytes.count {
        let byte = bytes[index]
        guard byte == 0x22 || byte == 0x5C || byte < 0x20 || byte == 0x7F else { continue }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        appendEscape(byte, to: &out)
        runStart = index + 1
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
    out.append(UInt8(ascii: "\""))
  }

  private static func appendEscape(_ byte: UInt8, to out: inout [UInt8]) {
    switch byte {
    case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
    case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
    case 0x0A: out.append(contentsOf: "\\n".utf8)
    case 0x0D: out.append(contentsOf: "\\r".utf8)
    case 0x09: out.append(contentsOf: "\\t".utf8)
    default:
      let hex = String(byte, radix: 16)
      out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
    }
  }
}

extension JSONObjectWriter {
  /// The `phi` key of `rounds scan --jsonl`: start, end, category, text, confidence, rule,
  /// explanation for each finding.
  public mutating func findings(_ name: String, _ findings: [Finding]) {
    objects(name, findings) { object, finding in
      object.int("start", finding.start)
      object.int("end", finding.end)
      object.string("category", finding.category)
      object.string("text", finding.text)
      object.fraction("confidence", finding.confidence)
      object.string("rule", finding.rule)
      object.string("explanation", finding.explanation)
    }
  }

  /// The line for input that could not be read: `{"id": null, "line": N, "error": "..."}`.
  public static func errorLine(_ error: ScanLineError) -> [UInt8] {
    var object = JSONObjectWriter()
    object.null("id")
    object.int("line", error.line)
    object.string("error", error.reason)
    return object.finished()
  }
}
