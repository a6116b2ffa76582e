import Foundation

/// Marks the practice's own details (from `PracticeProfile`) as `PRACTICE`: its name, staff
/// names, phone numbers, addresses and websites may appear in a reply and are not PHI.
struct PracticeMatcher: Sendable {
  private let phrases: [[UInt32]]
  private let surnames: Set<UInt64>
  private let phoneDigits: Set<String>
  private let hosts: [String]

  init(_ profile: PracticeProfile) {
    var phrases: [[UInt32]] = []
    var surnames = Set<UInt64>()
    for text in [profile.name] + profile.staffNames + profile.addresses {
      let folded = Self.fold(text.trimmingCharacters(in: .whitespacesAndNewlines))
      if folded.count >= 3 { phrases.append(folded) }
    }
    for staff in profile.staffNames {
      let words = staff.split(whereSeparator: { $0 == " " || $0 == "." || $0 == "," })
        .filter { !NameWords.titles.contains(WordHash.of($0)) }
      if words.count >= 2, let last = words.last, last.count >= 2 {
        surnames.insert(WordHash.of(last))
        phrases.append(Self.fold(words.joined(separator: " ")))
      }
    }
    self.phrases = phrases
    self.surnames = surnames
    self.phoneDigits = Set(profile.phones.map(Self.digits).filter { $0.count >= 7 })
    self.hosts = profile.websites.compactMap(Self.host)
  }

  var isEmpty: Bool { phrases.isEmpty && phoneDigits.isEmpty && hosts.isEmpty }

  func apply(_ text: ScalarText, _ out: inout Candidates) {
    guard !isEmpty else { return }
    let priority = 1_000
    for phrase in phrases {
      for start in occurrences(of: phrase, in: text.scalars) {
        out.add(
          start, start + phrase.count, .practice, .practice, confidence: 0.95, priority: priority)
      }
    }
    for candidate in out.items where candidate.priority < priority {
      let matched: Bool
      switch candidate.category {
      case .phone, .fax:
        let digits = Self.digits(text.string(candidate.start, candidate.end))
        matched = phoneDigits.contains { $0.hasSuffix(digits.suffix(10)) || digits.hasSuffix($0) }
      case .url, .email:
        let value = text.string(candidate.start, candidate.end).lowercased()
        let host = Self.host(value) ?? value
        matched = hosts.contains {
          host == $0 || host.hasSuffix("." + $0) || host.hasSuffix("@" + $0)
        }
      case .name:
        matched = text.tokens.contains {
          $0.start >= candidate.start && $0.end <= candidate.end && surnames.contains($0.hash)
        }
      default:
        matched = false
      }
      if matched {
        out.add(
          candidate.start, candidate.end, .practice, .practice, confidence: 0.95,
          priority: priority)
      }
    }
  }

  /// Start offsets where `phrase` occurs on word boundaries, ignoring ASCII case.
  private func occurrences(of phrase: [UInt32], in s: [UInt32]) -> [Int] {
    guard let first = phrase.first, phrase.count <= s.count else { return [] }
    var result: [Int] = []
    var start = 0
    while start + phrase.count <= s.count {
      if Self.fold(s[start]) == first,
        start == 0 || !CharacterClass.isWordScalar(s[start - 1]),
        start + phrase.count == s.count || !CharacterClass.isWordScalar(s[start + phrase.count])
      {
        var index = 1
        while index < phrase.count, Self.fold(s[start + index]) == phrase[index] { index += 1 }
        if index == phrase.count {
          result.append(start)
          start += phrase.count
          continue
        }
      }
      start += 1
    }
    return result
  }

  private static func fold(_ c: UInt32) -> UInt32 {
    CharacterClass.isUpperASCII(c) ? c + 32 : c
  }

  private static func fold(_ text: String) -> [UInt32] {
    text.unicodeScalars.map { fold($0.value) }
  }

  private static func digits(_ text: String) -> String {
    var digits = String(
      text.unicodeScalars.filter { CharacterClass.isDigit($0.value) }.map(Character.init))
    if digits.count == 11, digits.hasPrefix("1") { digits.removeFirst() }
    return digits
  }

  /// "https://www.Example.org/portal" → "example.org".
  private static func host(_ website: String) -> String? {
    var value = website.lowercased().trimmingCharacters(in: .whitespaces)
    if let range = value.range(of: "://") { value = String(value[range.upperBound...]) }
    if let at = value.lastIndex(of: "@") { value = String(value[value.index(after: at)...]) }
    value = String(value.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" })
    if value.hasPrefix("www.") { value.removeFirst(4) }
    return value.contains(".") ? value : nil
  }
}
