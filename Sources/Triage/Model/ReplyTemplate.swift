import Foundation

/// A reusable reply with `{placeholders}` filled from the policy (see `TemplateText`).
public struct ReplyTemplate: Sendable, Hashable, Identifiable {
  public var id: Int64?
  /// Unique short name, e.g. `redirect`, `crisis`.
  public var name: String
  public var title: String
  public var body: String
  /// The message category it suits, if any (the composer offers it first).
  public var category: Category?
  /// Seeded by Rounds (may be edited; `rounds templates remove` refuses these).
  public var isBuiltIn: Bool
  public var updatedAt: Date
  /// OS user who last changed it; nil for the seeded text.
  public var updatedBy: String?

  public init(
    id: Int64? = nil, name: String, title: String, body: String, category: Category? = nil,
    isBuiltIn: Bool = false, updatedAt: Date = Date(), updatedBy: String? = nil
  ) {
    self.id = id
    self.name = name
    self.title = title
    self.body = body
    self.category = category
    self.isBuiltIn = isBuiltIn
    self.updatedAt = updatedAt
    self.updatedBy = updatedBy
  }

  /// Lower-case letters, digits, `-` and `_`, 1 to 40 characters.
  public static func isValidName(_ name: String) -> Bool {
    (1...40).contains(name.count)
      && name.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
      }
  }
}
