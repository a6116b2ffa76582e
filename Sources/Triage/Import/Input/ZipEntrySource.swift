import Foundation
@preconcurrency import ZIPFoundation

/// The entries of a zip archive, read without extracting anything to disk.
public final class ZipArchive {
  public let path: String
  private let archive: Archive

  public init(path: String) throws {
    self.path = path
    do {
      archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    } catch {
      throw RoundsError(
        .failure, "\(path) is not a readable zip archive (\(error))",
        fix: "check that the download finished; unzip -t \(path) tells which part is damaged")
    }
  }

  /// Paths of the regular files inside, in archive order.
  public var entryPaths: [String] {
    archive.compactMap { $0.type == .file ? $0.path : nil }
  }

  public func uncompressedSize(of path: String) -> Int64? {
    archive[path].map { Int64($0.uncompressedSize) }
  }

  /// A pull source over one entry. ZIPFoundation pushes chunks to a closure, so the inflating
  /// runs on its own thread and hands chunks over through a queue of at most four; memory stays
  /// at a few chunks whatever the entry's size.
  public func source(for path: String) throws -> ByteSource {
    guard let entry = archive[path] else {
      throw RoundsError(.notFound, "\(self.path) has no entry \(path)")
    }
    // A second Archive per entry: ZIPFoundation archives are not safe to share across threads.
    let reader = try Archive(url: URL(fileURLWithPath: self.path), accessMode: .read)
    return ZipEntrySource(archive: reader, entry: entry, label: "\(self.path):\(path)")
  }
}

/// Chunks of one zip entry, inflated on a background thread.
final class ZipEntrySource: ByteSource, @unchecked Sendable {
  let size: Int64?
  private let condition = NSCondition()
  private var chunks: [Data] = []
  private var current = Data()
  private var currentOffset = 0
  private var finished = false
  private var failure: Error?
  private var cancelled = false
  private let label: String

  init(archive: Archive, entry: Entry, label: String) {
    size = Int64(entry.uncompressedSize)
    self.label = label
    let work = UncheckedBox((archive, entry))
    let thread = Thread { [self] in
      let (archive, entry) = work.value
      do {
        // The checksum is ours (see ZipChecksum): ZIPFoundation's is skipped.
        var checksum = ZipChecksum()
        _ = try archive.extract(entry, bufferSize: 1 << 18, skipCRC32: true) { data in
          data.withUnsafeBytes { checksum.update($0) }
          condition.lock()
          while chunks.count >= 4 && !cancelled { condition.wait() }
          let stop = cancelled
          if !stop { chunks.append(data) }
          condition.broadcast()
          condition.unlock()
          if stop { throw CancellationError() }
        }
        if checksum.value != entry.checksum {
          throw ZipChecksumMismatch(expected: entry.checksum, found: checksum.value)
        }
      } catch is CancellationError {
      } catch {
        condition.lock()
        failure = error
        condition.unlock()
      }
      condition.lock()
      finished = true
      condition.broadcast()
      condition.unlock()
    }
    thread.stackSize = 1 << 20
    thread.start()
  }

  deinit { close() }

  func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
    if currentOffset >= current.count {
      condition.lock()
      while chunks.isEmpty && !finished { condition.wait() }
      if chunks.isEmpty {
        let error = failure
        condition.unlock()
        if let error {
          throw RoundsError(
            .failure, "cannot inflate \(label): \(error)",
            fix: "the archive is damaged or truncated; download it again")
        }
        return 0
      }
      current = chunks.removeFirst()
      currentOffset = 0
      condition.broadcast()
      condition.unlock()
    }
    let count = min(buffer.count, current.count - currentOffset)
    current.withUnsafeBytes { raw in
      buffer.baseAddress!.copyMemory(from: raw.baseAddress! + currentOffset, byteCount: count)
    }
    currentOffset += count
    return count
  }

  func close() {
    condition.lock()
    cancelled = true
    chunks.removeAll()
    condition.broadcast()
    condition.unlock()
  }
}

/// Hands a value to another thread when the caller guarantees only that thread uses it.
struct UncheckedBox<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}

/// An entry whose inflated bytes do not have the CRC-32 the archive recorded for them.
struct ZipChecksumMismatch: Error, CustomStringConvertible {
  let expected: UInt32
  let found: UInt32

  var description: String {
    "the CRC-32 of the inflated bytes is \(String(found, radix: 16)), "
      + "the archive recorded \(String(expected, radix: 16))"
  }
}
