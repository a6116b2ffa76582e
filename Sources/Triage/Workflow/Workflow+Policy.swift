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
    return try store.pool.write { db in
      let last = try String.fetchOne(
        db.cachedStatement(
          sql: """
            SELECT json_extract(detail, '$.sha256') FROM audit
            WHERE action = ? ORDER BY seq DESC LIMIT 1
            """),
        arguments: [AuditAction.policyChange.rawValue])
      // A first look at the built-in defaults is not a change worth an entry.
      if last == hash || (last == nil && contents == nil) { return false }
      try AuditLog.append(
        .policyChange, actor: user,
        detail: [
          "file": path.map(AuditValue.text) ?? .null, "sha256": .text(hash),
          "previous_sha256": last.map(AuditValue.text) ?? .null,
        ], at: clock(), in: db)
      return true
    }
  }
}
