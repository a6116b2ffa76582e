import Foundation

/// Durations as staff read them: "45s", "12m", "3h 05m", "2d 4h".
enum DurationText {
  static func describe(_ seconds: TimeInterval) -> String {
    let total = Int(max(0, seconds).rounded())
    let days = total / 86_400
    let hours = total % 86_400 / 3600
    let minutes = total % 3600 / 60
    if days > 0 { return "\(days)d \(hours)h" }
    if hours > 0 { return String(format: "%dh %02dm", hours, minutes) }
    if minutes > 0 { return "\(minutes)m" }
    return "\(total)s"
  }
}
