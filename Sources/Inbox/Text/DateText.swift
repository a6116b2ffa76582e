import Foundation

/// Dates and ages as staff read them.
public enum DateText {
  /// "2026-11-22 14:05", in UTC.
  public static func minute(_ date: Date) -> String {
    let parts = Calendar.utc.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    return String(
      format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
      parts.hour ?? 0, parts.minute ?? 0)
  }

  /// A duration as staff read it: "45s", "12m", "3h 05m", "2d 4h" (as `rounds stats` does).
  public static func duration(_ seconds: TimeInterval) -> String {
    let total = Int(max(0, seconds).rounded())
    let days = total / 86_400
    let hours = total % 86_400 / 3600
    let minutes = total % 3600 / 60
    if days > 0 { return "\(days)d \(hours)h" }
    if hours > 0 { return String(format: "%dh %02dm", hours, minutes) }
    if minutes > 0 { return "\(minutes)m" }
    return "\(total)s"
  }

  /// A compact age: "45s", "12m", "3h", "5d", "7w", "2y".
  public static func age(of date: Date, now: Date) -> String {
    let seconds = max(0, Int(now.timeIntervalSince(date)))
    switch seconds {
    case ..<60: return "\(seconds)s"
    case ..<3600: return "\(seconds / 60)m"
    case ..<86_400: return "\(seconds / 3600)h"
    case ..<(86_400 * 14): return "\(seconds / 86_400)d"
    case ..<(86_400 * 365): return "\(seconds / (86_400 * 7))w"
    default: return "\(seconds / (86_400 * 365))y"
    }
  }
}

extension Calendar {
  /// The Gregorian calendar in UTC, for stable output whatever the machine's zone.
  public static let utc: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
  }()
}

extension DateText {
  /// "14:05:09", in UTC.
  public static func clock(_ date: Date) -> String {
    let parts = Calendar.utc.dateComponents([.hour, .minute, .second], from: date)
    return String(format: "%02d:%02d:%02d", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
  }
}
