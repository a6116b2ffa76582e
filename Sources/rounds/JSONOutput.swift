import Foundation

/// JSON on stdout: sorted keys, dates in ISO 8601 UTC, slashes left alone.
enum JSONOutput {
  static func encoder(pretty: Bool = true) -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      pretty
      ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      : [.sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return encoder
  }

  static func print<Value: Encodable>(_ value: Value, pretty: Bool = true) throws {
    var data = try encoder(pretty: pretty).encode(value)
    // Foundation pretty-prints an empty array on three lines; `[]` is what everyone expects.
    if data.elementsEqual("[\n\n]".utf8) { data = Data("[]".utf8) }
    FileHandle.standardOutput.write(data)
    FileHandle.standardOutput.write(Data("\n".utf8))
  }
}
