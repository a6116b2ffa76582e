import Foundation
import Testing

@testable import Triage

@Suite struct SHA256Tests {
  /// The examples of FIPS 180-4 and its one-million-'a' test.
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    (
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
    ),
    (
      String(repeating: "a", count: 1_000_000),
      "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
    ),
  ])
  func matchesTheStandardsExamples(input: String, digest: String) {
    #expect(SHA256.hex(input) == digest)
  }

  /// Every length around the block and padding boundaries, against the system's sha256sum.
  @Test func agreesWithSha256sumAtEveryBoundary() throws {
    let tool = "/usr/bin/sha256sum"
    try #require(
      FileManager.default.isExecutableFile(atPath: tool), "sha256sum is not installed")
    for length in [1, 2, 54, 55, 56, 57, 62, 63, 64, 65, 111, 119, 120, 127, 128, 129, 1000] {
      let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
      let expected = try Self.sha256sum(bytes, tool: tool)
      #expect(SHA256.hex(bytes) == expected, "length \(length)")
    }
  }

  @Test func feedingInPiecesGivesTheSameDigest() {
    let bytes = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 13) }
    for split in [0, 1, 63, 64, 65, 128, 299] {
      var hasher = SHA256()
      hasher.update(bytes[..<split])
      hasher.update(bytes[split...])
      #expect(hasher.finalizeHex() == SHA256.hex(bytes), "split at \(split)")
    }
    var byteByByte = SHA256()
    for byte in bytes { byteByByte.update([byte]) }
    #expect(byteByByte.finalizeHex() == SHA256.hex(bytes))
  }

  @Test func hashesUTF8() {
    // "é" is two bytes in UTF-8: c3 a9.
    #expect(SHA256.hex("é") == SHA256.hex([0xC3, 0xA9]))
  }

  private static func sha256sum(_ bytes: [UInt8], tool: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data(bytes))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(String(decoding: data, as: UTF8.self).prefix(64))
  }
}
