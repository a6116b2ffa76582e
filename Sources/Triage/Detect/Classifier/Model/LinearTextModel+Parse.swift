extension LinearTextModel {
  /// Parses the weights file: `outputs a b c`, `bias x y z`, then `feature<TAB>x y z` lines.
  /// Every command that analyses text loads the built-in model first, so this reads bytes
  /// rather than splitting Strings: some 30,000 lines cost milliseconds, not a tenth of a
  /// second at each start.
  public static func parse(_ text: String) throws -> LinearTextModel {
    var text = text
    return try text.withUTF8 { try parse(bytes: $0) }
  }

  private static func parse(bytes: UnsafeBufferPointer<UInt8>) throws -> LinearTextModel {
    var outputs: [String] = []
    var bias: [Float] = []
    var names: [String] = []
    var weights: [Float] = []
    var lineStart = 0
    var number = 0
    while lineStart < bytes.count {
      number += 1
      var lineEnd = lineStart
      while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
      defer { lineStart = lineEnd + 1 }
      let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
      guard let first = line.first, first != UInt8(ascii: "#") else { continue }
      if line.starts(with: "outputs ".utf8) {
        outputs = String(decoding: line.dropFirst(8), as: UTF8.self)
          .split(separator: " ").map(String.init)
      } else if line.starts(with: "bias ".utf8) {
        guard let values = floats(in: line, from: 5) else { throw malformed(number) }
        bias = values
      } else {
        // The weights go straight into the table (no array per line).
        guard let tab = line.firstIndex(of: UInt8(ascii: "\t")),
          let count = appendFloats(in: line, from: tab + 1, to: &weights),
          !outputs.isEmpty, count == outputs.count
        else { throw malformed(number) }
        names.append(String(decoding: line[..<tab], as: UTF8.self))
      }
    }
    guard !outputs.isEmpty, bias.count == outputs.count else {
      throw RoundsError(.failure, "the triage model weights have no outputs or bias line")
    }
    return LinearTextModel(outputs: outputs, bias: bias, names: names, weights: weights)
  }

  private static func malformed(_ line: Int) -> RoundsError {
    RoundsError(.failure, "the triage model weights are malformed at line \(line)")
  }

  /// The space-separated numbers from `start` to the end of the line; nil if one is not a
  /// number.
  private static func floats(in line: UnsafeBufferPointer<UInt8>, from start: Int) -> [Float]? {
    var values: [Float] = []
    return appendFloats(in: line, from: start, to: &values).map { _ in values }
  }

  /// Appends the numbers of `floats(in:from:)` to `values`; how many, nil if one is not a
  /// number.
  private static func appendFloats(
    in line: UnsafeBufferPointer<UInt8>, from start: Int, to values: inout [Float]
  ) -> Int? {
    let before = values.count
    var index = start
    while index < line.count {
      if line[index] == UInt8(ascii: " ") {
        index += 1
        continue
      }
      var end = index
      while end < line.count, line[end] != UInt8(ascii: " ") { end += 1 }
      guard let value = float(UnsafeBufferPointer(rebasing: line[index..<end])) else {
        return nil
      }
      values.append(value)
      index = end
    }
    return values.count - before
  }

  /// `-12.345`-style decimals directly (all the trainer writes); anything else through
  /// `Float.init`, which also reads exponents.
  private static func float(_ word: UnsafeBufferPointer<UInt8>) -> Float? {
    var index = 0
    let negative = word.first == UInt8(ascii: "-")
    if negative { index = 1 }
    var whole: Int64 = 0
    var fraction: Int64 = 0
    var scale: Int64 = 1
    var digits = 0
    var inFraction = false
    while index < word.count {
      let byte = word[index]
      if byte == UInt8(ascii: "."), !inFraction {
        inFraction = true
      } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 15 {
        digits += 1
        if inFraction {
          fraction = fraction * 10 + Int64(byte - UInt8(ascii: "0"))
          scale *= 10
        } else {
          whole = whole * 10 + Int64(byte - UInt8(ascii: "0"))
        }
      } else {
        return Float(String(decoding: word, as: UTF8.self))
      }
      index += 1
    }
    guard digits > 0 else { return nil }
    let magnitude = Double(whole) + Double(fraction) / Double(scale)
    return Float(negative ? -magnitude : magnitude)
  }
}
