import Triage

/// Short words for statuses, categories, platforms and counts, as the screens show them.
public enum ListColumns {
  public static func statusLabel(_ status: Status) -> String {
    switch status {
    case .new: "new"
    case .triaged: "triaged"
    case .drafting: "drafting"
    case .inReview: "in-review"
    case .changesRequested: "changes"
    case .approved: "approved"
    case .posted: "posted"
    case .closed: "closed"
    case .rejected: "rejected"
    case .noReplyNeeded: "no-reply"
    case .spam: "spam"
    }
  }

  public static func categoryLabel(_ category: Triage.Category) -> String {
    switch category {
    case .emergency: "emergency"
    case .crisis: "crisis"
    case .adviceRequest: "advice"
    case .healthQuestion: "health-q"
    case .admin: "admin"
    case .review: "review"
    case .spam: "spam"
    case .other: "other"
    }
  }

  /// At most 6 columns, for narrow lists.
  static func shortCategoryLabel(_ category: Triage.Category) -> String {
    switch category {
    case .emergency: "emerg"
    case .healthQuestion: "health"
    default: categoryLabel(category)
    }
  }

  static func shortPlatform(_ platform: Platform) -> String {
    switch platform {
    case .wordpress: "wp"
    case .facebook: "fb"
    case .google: "ggl"
    case .instagram: "ig"
    case .mastodon: "mstd"
    case .reddit: "rdt"
    case .youtube: "yt"
    case .disqus: "dsq"
    case .bluesky: "bsky"
    default: platform.rawValue
    }
  }

  /// "!!!" for urgency 3 down to "" for 0.
  static func urgencyMarker(_ urgency: Int) -> String {
    String(repeating: "!", count: min(3, max(0, urgency)))
  }

  /// "P2 F1": PHI findings and other flags; empty when there are none.
  static func flags(phi: Int, flags: Int) -> String {
    [phi > 0 ? "P\(phi)" : nil, flags > 0 ? "F\(flags)" : nil].compactMap { $0 }.joined(
      separator: " ")
  }

  static func categoryStyle(_ category: Triage.Category?) -> Style {
    switch category {
    case .emergency, .crisis: Style(.urgent, [.bold])
    case .adviceRequest: Style(.warning)
    case .spam: Style(.muted)
    default: .plain
    }
  }
}

public enum CountText {
  /// 1234567 → "1,234,567".
  public static func full(_ count: Int) -> String {
    let digits = String(count.magnitude)
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return (count < 0 ? "-" : "") + result
  }

  /// Up to 6 columns: "9,999", "12k", "999k", "1.2M", "12M".
  public static func short(_ count: Int) -> String {
    switch count {
    case ..<10_000: full(count)
    case ..<1_000_000: "\(count / 1000)k"
    case ..<10_000_000:
      "\(count / 1_000_000).\((count % 1_000_000) / 100_000)M"
    default: "\(count / 1_000_000)M"
    }
  }
}
