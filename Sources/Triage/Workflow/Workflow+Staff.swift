import Foundation
import GRDB

/// Staff changes: supervisors only, audited, and never leaving the inbox without a supervisor.
extension Workflow {
  /// Makes `user` the supervisor of an inbox that has no staff yet (what `rounds init` does).
  /// Returns false, changing nothing, when the inbox already has staff. One transaction, so
  /// two people initialising at once cannot both become its first supervisor.
  @discardableResult
  public static func bootstrap(
    store: InboxStore, user: String, displayName: String, at date: Date = Date()
  ) throws -> Bool {
    try store.pool.write { db in
      let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM staff") ?? 0
      guard count == 0 else { return false }
      try InboxStore.saveStaff(
        Staff(
          user: user, displayName: displayName, role: .supervisor, addedAt: date, addedBy: user),
        in: db)
      try AuditLog.append(
        .staffAdd, actor: user,
        detail: ["user": .text(user), "role": .text(Role.supervisor.rawValue), "first": true],
        at: date, in: db)
      return true
    }
  }

  /// Adds a member of staff or changes their role and name. Returns whether they were new.
  @discardableResult
  public func saveStaff(_ user: String, role: Role, displayName: String) throws -> Bool {
    try store.pool.write { db in
      let actor = try authorize(.manageStaff, in: db)
      let existing = try InboxStore.staffMember(user, in: db)
      if let existing, existing.role == .supervisor, role != .supervisor {
        try Self.keepOneSupervisor(besides: user, in: db)
      }
      let now = clock()
      let added = try InboxStore.saveStaff(
        Staff(user: user, displayName: displayName, role: role, addedAt: now, addedBy: actor.user),
        in: db)
      var detail: [String: AuditValue] = ["user": .text(user), "role": .text(role.rawValue)]
      if let existing {
        guard existing.role != role || existing.displayName != displayName else { return false }
        detail["previous_role"] = .text(existing.role.rawValue)
      }
      try AuditLog.append(
        added ? .staffAdd : .staffChange, actor: actor.user, detail: detail, at: now, in: db)
      return added
    }
  }

  /// Removes a member of staff; their drafts and reviews keep their name.
  public func removeStaff(_ user: String) throws {
    try store.pool.write { db in
      let actor = try authorize(.manageStaff, in: db)
      guard let existing = try InboxStore.staffMember(user, in: db) else {
        throw RoundsError(
          .notFound, "\(user) is not on the staff list", fix: "see `rounds staff list`")
      }
      if existing.role == .supervisor { try Self.keepOneSupervisor(besides: user, in: db) }
      try InboxStore.removeStaff(user, in: db)
      try AuditLog.append(
        .staffRemove, actor: actor.user,
        detail: ["user": .text(user), "previous_role": .text(existing.role.rawValue)],
        at: clock(), in: db)
    }
  }

  private static func keepOneSupervisor(besides user: String, in db: Database) throws {
    let others =
      try Int.fetchOne(
        db, sql: "SELECT COUNT(*) FROM staff WHERE role = 'supervisor' AND user != ?",
        arguments: [user]) ?? 0
    guard others > 0 else {
      throw RoundsError(
        .rule, "\(user) is the only supervisor of this inbox",
        fix: "make someone else a supervisor first (`rounds staff add USER --role supervisor`)")
    }
  }
}
