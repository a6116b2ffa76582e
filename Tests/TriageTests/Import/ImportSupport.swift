import Foundation
import Testing

@testable import Triage

/// Test files of the project (fixtures written from each format's documentation).
enum Fixture {
  static let root: String = {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/import").path
  }()

  static func path(_ name: String) -> String { root + "/" + name }

  static func bytes(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: path(name))))
  }
}

/// Imports paths into a fresh inbox and returns the per-file reports and the inbox.
func importInto(
  _ paths: [String], store: InboxStore? = nil, options: ImportRunner.Options = .init()
) throws -> (summary: ImportSummary, store: InboxStore) {
  let inbox = try store ?? makeStore()
  let summary = try ImportRunner(store: inbox, user: "tester", options: options).run(paths)
  return (summary, inbox)
}

/// Imports one file and returns its single report.
func importOne(_ path: String, options: ImportRunner.Options = .init()) throws -> (
  report: FileReport, store: InboxStore
) {
  let (summary, store) = try importInto([path], options: options)
  #expect(summary.files.count == 1, "expected one report for \(path)")
  return (summary.files[0], store)
}

/// Writes bytes to a new file in a private folder and returns its path.
func writeTemporary(_ name: String, _ bytes: [UInt8]) throws -> String {
  let path = TestRoot.newFolder() + "/" + name
  try Data(bytes).write(to: URL(fileURLWithPath: path))
  return path
}

func writeTemporary(_ name: String, _ text: String) throws -> String {
  try writeTemporary(name, Array(text.utf8))
}

/// Every message in the inbox, inbound and own.
func allMessages(_ store: InboxStore) throws -> [Message] {
  try store.page(MessageQuery(kind: nil, limit: 10_000)).messages
}

/// Collects what a reader emits, for reader-level tests.
final class CollectingSink: RecordSink {
  var messages: [Message] = []
  var skipped: [String: Int] = [:]
  var bad: [BadRecord] = []

  func message(_ message: consuming Message) { messages.append(message) }
  func skip(_ reason: String) { skipped[reason, default: 0] += 1 }
  func bad(_ record: BadRecord) { bad.append(record) }
}

/// Runs one format's reader over bytes in memory.
func read(_ format: any ImportFormat, _ bytes: [UInt8], name: String = "input") throws
  -> CollectingSink
{
  let sink = CollectingSink()
  let stream = ByteStream(MemoryByteSource(bytes), chunkSize: 64)
  try format.read(ImportInput(stream: stream, path: name, fileName: name), into: sink)
  return sink
}
