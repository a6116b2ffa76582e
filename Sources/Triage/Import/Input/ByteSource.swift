import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Something bytes can be pulled from, a chunk at a time: a file, or an entry of a zip archive.
public protocol ByteSource: AnyObject {
  /// Fills up to `buffer.count` bytes; returns 0 at the end.
  func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
  /// The total size when known (for progress and ETA).
  var size: Int64? { get }
  func close()
}

/// A file read with read(2): no mapping, no whole-file load.
public final class FileByteSource: ByteSource {
  private var descriptor: Int32
  public let size: Int64?
  public let path: String

  public init(path: String) throws {
    self.path = path
    descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw RoundsError(
        .notFound, "cannot open \(path): \(String(cString: strerror(errno)))",
        fix: "check the path and that you may read it")
    }
    var info = stat()
    size = fstat(descriptor, &info) == 0 ? Int64(info.st_size) : nil
  }

  deinit { close() }

  public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
    guard descriptor >= 0 else { return 0 }
    while true {
      let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
      if count >= 0 { return count }
      if errno == EINTR { continue }
      throw RoundsError(
        .failure, "cannot read \(path): \(String(cString: strerror(errno)))",
        fix: "check the disk and the file")
    }
  }

  public func close() {
    if descriptor >= 0 {
      _ = Glibc.close(descriptor)
      descriptor = -1
    }
  }
}

/// Bytes already in memory (tests, and small side files).
public final class MemoryByteSource: ByteSource {
  private let bytes: [UInt8]
  private var position = 0
  public var size: Int64? { Int64(bytes.count) }

  public init(_ bytes: [UInt8]) { self.bytes = bytes }
  public convenience init(_ text: String) { self.init(Array(text.utf8)) }

  public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
    let count = min(buffer.count, bytes.count - position)
    guard count > 0 else { return 0 }
    bytes.withUnsafeBytes { source in
      buffer.baseAddress!.copyMemory(
        from: source.baseAddress! + position, byteCount: count)
    }
    position += count
    return count
  }

  public func close() {}
}
