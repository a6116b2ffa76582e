import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The database holds PHI: it is readable by its owner only, or by its group for a shared
/// inbox, never by every user on the machine.
public enum FileAccess {
  /// Creates the database's folder (0700, or 2770 owned by `group`) and an empty file (0600,
  /// or 0660), then checks the result.
  public static func prepare(databasePath path: String, group: String?) throws {
    let directory = (path as NSString).deletingLastPathComponent
    let groupID = try group.map(lookupGroup)
    try makeDirectories(directory, final: groupID)
    let fileMode: mode_t = groupID == nil ? 0o600 : 0o660
    let existed = access(path, F_OK) == 0
    if !existed {
      let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, fileMode)
      guard fd >= 0 else { throw posixError("cannot create \(path)") }
      close(fd)
    }
    // An existing inbox keeps its mode unless --group asks to share it: another member of a
    // shared inbox running `init` must neither fail (they do not own it) nor lock others out.
    if let groupID, groupOf(path) != groupID {
      guard chown(path, uid_t.max, groupID) == 0 else {
        throw posixError("cannot give \(path) to group \(group!)")
      }
    }
    if !existed || groupID != nil, modeOf(path) != fileMode {
      guard chmod(path, fileMode) == 0 else {
        throw posixError("cannot set the mode of \(path)")
      }
    }
    try checkPrivate(databasePath: path)
  }

  /// Refuses a database file, its WAL side files or its folder when every user may read or
  /// write them. Group access is allowed.
  public static func checkPrivate(databasePath path: String) throws {
    let directory = (path as NSString).deletingLastPathComponent
    if let mode = modeOf(directory), mode & 0o006 != 0 {
      throw RoundsError(
        .permission, "the folder \(directory) is open to every user on this machine",
        fix: "run `chmod o-rwx \(directory)` or keep the inbox in a private folder")
    }
    for file in [path, path + "-wal", path + "-shm"] {
      if let mode = modeOf(file), mode & 0o007 != 0 {
        throw RoundsError(
          .permission, "\(file) is open to every user on this machine",
          fix: "run `chmod 600 \(file)` (or `chmod 660` for a shared inbox)")
      }
    }
  }

  /// The permission bits of a file, or nil when it does not exist.
  public static func modeOf(_ path: String) -> mode_t? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return info.st_mode & 0o7777
  }

  static func groupOf(_ path: String) -> gid_t? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return info.st_gid
  }

  private static func makeDirectories(_ directory: String, final groupID: gid_t?) throws {
    if modeOf(directory) != nil {
      if let groupID { try shareDirectory(directory, with: groupID) }
      return
    }
    let parent = (directory as NSString).deletingLastPathComponent
    if parent != directory { try makeDirectories(parent, final: nil) }
    guard mkdir(directory, 0o700) == 0 || errno == EEXIST else {
      throw posixError("cannot create the folder \(directory)")
    }
    if let groupID {
      try shareDirectory(directory, with: groupID)
    } else {
      chmod(directory, 0o700)
    }
  }

  /// setgid so that the WAL files SQLite creates later belong to the group too.
  private static func shareDirectory(_ directory: String, with groupID: gid_t) throws {
    if groupOf(directory) == groupID, modeOf(directory) == 0o2770 { return }
    guard chown(directory, uid_t.max, groupID) == 0, chmod(directory, 0o2770) == 0 else {
      throw posixError("cannot share the folder \(directory) with its group")
    }
  }

  private static func lookupGroup(_ name: String) throws -> gid_t {
    guard let entry = getgrnam(name) else {
      throw RoundsError(
        .notFound, "there is no group named \(name)",
        fix: "create it with `groupadd \(name)` and add the staff's accounts to it")
    }
    return entry.pointee.gr_gid
  }

  private static func posixError(_ what: String) -> RoundsError {
    let reason = String(cString: strerror(errno))
    return RoundsError(.permission, "\(what): \(reason)", fix: "check the folder's owner and mode")
  }
}
