import Foundation

/// Times are stored as whole milliseconds since 1970 in UTC: compact, sortable and exact.
enum Timestamps {
  static func milliseconds(_ date: Date) -> Int64 {
    Int64((date.timeIntervalSince1970 * 1000).rounded())
  }

  static func date(_ milliseconds: Int64) -> Date {
    Date(timeIntervalSince1970: Double(milliseconds) / 1000)
  }
}
