import Foundation

/// Reading and verifying the audit log, as a member of staff.
extension Workflow {
  /// Entries in log order, oldest first.
  public func auditEntries(_ filter: AuditLog.Filter = AuditLog.Filter()) throws -> [AuditEntry] {
    try store.pool.read { db in
      _ = try authorize(.viewAudit, in: db)
      return try AuditLog.entries(filter, in: db)
    }
  }

  /// Recomputes the hash chain. `anchor`: a head hash noted earlier, which must still be in
  /// the log (proof the log was not rewritten from the start).
  public func verifyAudit(anchor: String? = nil) throws -> AuditVerification {
    try store.pool.read { db in
      _ = try authorize(.verifyAudit, in: db)
      return try AuditVerifier.verify(anchor: anchor, in: db)
    }
  }
}
