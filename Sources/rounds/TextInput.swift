import Foundation
import Triage

/// Where `scan` and `redact` read from: a file, or standard input when none is given.
enum TextInput {
  static func open(_ path: String?) throws -> FileHandle {
    guard let path, path != "-" else { return FileHandle.standardInput }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      let exists = FileManager.default.fileExists(atPath: path)
      throw RoundsError(
        exists ? .permission : .notFound, "cannot read \(path)",
        fix: exists ? "check its permissions" : "check the path")
    }
    return handle
  }

  /// The whole input as text; invalid UTF-8 is an error naming the byte offset.
  static func readText(_ path: String?) throws -> String {
    let handle = try open(path)
    let data = try handle.readToEnd() ?? Data()
    guard let text = String(validating: data, as: UTF8.self) else {
      let offset = UTF8Check.firstInvalidByte(Array(data))
      throw RoundsError(
        .failure, "\(path ?? "standard input") is not valid UTF-8 (byte \(offset + 1))",
        fix: "convert it first, e.g. `iconv -f latin1 -t utf-8`")
    }
    return text
  }
}

/// Buffered standard output for line-per-record commands.
struct LineOutput {
  private var buffer: [UInt8] = []

  mutating func write(_ line: [UInt8]) {
    buffer.append(contentsOf: line)
    buffer.append(0x0A)
    if buffer.count >= 1 << 16 { flush() }
  }

  mutating func flush() {
    guard !buffer.isEmpty else { return }
    buffer.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let written = Foundation.write(STDOUT_FILENO, raw.baseAddress! + offset, raw.count - offset)
        if written <= 0 { break }
        offset += written
      }
    }
    buffer.removeAll(keepingCapacity: true)
  }
}
