import Foundation

/// Reads a file or standard input as lines of bytes, in chunks, without decoding: one call
/// per line, CR of CRLF removed, a last line without newline included.
public struct JSONLineReader {
  private let handle: FileHandle
  private var buffer: [UInt8] = []
  private var position = 0
  private var finished = false
  public private(set) var lineNumber = 0

  public init(handle: FileHandle) { self.handle = handle }

  public mutating func next() throws -> [UInt8]? {
    while true {
      if let newline = buffer[position...].firstIndex(of: 0x0A) {
        var line = Array(buffer[position..<newline])
        position = newline + 1
        if line.last == 0x0D { line.removeLast() }
        lineNumber += 1
        return line
      }
      if finished {
        guard position < buffer.count else { return nil }
        var line = Array(buffer[position...])
        position = buffer.count
        if line.last == 0x0D { line.removeLast() }
        lineNumber += 1
        return line
      }
      buffer.removeFirst(position)
      position = 0
      let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
      if chunk.isEmpty { finished = true } else { buffer.append(contentsOf: chunk) }
    }
  }
}
