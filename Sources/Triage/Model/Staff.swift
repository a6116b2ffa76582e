import Foundation

/// What a member of staff may do; each role includes everything the one before it may do.
public enum Role: String, Sendable, Codable, CaseIterable, Comparable {
  /// Imports, tags, assigns, marks spam or no-reply-needed.
  case assistant
  /// Also triages, drafts and submits replies for review.
  case clinician
  /// Also reviews and approves replies, manages staff and policy.
  case supervisor

  public static func < (lhs: Role, rhs: Role) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// A member of the practice's staff, identified by their OS user name.
public struct Staff: Sendable, Hashable, Codable {
  public var user: String
  public var displayName: String
  public var role: Role
  public var addedAt: Date
  public var addedBy: String?

  public init(user: String, displayName: String, role: Role, addedAt: Date, addedBy: String?) {
    self.user = user
    self.displayName = displayName
    self.role = role
    self.addedAt = addedAt
    self.addedBy = addedBy
  }

  /// OS user names as `useradd` accepts them by default.
  public static func isValidUserName(_ name: String) -> Bool {
    guard (1...32).contains(name.utf8.count), let first = name.unicodeScalars.first else {
      return false
    }
    let lowerOrUnderscore = ("a"..."z").contains(first) || first == "_"
    guard lowerOrUnderscore else { return false }
    return name.unicodeScalars.allSatisfy { scalar in
      ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
        || scalar == "-" || scalar == "."
    }
  }
}
