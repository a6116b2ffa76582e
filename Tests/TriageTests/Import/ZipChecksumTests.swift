import Foundation
import Testing
@preconcurrency import ZIPFoundation

@testable import Triage

/// The zip reader checks each entry's CRC-32 itself (with zlib's routine, or its own eight
/// bytes a step); a damaged entry is refused, never imported as if it were whole.
@Suite struct ZipChecksumTests {
  /// The textbook bit-by-bit CRC-32, to compare against.
  static func reference(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
  }

  static func checksum(_ pieces: [[UInt8]]) -> UInt32 {
    var checksum = ZipChecksum()
    for piece in pieces { piece.withUnsafeBytes { checksum.update($0) } }
    return checksum.value
  }

  static func ownChecksum(_ pieces: [[UInt8]]) -> UInt32 {
    var checksum = ZipChecksum()
    for piece in pieces { piece.withUnsafeBytes { checksum.updateEightAtATime($0) } }
    return checksum.value
  }

  /// ZIPFoundation links zlib, so its routine is there to be found; without it the import
  /// would still work, on the slower routine.
  @Test func zlibsRoutineIsFound() {
    #expect(ZipChecksum.zlibCRC32 != nil)
  }

  @Test func knownValues() {
    #expect(Self.checksum([]) == 0)
    #expect(Self.checksum([Array("123456789".utf8)]) == 0xCBF4_3926)
    #expect(
      Self.checksum([Array("The quick brown fox jumps over the lazy dog".utf8)]) == 0x414F_A339)
    #expect(Self.ownChecksum([Array("123456789".utf8)]) == 0xCBF4_3926)
  }

  @Test func matchesTheBitwiseCRCAtEveryLengthAndSplit() {
    var generator = SystemRandomNumberGenerator()
    for length in 0..<70 {
      let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
      let whole = Self.reference(bytes)
      #expect(Self.checksum([bytes]) == whole, "length \(length)")
      #expect(Self.ownChecksum([bytes]) == whole, "own routine, length \(length)")
      let cut = length / 3
      #expect(
        Self.checksum([Array(bytes[..<cut]), Array(bytes[cut...])]) == whole,
        "length \(length) cut at \(cut)")
      #expect(
        Self.ownChecksum([Array(bytes[..<cut]), Array(bytes[cut...])]) == whole,
        "own routine, length \(length) cut at \(cut)")
    }
  }

  @Test func aDamagedEntryIsRefused() throws {
    let folder = TestRoot.newFolder()
    let text = String(repeating: "{\"id\": \"1\", \"text\": \"hello\"}\n", count: 40)
    let file = folder + "/data.jsonl"
    try Data(text.utf8).write(to: URL(fileURLWithPath: file))
    let zipPath = folder + "/export.zip"
    let archive = try Archive(url: URL(fileURLWithPath: zipPath), accessMode: .create)
    try archive.addEntry(
      with: "data.jsonl", fileURL: URL(fileURLWithPath: file), compressionMethod: .none)
    // Stored, not deflated: flip one byte of the content and the zip still opens.
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: zipPath)))
    let hello = Array("hello".utf8)
    let at = try #require(
      (0..<(bytes.count - hello.count)).first { Array(bytes[$0..<($0 + hello.count)]) == hello })
    bytes[at] = UInt8(ascii: "j")
    try Data(bytes).write(to: URL(fileURLWithPath: zipPath))

    let source = try ZipArchive(path: zipPath).source(for: "data.jsonl")
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    let error = #expect(throws: RoundsError.self) {
      while try buffer.withUnsafeMutableBytes({ try source.read(into: $0) }) > 0 {}
    }
    #expect(error?.description.contains("CRC-32") == true)
    #expect(error?.description.contains(zipPath) == true)
  }
}
