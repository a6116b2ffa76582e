import Foundation
@preconcurrency import ZIPFoundation

/// Builds zip archives for tests.
struct ZipWriter {
  let archive: Archive

  init(path: String) throws {
    archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
  }

  func add(_ file: String, as entry: String) throws {
    try archive.addEntry(
      with: entry, fileURL: URL(fileURLWithPath: file), compressionMethod: .deflate)
  }
}
