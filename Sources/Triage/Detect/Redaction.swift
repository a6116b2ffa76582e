/// Replaces findings in a text with `[CATEGORY]`.
public enum Redaction {
  /// The text with every PHI finding's span replaced by its category in brackets.
  /// `PRACTICE` findings and empty spans (attachments) are left alone.
  public static func redact(_ text: String, findings: [Finding]) -> String {
    let spans =
      findings
      .filter { $0.isPHI && $0.end > $0.start }
      .sorted { $0.start < $1.start }
    guard !spans.isEmpty else { return text }
    var result = String.UnicodeScalarView()
    var offset = 0
    var next = 0
    for scalar in text.unicodeScalars {
      while next < spans.count, offset >= spans[next].end { next += 1 }
      if next < spans.count, offset >= spans[next].start {
        if offset == spans[next].start {
          result.append(contentsOf: "[\(spans[next].category)]".unicodeScalars)
        }
      } else {
        result.append(scalar)
      }
      offset += 1
    }
    return String(result)
  }
}
