import Foundation
import Testing

@testable import Triage

/// A private folder removed when the test ends.
final class TemporaryDirectory {
  let path: String

  init() throws {
    let template = FileManager.default.temporaryDirectory.path + "/rounds-test-XXXXXX"
    var bytes = Array(template.utf8CString)
    guard let made = mkdtemp(&bytes) else { throw RoundsError(.failure, "mkdtemp failed") }
    path = String(cString: made)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  func file(_ name: String) -> String { path + "/" + name }
}

/// Folders that live until the test process exits (stores keep their files open).
enum TestRoot {
  static let path: String = {
    let root = FileManager.default.temporaryDirectory.path + "/rounds-tests-\(getpid())"
    mkdir(root, 0o700)
    atexit { try? FileManager.default.removeItem(atPath: TestRoot.path) }
    return root
  }()

  static func newFolder() -> String {
    let folder = path + "/" + UUID().uuidString
    mkdir(folder, 0o700)
    return folder
  }
}

/// A fresh inbox in its own private folder.
func makeStore() throws -> InboxStore {
  try InboxStore.create(at: TestRoot.newFolder() + "/inbox/inbox.sqlite")
}

/// A message with sensible defaults, for tests that care about one or two fields.
func sampleMessage(
  _ externalID: String, text: String = "Do you take new patients?", platform: Platform = .x,
  at seconds: TimeInterval = 1_700_000_000, status: Status = .new, urgency: Int = 0,
  author: String = "pat_q", kind: MessageKind = .inbound
) -> Message {
  Message(
    platform: platform, kind: kind, externalID: externalID, authorHandle: author,
    authorName: "Pat Q", text: text, createdAt: Date(timeIntervalSince1970: seconds),
    status: status, urgency: urgency, raw: "{\"id\": \"\(externalID)\"}")
}

/// The shared real-world corpus (`../shared/corpus` beside the project), when present.
enum Corpus {
  static let root: String = {
    let packageRoot = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus").path
  }()

  static var isAvailable: Bool { FileManager.default.fileExists(atPath: root) }

  /// The absolute path of a corpus file, e.g. `exports/twarc2/flat.jsonl`.
  static func path(_ relative: String) -> String { root + "/" + relative }

  static let skipMessage: Comment =
    "../shared/corpus is absent: the real-world corpus tests are skipped"
}

extension Trait where Self == ConditionTrait {
  /// Skips a test, with a clear message, when the shared corpus is not beside the project.
  static var needsCorpus: Self { .enabled(if: Corpus.isAvailable, Corpus.skipMessage) }
}
