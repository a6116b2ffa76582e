/// An error a person can act on: one line naming what failed and what to do about it.
/// Messages never contain message bodies or other PHI, only ids, paths and field names.
public struct RoundsError: Error, Sendable, CustomStringConvertible, Equatable {
  public enum Kind: String, Sendable {
    /// Bad input from the person at the keyboard (exit status 2 in the CLI).
    case usage
    /// The thing named does not exist.
    case notFound
    /// The file system or the role model refuses.
    case permission
    /// Someone else changed the record first.
    case conflict
    /// A workflow rule forbids it.
    case rule
    /// Anything else that failed at run time.
    case failure
  }

  public var kind: Kind
  /// What failed, e.g. "cannot open /tmp/x/inbox.sqlite".
  public var what: String
  /// What to do, e.g. "run `rounds init --db /tmp/x/inbox.sqlite` first".
  public var fix: String?

  public init(_ kind: Kind, _ what: String, fix: String? = nil) {
    self.kind = kind
    self.what = what
    self.fix = fix
  }

  public var description: String {
    guard let fix else { return what }
    return "\(what); \(fix)"
  }
}
