import Foundation

/// A point in time typed on the command line: a date (`2026-11-01`, UTC midnight), a date and
/// time (`2026-11-01T14:30Z`, `2026-11-01 14:30`, UTC unless a zone is given), or an age
/// (`30m`, `12h`, `7d`, `2w`) counted back from now.
enum TimeArgument {
  static func parse(_ text: String, now: Date = Date()) -> Date? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if let unit = trimmed.last, let amount = Double(trimmed.dropLast()), amount >= 0 {
      let seconds: Double? =
        switch unit {
        case "m": 60
        case "h": 3600
        case "d": 86_400
        case "w": 604_800
        default: nil
        }
      if let seconds { return now.addingTimeInterval(-amount * seconds) }
    }
    let iso = ISO8601DateFormatter()
    if let date = iso.date(from: trimmed) { return date }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    for format in [
      "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss",
      "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mmXXXXX", "yyyy-MM-dd HH:mmXXXXX",
    ] {
      formatter.dateFormat = format
      if let date = formatter.date(from: trimmed) { return date }
    }
    return nil
  }
}
