/// A sliding window over a `ByteSource`. Readers scan `bytes[position..<end]`; everything
/// from `mark` on stays in the window (so a record's raw bytes can be sliced out once its end
/// is found), everything before `mark` may be dropped when the window is refilled. Memory is
/// the chunk size plus the longest record, never the file.
public final class ByteStream {
  public private(set) var bytes: [UInt8]
  /// Next byte to scan.
  public var position = 0
  /// One past the last valid byte.
  public private(set) var end = 0
  /// The first byte that must be kept.
  public var mark = 0
  /// Absolute offset in the source of `bytes[0]`.
  public private(set) var base: Int64 = 0
  public private(set) var isExhausted = false
  /// Newlines before `position` that scanners chose to count (for line positions).
  public var line = 1
  private let source: ByteSource
  private let chunk: Int

  public init(_ source: ByteSource, chunkSize: Int = 1 << 20) {
    self.source = source
    chunk = chunkSize
    bytes = [UInt8](repeating: 0, count: chunkSize)
  }

  public var size: Int64? { source.size }

  /// Absolute offset of `position` in the source.
  public var offset: Int64 { base + Int64(position) }

  /// Absolute offset of an index in the window.
  public func offset(of index: Int) -> Int64 { base + Int64(index) }

  /// Reads more bytes, keeping `mark..<end`. Returns false when the source has no more.
  /// Indexes held by callers shift by the returned amount's complement: use `mark`-relative
  /// arithmetic or re-read `position` after calling.
  @discardableResult
  public func refill() throws -> Bool {
    guard !isExhausted else { return false }
    let keep = max(0, min(mark, position))
    if keep > 0 {
      let live = end - keep
      if live > 0 {
        bytes.withUnsafeMutableBytes { raw in
          raw.baseAddress!.copyMemory(from: raw.baseAddress! + keep, byteCount: live)
        }
      }
      end = live
      position -= keep
      mark -= keep
      base += Int64(keep)
    }
    // Room for at least one byte, so a full window always reads more (whatever the chunk).
    if bytes.count - end < max(1, chunk / 2) {
      bytes.append(contentsOf: repeatElement(0, count: max(chunk, bytes.count)))
    }
    let count = try bytes.withUnsafeMutableBytes { raw in
      try source.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[end...]))
    }
    if count == 0 {
      isExhausted = true
      return false
    }
    end += count
    return true
  }

  /// The byte at `position`, reading more when needed; nil at the end.
  @inline(__always)
  public func peek() throws -> UInt8? {
    if position >= end {
      guard try refill() else { return nil }
    }
    return bytes[position]
  }

  /// Skips spaces, tabs and newlines (counting newlines).
  public func skipWhitespace() throws {
    while let byte = try peek() {
      switch byte {
      case 0x20, 0x09, 0x0D: position += 1
      case 0x0A:
        position += 1
        line += 1
      default: return
      }
    }
  }

  /// A copy of `bytes[from..<to]`.
  public func slice(_ from: Int, _ to: Int) -> [UInt8] {
    Array(bytes[from..<to])
  }

  /// Reads up to `count` bytes from the start (for format sniffing) without consuming them.
  public func head(_ count: Int) throws -> ArraySlice<UInt8> {
    while end - position < count, try refill() {}
    return bytes[position..<min(end, position + count)]
  }

  public func close() { source.close() }
}
