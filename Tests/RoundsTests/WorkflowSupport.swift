import Foundation
import GRDB
import Testing
import Triage

/// Puts messages into an inbox file the way an import would (this branch has no importer).
enum Seed {
  @discardableResult
  static func message(
    _ db: String, _ externalID: String, text: String = "Do you take new patients?",
    author: String = "Pat Q", kind: MessageKind = .inbound, parentID: String? = nil,
    createdAt: Date = Date(timeIntervalSince1970: 1_700_000_000), platform: Platform = .x
  ) throws -> Int64 {
    let store = try InboxStore.open(at: db)
    return try store.insertIfAbsent(
      Message(
        platform: platform, kind: kind, externalID: externalID, parentID: parentID,
        authorHandle: author.lowercased().replacingOccurrences(of: " ", with: "_"),
        authorName: author, text: text, createdAt: createdAt,
        permalink: "https://x.com/\(externalID)", raw: "{}")
    ).id
  }

  /// Runs SQL on the inbox as someone holding the file would (to tamper with it).
  static func sql(_ db: String, _ statements: String) throws {
    let queue = try DatabaseQueue(path: db)
    try queue.write { try $0.execute(sql: statements) }
  }
}

extension BuiltBinary {
  /// Whether this build has a reply checker wired in: approving needs one. Decided once by
  /// asking the binary to check an empty inbox's past replies.
  static let hasReplyChecker: Bool = {
    guard let scratch = try? Scratch() else { return false }
    let db = scratch.path + "/probe/inbox.sqlite"
    guard (try? scratch.run(["init", "--db", db]))?.status == 0 else { return false }
    return (try? scratch.run(["audit-replies", "--db", db]))?.status == 0
  }()
}

extension Trait where Self == ConditionTrait {
  /// Skips tests that approve replies when the binary has no reply checker yet.
  static var needsReplyChecker: Self {
    .enabled(
      if: BuiltBinary.hasReplyChecker,
      "this build of rounds has no reply checker wired in, so nothing can be approved yet")
  }
}

extension BuiltBinary.Result {
  /// The JSON on stdout.
  func json() throws -> Any {
    try JSONSerialization.jsonObject(with: Data(stdout.utf8))
  }
}
