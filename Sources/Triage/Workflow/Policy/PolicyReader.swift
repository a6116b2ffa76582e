import Foundation
import TOMLKit

/// Walks a parsed policy table key by key: known keys are typed and validated, unknown ones
/// are reported with the keys that were expected.
struct PolicyReader {
  let lines: PolicyLineIndex
  private(set) var problems: [PolicyProblem] = []
  private var policy = PracticePolicy()

  init(lines: PolicyLineIndex) { self.lines = lines }

  static let tables: [String: [String]] = [
    "practice": ["name", "phone", "portal", "websites", "addresses", "handles", "staff"],
    "links": ["approved_domains"],
    "review": ["require_for"],
    "reply": ["sign_off", "disclaimer"],
    "triage": ["review_platforms"],
    "lexicon": ["add", "remove"],
  ]

  mutating func read(_ root: TOMLTable) -> PracticePolicy {
    for key in root.keys.sorted() {
      guard let expected = Self.tables[key] else {
        report(
          key,
          "unknown table `\(key)`; expected one of \(Self.tables.keys.sorted().joined(separator: ", "))"
        )
        continue
      }
      guard let table = root[key]?.table else {
        report(key, "`\(key)` must be a table ([\(key)])")
        continue
      }
      for name in table.keys.sorted() where !expected.contains(name) {
        report(
          "\(key).\(name)",
          "unknown key `\(key).\(name)`; expected one of \(expected.joined(separator: ", "))")
      }
      switch key {
      case "practice": readPractice(table)
      case "links": readLinks(table)
      case "review": readReview(table)
      case "reply": readReply(table)
      case "triage": readTriage(table)
      default: readLexicon(table)
      }
    }
    return policy
  }

  private mutating func readPractice(_ table: TOMLTable) {
    if let name = string(table, "practice", "name") { policy.practiceName = name }
    if let phone = string(table, "practice", "phone") {
      let digits = phone.filter(\.isNumber).count
      if digits < 7 || digits > 15 {
        report("practice.phone", "practice.phone must hold 7 to 15 digits")
      } else {
        policy.phone = phone
      }
    }
    if let portal = string(table, "practice", "portal") {
      if portal.isEmpty || isWebAddress(portal) {
        policy.portal = portal
      } else {
        report(
          "practice.portal",
          "practice.portal must be an http(s) address, e.g. https://portal.example.org")
      }
    }
    if let sites = strings(table, "practice", "websites") {
      for site in sites where !isWebAddress(site) && LinkHost.of(site) == nil {
        report("practice.websites", "practice.websites: `\(site)` is not a web address")
      }
      policy.websites = sites
    }
    if let addresses = strings(table, "practice", "addresses") { policy.addresses = addresses }
    if let handles = strings(table, "practice", "handles") {
      policy.handles = handles.map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 }
    }
    if let staff = strings(table, "practice", "staff") { policy.staffNames = staff }
  }

  private mutating func readLinks(_ table: TOMLTable) {
    guard let domains = strings(table, "links", "approved_domains") else { return }
    for domain in domains where LinkHost.of(domain) == nil {
      report(
        "links.approved_domains",
        "links.approved_domains: `\(domain)` is not a domain such as example.org")
    }
    policy.approvedDomains = domains.compactMap(LinkHost.of)
  }

  private mutating func readReview(_ table: TOMLTable) {
    guard let names = strings(table, "review", "require_for") else { return }
    var severities = Set<Severity>()
    for name in names where name != "all" {
      if let severity = Severity(rawValue: name) {
        severities.insert(severity)
      } else {
        report(
          "review.require_for",
          "review.require_for: `\(name)` is not all, block, warn or info")
      }
    }
    policy.reviewAll = names.contains("all") || names.isEmpty
    policy.reviewSeverities = severities
  }

  private mutating func readReply(_ table: TOMLTable) {
    if let signOff = string(table, "reply", "sign_off") { policy.signOff = signOff }
    if let disclaimer = string(table, "reply", "disclaimer") { policy.disclaimer = disclaimer }
  }

  private mutating func readTriage(_ table: TOMLTable) {
    guard let platforms = strings(table, "triage", "review_platforms") else { return }
    for platform in platforms where platform.trimmingCharacters(in: .whitespaces).isEmpty {
      report("triage.review_platforms", "triage.review_platforms: a platform name cannot be empty")
    }
    policy.reviewPlatforms = Set(platforms.filter { !$0.isEmpty }.map { Platform(rawValue: $0) })
  }

  private mutating func readLexicon(_ table: TOMLTable) {
    for change in ["add", "remove"] {
      guard let value = table[change] else { continue }
      guard let lists = value.table else {
        report("lexicon.\(change)", "lexicon.\(change) must be a table of phrase lists")
        continue
      }
      for family in lists.keys.sorted() {
        let key = "lexicon.\(change).\(family)"
        guard let phrases = strings(lists, "lexicon.\(change)", family) else { continue }
        for phrase in phrases {
          if let reason = TriageLexicon.check(phrase) {
            report(key, "\(key): \"\(phrase)\": \(reason)")
          }
        }
        if let signal = TriageSignal(rawValue: family) {
          if change == "add" {
            policy.triageAdditions[signal] = phrases
          } else {
            policy.triageRemovals[signal] = phrases
          }
        } else if ReplyLexicon.families.contains(family) {
          if change == "add" {
            policy.replyAdditions[family] = phrases
          } else {
            policy.replyRemovals[family] = phrases
          }
        } else {
          let known = TriageSignal.allCases.map(\.rawValue) + ReplyLexicon.families.sorted()
          report(
            key, "unknown lexicon `\(family)`; expected one of \(known.joined(separator: ", "))")
        }
      }
    }
  }

  // MARK: - Typed values

  private mutating func string(_ table: TOMLTable, _ prefix: String, _ key: String) -> String? {
    guard let value = table[key] else { return nil }
    guard let string = value.string else {
      report("\(prefix).\(key)", "\(prefix).\(key) must be a string")
      return nil
    }
    return string.trimmingCharacters(in: .whitespaces)
  }

  private mutating func strings(_ table: TOMLTable, _ prefix: String, _ key: String) -> [String]? {
    guard let value = table[key] else { return nil }
    guard let array = value.array else {
      report("\(prefix).\(key)", "\(prefix).\(key) must be a list of strings, e.g. [\"a\", \"b\"]")
      return nil
    }
    var out: [String] = []
    for element in array {
      guard let string = element.string else {
        report("\(prefix).\(key)", "\(prefix).\(key) must hold only strings")
        return nil
      }
      out.append(string.trimmingCharacters(in: .whitespaces))
    }
    return out
  }

  private func isWebAddress(_ text: String) -> Bool {
    (text.hasPrefix("https://") || text.hasPrefix("http://")) && LinkHost.of(text) != nil
  }

  private mutating func report(_ key: String, _ message: String) {
    problems.append(PolicyProblem(line: lines.line(of: key), message))
  }
}
