#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An OS account: who is at the keyboard. Identity always comes from the real uid, never
/// from an environment variable, so `USER=boss rounds ...` changes nothing.
public struct OSUser: Sendable, Hashable {
  public var name: String
  public var uid: UInt32
  /// The GECOS full name, when the account has one.
  public var fullName: String?

  public init(name: String, uid: UInt32, fullName: String? = nil) {
    self.name = name
    self.uid = uid
    self.fullName = fullName
  }

  /// The account of the process's real uid.
  public static func current() throws -> OSUser {
    guard let user = lookup(uid: getuid()) else {
      throw RoundsError(
        .failure, "cannot find the OS account of uid \(getuid())",
        fix: "check /etc/passwd or your directory service")
    }
    return user
  }

  public static func lookup(uid: uid_t) -> OSUser? {
    guard let entry = getpwuid(uid) else { return nil }
    return OSUser(passwd: entry.pointee)
  }

  public static func lookup(name: String) -> OSUser? {
    guard let entry = getpwnam(name) else { return nil }
    return OSUser(passwd: entry.pointee)
  }

  private init(passwd entry: passwd) {
    name = String(cString: entry.pw_name)
    uid = entry.pw_uid
    let gecos = entry.pw_gecos.map { String(cString: $0) } ?? ""
    let full = gecos.split(separator: ",", omittingEmptySubsequences: false).first.map(String.init)
    fullName = (full?.isEmpty ?? true) ? nil : full
  }
}
