import Foundation

/// Reads presidio-research's synthetic set (`full_text` with `spans` in scalar offsets) and
/// maps its entity types onto PHI categories. Entities that are not PHI by Safe Harbor
/// (organisations, job titles, nationalities, bare years and times, ages under 90, states
/// and countries) are "don't care": neither found nor missed; so is the time of day inside
/// a timestamp.
public enum PresidioReader {
  enum Gold {
    case phi(PHICategory)
    case notPHI
    case ignore
  }

  static func gold(type: String, value: String, lexicon: Lexicon) -> Gold {
    switch type {
    case "PERSON": return .phi(.name)
    case "STREET_ADDRESS", "ZIP_CODE": return .phi(.location)
    case "GPE":
      let entry = lexicon[value.lowercased()]
      let words = value.split(separator: " ").count
      return entry.isStateOrCountry && !(entry.isCity && words > 1) ? .ignore : .phi(.location)
    case "PHONE_NUMBER": return .phi(.phone)
    case "EMAIL_ADDRESS": return .phi(.email)
    case "US_SSN": return .phi(.ssn)
    case "IP_ADDRESS": return .phi(.ip)
    case "DOMAIN_NAME": return .phi(.url)
    case "CREDIT_CARD", "IBAN_CODE": return .phi(.account)
    case "US_DRIVER_LICENSE": return .phi(.license)
    case "AGE":
      let digits = value.filter(\.isNumber)
      return (Int(digits) ?? 0) > 89 ? .phi(.age) : .ignore
    case "DATE_TIME": return isDateElement(value) ? .phi(.date) : .ignore
    default: return .ignore  // ORGANIZATION, TITLE, NRP
    }
  }

  /// A date with a day or month, not a bare year, decade or time of day.
  static func isDateElement(_ value: String) -> Bool {
    let lower = value.lowercased()
    let months = [
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    if months.contains(where: { lower.contains($0) }) { return true }
    let digitGroups = lower.split(whereSeparator: { !$0.isNumber })
    return lower.contains("/") || (lower.contains("-") && digitGroups.count >= 3)
      || (lower.contains(".") && digitGroups.count >= 3)
  }

  /// Whether the word at `start..<end` is part of a time of day: digits beside a colon
  /// ("14", "05" of "14:05") or the am/pm after one.
  static func isTimePiece(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    let word = String(String.UnicodeScalarView(scalars[start..<end])).lowercased()
    if ["am", "pm", "a.m.", "p.m.", "a.m", "p.m"].contains(word) { return true }
    guard word.allSatisfy(\.isNumber) else { return false }
    return end < scalars.count && scalars[end] == ":" || start > 0 && scalars[start - 1] == ":"
  }

  public static func read(path: String, name: String = "presidio-synth") throws -> EvalSet {
    guard let data = FileManager.default.contents(atPath: path),
      let array = try JSONSerialization.jsonObject(with: data) as? [[String: Any]]
    else {
      throw RoundsError(
        .notFound, "cannot read \(path) as a JSON array", fix: "check the corpus path (--corpus)")
    }
    let lexicon = Lexicon.shared
    var documents: [EvalDocument] = []
    for record in array {
      guard let text = record["full_text"] as? String else { continue }
      var spans: [(Int, Int, Gold)] = []
      var timestamps: [(Int, Int)] = []
      for span in record["spans"] as? [[String: Any]] ?? [] {
        guard let type = span["entity_type"] as? String,
          let start = span["start_position"] as? Int, let end = span["end_position"] as? Int
        else { continue }
        let value = span["entity_value"] as? String ?? ""
        spans.append((start, end, gold(type: type, value: value, lexicon: lexicon)))
        if type == "DATE_TIME" { timestamps.append((start, end)) }
      }
      let scalars = Array(text.unicodeScalars)
      var tokens: [EvalDocument.Token] = []
      for (start, end) in EvalTokenizer.wordSpans(text) {
        let covering = spans.filter { $0.0 < end && start < $0.1 }
        if covering.contains(where: { if case .ignore = $0.2 { true } else { false } }) {
          continue
        }
        // "11/23/2014 14:05": the time inside a timestamp is no PHI, so don't care.
        if timestamps.contains(where: { $0.0 < end && start < $0.1 }),
          isTimePiece(scalars, start, end)
        {
          continue
        }
        var category: PHICategory?
        for span in covering { if case .phi(let value) = span.2 { category = value } }
        tokens.append(.init(start: start, end: end, gold: category))
      }
      documents.append(EvalDocument(text: text, tokens: tokens))
    }
    return EvalSet(
      name: name, documents: documents,
      categories: [
        .name, .location, .phone, .email, .ssn, .ip, .url, .account, .license, .age, .date,
      ])
  }
}
