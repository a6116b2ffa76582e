import Foundation
import GRDB
import Testing

@testable import Triage

@Suite struct PolicyAuditTests {
  @Test func everyNewPolicyFileIsLoggedOnce() throws {
    let desk = try Desk()
    let workflow = try desk.acting("cal")
    let first = Array("[practice]\nname = \"A\"\n".utf8)
    let second = Array("[practice]\nname = \"B\"\n".utf8)
    // The built-in defaults on a new inbox are not a change.
    #expect(try !workflow.notePolicy(path: nil, contents: nil))
    #expect(try workflow.notePolicy(path: "/p/rounds.toml", contents: first))
    #expect(try !workflow.notePolicy(path: "/p/rounds.toml", contents: first))
    #expect(try workflow.notePolicy(path: "/p/rounds.toml", contents: second))
    // Removing the file goes back to the defaults, and that is a change too.
    #expect(try workflow.notePolicy(path: nil, contents: nil))
    let entries = try AuditLog.entries(in: desk.store).filter { $0.action == .policyChange }
    #expect(entries.count == 3)
    #expect(entries.allSatisfy { $0.actor == "cal" })
    #expect(entries[1].detailJSON.contains(SHA256.hex(second)))
    #expect(entries[1].detailJSON.contains(SHA256.hex(first)))
    #expect(entries[2].detailJSON.contains("\"sha256\":\"none\""))
  }

  /// Every command checks the policy as it starts; while an import holds the write lock (most
  /// of its run), an unchanged policy must not wait for it: before, commands failed with
  /// "database is locked" after the busy timeout.
  @Test func anUnchangedPolicyIsCheckedWithoutTheWriteLock() throws {
    let desk = try Desk()
    let workflow = try desk.acting("cal")
    let file = Array("[practice]\nname = \"A\"\n".utf8)
    #expect(try workflow.notePolicy(path: "/p/rounds.toml", contents: file))
    let importer = try DatabaseQueue(path: desk.store.path)
    try importer.writeWithoutTransaction { db in
      try db.execute(sql: "BEGIN IMMEDIATE")
      defer { try? db.execute(sql: "ROLLBACK") }
      // Waiting for the lock would end in "database is locked" after the busy timeout.
      #expect(try !workflow.notePolicy(path: "/p/rounds.toml", contents: file))
    }
  }
}
