/// Which drafts need a supervisor's approval before they may be posted. Drafts below the
/// threshold are approved by the policy itself when submitted (recorded in the audit log).
public struct ReviewPolicy: Sendable, Hashable, Codable {
  public enum Threshold: String, Sendable, Hashable, Codable, CaseIterable {
    /// Every draft is reviewed, whatever the checker says (the default).
    case all
    /// Drafts with any finding at all.
    case info
    /// Drafts with a `warn` or `block` risk.
    case warn
    /// Only drafts with a `block` risk.
    case block
  }

  public var threshold: Threshold

  public init(threshold: Threshold = .all) {
    self.threshold = threshold
  }

  /// Every draft needs a supervisor's approval.
  public static let `default` = ReviewPolicy()

  /// Whether a draft with these risks must be approved by a supervisor.
  public func requiresReview(_ risks: [Finding]) -> Bool {
    switch threshold {
    case .all: true
    case .info: !risks.isEmpty
    case .warn: risks.contains { $0.severity >= .warn }
    case .block: risks.contains { $0.severity == .block }
    }
  }

  /// Whether the checker is needed to decide (it is not when every draft is reviewed).
  public var needsChecker: Bool { threshold != .all }
}
