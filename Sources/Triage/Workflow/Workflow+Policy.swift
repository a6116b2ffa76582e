import Foundation
import GRDB

extension Workflow {
  /// Records the policy file in force when it is not the one the audit log saw last.
  /// A hand-edited file cannot log its own changes, so every command that acts on the inbox
  /// compares the file's SHA-256 with the last `policy.change` entry and appends a new entry,
  /// under the person who noticed it, when they differ (or when the file appeared or went).
  /// Returns whether an entry was written.
  @discardableResult
  public func notePolicy(path: String?, contents: [UInt8]?) throws -> Bool {
    let hash = contents.map { SHA256.hex($0) } ?? "none"
    // A first look at the built-in defaults is not a change worth an entry.
    func isRecorded(_ last: String?) -> Bool { last == hash || (last == nil && contents == nil) }
    // Looked up in a read first: every command runs this, and a write waits for the write
    // lock, which an import holds for most of its run (`rounds stats` waited for its commits).
    if isRecorded(try store.pool.read({ try lastPolicyHash(in: $0) })) { return false }
    return try store.pool.write { db in
      // Again under the write lock: another process may have recorded it meanwhile.
      let last = try lastPolicyHash(in: db)
      if isRecorded(last) { return false }
      try AuditLog.append(
        .policyChange, actor: user,
        detail: [
          "file": path.map(AuditValue.text) ?? .null, "sha256": .text(hash),
          "previous_sha256": last.map(AuditValue.text) ?? .null,
        ], at: clock(), in: db)
      return true
    }
  }

  /// The SHA-256 of the policy file the last `policy.change` entry recorded.
  private func lastPolicyHash(in db: Database) throws -> String? {
    try String.fetchOne(
      db.cachedStatement(
        sql: """
          SELECT json_extract(detail, '$.sha256') FROM audit
          WHERE action = ? ORDER BY seq DESC LIMIT 1
          """),
      arguments: [AuditAction.policyChange.rawValue])
  }
}
