import Foundation

/// Fills a template's `{placeholders}` from the policy. Unknown placeholders are an error when
/// a template is saved, so a typo never reaches a patient.
public enum TemplateText {
  /// The placeholders a template may use.
  public static let placeholders = [
    "practice", "phone", "portal", "website", "sign_off", "disclaimer",
  ]

  /// The text with each placeholder replaced; a missing policy value becomes a generic
  /// phrase ("our office", "our patient portal") so the text still reads.
  public static func fill(_ body: String, with policy: PracticePolicy) -> String {
    var out = ""
    var rest = Substring(body)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      out += rest[..<open]
      let name = String(rest[rest.index(after: open)..<close])
      out += value(of: name, policy) ?? String(rest[open...close])
      rest = rest[rest.index(after: close)...]
    }
    out += rest
    return out.replacingOccurrences(of: "  ", with: " ").trimmingCharacters(in: .whitespaces)
  }

  static func value(of name: String, _ policy: PracticePolicy) -> String? {
    switch name {
    case "practice": policy.practiceName.isEmpty ? "our practice" : policy.practiceName
    case "phone": policy.phone.isEmpty ? "our office" : policy.phone
    case "portal": policy.portal.isEmpty ? "our patient portal" : policy.portal
    case "website": policy.websites.first ?? (policy.portal.isEmpty ? "our website" : policy.portal)
    case "sign_off": policy.signOff
    case "disclaimer": policy.disclaimer
    default: nil
    }
  }

  /// Placeholders in `body` that `fill` does not know.
  public static func unknownPlaceholders(in body: String) -> [String] {
    var unknown: [String] = []
    var rest = Substring(body)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      let name = String(rest[rest.index(after: open)..<close])
      if !placeholders.contains(name) { unknown.append(name) }
      rest = rest[rest.index(after: close)...]
    }
    return unknown
  }

  /// Policy values a template uses but the policy leaves empty (shown as a warning).
  public static func missingValues(in body: String, policy: PracticePolicy) -> [String] {
    placeholders.filter { name in
      guard body.contains("{\(name)}") else { return false }
      switch name {
      case "practice": return policy.practiceName.isEmpty
      case "phone": return policy.phone.isEmpty
      case "portal": return policy.portal.isEmpty
      case "website": return policy.websites.isEmpty && policy.portal.isEmpty
      case "sign_off": return policy.signOff.isEmpty
      default: return policy.disclaimer.isEmpty
      }
    }
  }
}
