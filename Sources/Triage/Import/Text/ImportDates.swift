import Foundation

/// The date formats export files use, parsed by hand: DateFormatter is far too slow for
/// 100,000 records a second, and these formats are fixed.
public enum ImportDates {
  /// ISO 8601 / RFC 3339 and the variants seen in exports: `2023-08-12T16:10:37Z`,
  /// `.123Z`, `+0000`, `+00:00`, a space instead of `T`, ` UTC`, or no zone (read as UTC).
  public static func iso8601(_ text: String) -> Date? {
    var text = text
    return text.withUTF8 { parseISO($0) }
  }

  static func parseISO(_ s: UnsafeBufferPointer<UInt8>) -> Date? {
    var i = 0
    func number(_ digits: Int) -> Int? {
      guard i + digits <= s.count else { return nil }
      var value = 0
      for _ in 0..<digits {
        let byte = s[i]
        guard byte >= 0x30 && byte <= 0x39 else { return nil }
        value = value * 10 + Int(byte - 0x30)
        i += 1
      }
      return value
    }
    func skip(_ byte: UInt8) -> Bool {
      if i < s.count && s[i] == byte {
        i += 1
        return true
      }
      return false
    }
    while i < s.count, s[i] == 0x20 { i += 1 }
    guard let year = number(4), skip(UInt8(ascii: "-")), let month = number(2),
      skip(UInt8(ascii: "-")), let day = number(2)
    else { return nil }
    var hour = 0
    var minute = 0
    var second = 0
    var fraction = 0.0
    if i < s.count, s[i] == UInt8(ascii: "T") || s[i] == 0x20 {
      i += 1
      guard let h = number(2), skip(UInt8(ascii: ":")), let m = number(2) else { return nil }
      hour = h
      minute = m
      if skip(UInt8(ascii: ":")) {
        guard let sec = number(2) else { return nil }
        second = sec
      }
      if skip(UInt8(ascii: ".")) || skip(UInt8(ascii: ",")) {
        var scale = 0.1
        while i < s.count, s[i] >= 0x30, s[i] <= 0x39 {
          fraction += Double(s[i] - 0x30) * scale
          scale /= 10
          i += 1
        }
      }
    }
    while i < s.count, s[i] == 0x20 { i += 1 }
    var offsetSeconds = 0
    if i < s.count {
      switch s[i] {
      case UInt8(ascii: "Z"), UInt8(ascii: "z"):
        i += 1
      case UInt8(ascii: "+"), UInt8(ascii: "-"):
        let sign = s[i] == UInt8(ascii: "-") ? -1 : 1
        i += 1
        guard let oh = number(2) else { return nil }
        _ = skip(UInt8(ascii: ":"))
        let om = number(2) ?? 0
        offsetSeconds = sign * (oh * 3600 + om * 60)
      case UInt8(ascii: "U"):
        i += 3  // UTC
      default:
        return nil
      }
    }
    guard (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
    else { return nil }
    let days = daysFromCivil(year: year, month: month, day: day)
    let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
    return Date(timeIntervalSince1970: Double(seconds) + fraction)
  }

  /// Twitter's `Sat Aug 12 16:10:37 +0000 2023`, read from its bytes (it comes with every
  /// tweet of an archive). Fields are separated by single spaces.
  public static func twitter(_ text: String) -> Date? {
    var text = text
    return text.withUTF8 { parseTwitter($0) }
  }

  static func parseTwitter(_ s: UnsafeBufferPointer<UInt8>) -> Date? {
    // Six fields between spaces (runs of spaces count as one), kept on the stack: this runs
    // for every tweet of an archive, and two growing arrays cost nine tenths of its time.
    withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: 6) { fields -> Date? in
      var count = 0
      var start = 0
      for index in 0...s.count where index == s.count || s[index] == 0x20 {
        if index > start {
          guard count < 6 else { return nil }
          (fields.baseAddress! + count).initialize(to: start..<index)
          count += 1
        }
        start = index + 1
      }
      guard count == 6 else { return nil }
      return twitterDate(s, fields)
    }
  }

  /// The date of Twitter's six fields (weekday, month, day, time, zone, year).
  private static func twitterDate(
    _ s: UnsafeBufferPointer<UInt8>, _ fields: UnsafeMutableBufferPointer<Range<Int>>
  ) -> Date? {
    func number(_ range: Range<Int>) -> Int? {
      guard !range.isEmpty, range.count <= 9 else { return nil }
      var value = 0
      for index in range {
        guard s[index] >= 0x30, s[index] <= 0x39 else { return nil }
        value = value * 10 + Int(s[index] - 0x30)
      }
      return value
    }
    // The time: three numbers between colons.
    var time = (hour: 0, minute: 0, second: 0)
    var parts = 0
    var part = fields[3].lowerBound
    for index in fields[3].lowerBound...fields[3].upperBound
    where index == fields[3].upperBound || s[index] == UInt8(ascii: ":") {
      guard parts < 3, let value = number(part..<index) else { return nil }
      switch parts {
      case 0: time.hour = value
      case 1: time.minute = value
      default: time.second = value
      }
      parts += 1
      part = index + 1
    }
    let name = fields[1]
    guard parts == 3, name.count == 3,
      let month = monthKeys[
        UInt32(s[name.lowerBound]) << 16 | UInt32(s[name.lowerBound + 1]) << 8
          | UInt32(s[name.lowerBound + 2])],
      let day = number(fields[2]), let year = number(fields[5]),
      (1...31).contains(day), time.hour < 24, time.minute < 60, time.second < 61
    else { return nil }
    var offset = 0
    let zone = fields[4]
    if zone.count == 5, let value = number((zone.lowerBound + 1)..<zone.upperBound) {
      let sign = s[zone.lowerBound] == UInt8(ascii: "-") ? -1 : 1
      offset = (value / 100 * 3600 + value % 100 * 60) * sign
    }
    let days = daysFromCivil(year: year, month: month, day: day)
    return Date(
      timeIntervalSince1970: Double(
        days * 86_400 + time.hour * 3600 + time.minute * 60 + time.second - offset))
  }

  /// Any of the above, or Unix seconds.
  public static func any(_ text: String) -> Date? {
    if let date = iso8601(text) { return date }
    if let date = twitter(text) { return date }
    if let seconds = Double(text), seconds > 0 { return unix(seconds) }
    return nil
  }

  /// Unix seconds, or milliseconds when the number is too large to be seconds.
  public static func unix(_ value: Double) -> Date {
    Date(timeIntervalSince1970: value > 100_000_000_000 ? value / 1000 : value)
  }

  static let months: [String: Int] = [
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
    "Oct": 10, "Nov": 11, "Dec": 12,
  ]

  /// Month numbers by their three ASCII letters packed into an integer.
  static let monthKeys: [UInt32: Int] = Dictionary(
    uniqueKeysWithValues: months.map { name, number in
      (name.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }, number)
    })

  /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }
}
