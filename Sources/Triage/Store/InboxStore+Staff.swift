import Foundation
import GRDB

extension InboxStore {
  /// Adds a member of staff, or changes the role and name of an existing one.
  /// Returns whether the person was new.
  @discardableResult
  public func saveStaff(_ staff: Staff) throws -> Bool {
    try pool.write { db in try Self.saveStaff(staff, in: db) }
  }

  public static func saveStaff(_ staff: Staff, in db: Database) throws -> Bool {
    guard Staff.isValidUserName(staff.user) else {
      throw RoundsError(
        .usage, "\"\(staff.user)\" is not an OS user name",
        fix: "use the login name, e.g. `rounds staff add jdoe --role clinician`")
    }
    let existed = try staffMember(staff.user, in: db) != nil
    try db.execute(
      sql: """
        INSERT INTO staff (user, display_name, role, added_at, added_by) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (user) DO UPDATE SET display_name = excluded.display_name, role = excluded.role
        """,
      arguments: [
        staff.user, staff.displayName, staff.role.rawValue,
        Timestamps.milliseconds(staff.addedAt), staff.addedBy,
      ])
    return !existed
  }

  /// Removes a member of staff; their past drafts and reviews keep their name.
  public func removeStaff(_ user: String) throws {
    try pool.write { db in try Self.removeStaff(user, in: db) }
  }

  public static func removeStaff(_ user: String, in db: Database) throws {
    try db.execute(sql: "DELETE FROM staff WHERE user = ?", arguments: [user])
    guard db.changesCount > 0 else {
      throw RoundsError(
        .notFound, "\(user) is not on the staff list", fix: "see `rounds staff list`")
    }
  }

  public func staffMember(_ user: String) throws -> Staff? {
    try pool.read { db in try Self.staffMember(user, in: db) }
  }

  public static func staffMember(_ user: String, in db: Database) throws -> Staff? {
    try Row.fetchOne(
      db, sql: "SELECT user, display_name, role, added_at, added_by FROM staff WHERE user = ?",
      arguments: [user]
    ).map(decodeStaff)
  }

  /// Everyone, supervisors first, then by user name.
  public func allStaff() throws -> [Staff] {
    try pool.read { db in
      try Row.fetchAll(
        db, sql: "SELECT user, display_name, role, added_at, added_by FROM staff"
      ).map(Self.decodeStaff).sorted { ($1.role, $0.user) < ($0.role, $1.user) }
    }
  }

  private static func decodeStaff(_ row: Row) -> Staff {
    Staff(
      user: row[0], displayName: row[1], role: Role(rawValue: row[2]) ?? .assistant,
      addedAt: Timestamps.date(row[3]), addedBy: row[4])
  }
}
