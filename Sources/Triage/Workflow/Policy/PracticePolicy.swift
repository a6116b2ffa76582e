import Foundation

/// The practice's rules for public replies, from `rounds.toml` (see `PolicyLoader`): who the
/// practice is (reported as `PRACTICE`, never PHI), which links may be posted, what every
/// reply must carry, which risks need a supervisor, and lexicon changes for the classifier
/// and the reply checker. `PracticePolicy()` holds the built-in defaults used without a file.
public struct PracticePolicy: Sendable, Hashable {
  public var practiceName = ""
  public var phone = ""
  /// The patient portal, e.g. `https://portal.example.org`.
  public var portal = ""
  public var websites: [String] = []
  public var addresses: [String] = []
  /// The practice's own account handles (without `@`); tagging them is not a risk.
  public var handles: [String] = []
  public var staffNames: [String] = []
  /// Domains a reply may link to (subdomains included). The portal's and websites' hosts and
  /// `988lifeline.org` are always approved.
  public var approvedDomains: [String] = Self.defaultApprovedDomains
  /// Every draft goes to supervisor review (the default, and `require_for = ["all"]`).
  public var reviewAll = true
  /// Otherwise, reply risks of these severities send a draft to supervisor review.
  public var reviewSeverities: Set<Severity> = [.block, .warn]
  /// Text every reply must end with, e.g. "— The care team at Example Clinic"; empty: none.
  public var signOff = ""
  /// Text every reply must include, e.g. "General information, not medical advice."
  public var disclaimer = ""
  /// Platforms whose messages are reviews whatever they say.
  public var reviewPlatforms: Set<Platform> = TriageClassifier.defaultReviewPlatforms
  /// Lexicon changes, by classifier signal.
  public var triageAdditions: [TriageSignal: [String]] = [:]
  public var triageRemovals: [TriageSignal: [String]] = [:]
  /// Lexicon changes, by reply-risk family (see `ReplyLexicon.families`).
  public var replyAdditions: [String: [String]] = [:]
  public var replyRemovals: [String: [String]] = [:]
  /// The file this policy was read from; nil for the built-in defaults.
  public var source: String?

  public static let defaultApprovedDomains = [
    "988lifeline.org", "cdc.gov", "nih.gov", "medlineplus.gov", "fda.gov",
  ]

  public init() {}

  /// What the PHI detector should report as `PRACTICE`.
  public var profile: PracticeProfile {
    PracticeProfile(
      name: practiceName, staffNames: staffNames, phones: phone.isEmpty ? [] : [phone],
      addresses: addresses, websites: (portal.isEmpty ? [] : [portal]) + websites)
  }

  /// Approved domains plus the hosts of the portal and websites, lower case.
  public var allApprovedDomains: Set<String> {
    var domains = Set(approvedDomains.map { $0.lowercased() })
    domains.insert("988lifeline.org")
    for site in [portal] + websites {
      if let host = LinkHost.of(site) { domains.insert(host) }
    }
    return domains
  }

  /// Whether replies with risks of this severity need a supervisor's approval.
  public func requiresReview(_ severity: Severity) -> Bool {
    reviewAll || reviewSeverities.contains(severity)
  }

  /// The workflow's review rule: every draft, or drafts with a risk at least as severe as
  /// the least severe one listed.
  public var reviewPolicy: ReviewPolicy {
    guard !reviewAll, let least = reviewSeverities.min() else { return .default }
    switch least {
    case .info: return ReviewPolicy(threshold: .info)
    case .warn: return ReviewPolicy(threshold: .warn)
    case .block: return ReviewPolicy(threshold: .block)
    }
  }
}

/// The host of a URL or bare domain, lower case, without `www.`.
public enum LinkHost {
  public static func of(_ link: String) -> String? {
    of(scalars: Array(link.trimmingCharacters(in: .whitespaces).unicodeScalars)[...])
  }

  /// The host of a link given as scalars (a token of a tokenized text): no string is built
  /// unless there is a host.
  static func of(scalars link: ArraySlice<Unicode.Scalar>) -> String? {
    var start = link.startIndex
    let end = link.endIndex
    for scheme in ["https://", "http://"] where hasPrefix(link[start...], scheme) {
      start += scheme.unicodeScalars.count
    }
    if let at = link[start...].firstIndex(of: "@"), !link[start..<at].contains("/") {
      start = at + 1
    }
    var hostEnd = start
    while hostEnd < end, !["/", ":", "?", "#"].contains(link[hostEnd]) { hostEnd += 1 }
    if hasPrefix(link[start..<hostEnd], "www.") { start += 4 }
    guard link[start..<hostEnd].contains(".") else { return nil }
    var host = String.UnicodeScalarView()
    for scalar in link[start..<hostEnd] {
      if scalar.value < 0x80 {
        host.append(
          (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(scalar.value | 0x20)! : scalar)
      } else {
        host.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      }
    }
    return String(host)
  }

  /// Whether `scalars` starts with the ASCII `prefix`, ignoring case.
  private static func hasPrefix(_ scalars: ArraySlice<Unicode.Scalar>, _ prefix: String) -> Bool {
    var index = scalars.startIndex
    for expected in prefix.unicodeScalars {
      guard index < scalars.endIndex else { return false }
      let value = scalars[index].value
      let lower = (0x41...0x5A).contains(value) ? value | 0x20 : value
      guard lower == expected.value else { return false }
      index += 1
    }
    return true
  }

  /// Whether `host` is `domain` or one of its subdomains.
  public static func host(_ host: String, isWithin domain: String) -> Bool {
    host == domain || host.hasSuffix("." + domain)
  }
}
