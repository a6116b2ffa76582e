import Foundation
import Triage

/// The dashboard as a document: counts by status and category as bars, and messages per day
/// as a bar chart. Its figures come from the same store queries as `rounds stats`.
public enum DashboardDocument {
  static let heading = Style(.accent, [.bold])
  static let chartHeight = 8
  /// Eighths of a cell, for bars that grow smoothly.
  static let verticalEighths: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
  static let horizontalEighths: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

  /// Days the chart shows at this width: one column per day.
  public static func days(width: Int) -> Int { max(14, min(60, width - 14)) }

  public static func lines(_ data: DashboardData, width: Int) -> [StyledLine] {
    var lines: [StyledLine] = []
    let stats = data.stats
    lines.append(
      StyledLine("\(CountText.full(stats.total)) inbound messages", style: Style(.plain, [.bold])))
    lines.append(StyledLine())
    let statusRows = Status.allCases.map {
      (ListColumns.statusLabel($0), stats.byStatus[$0.rawValue] ?? 0)
    }
    let categoryRows =
      Category.allCases.map { (ListColumns.categoryLabel($0), stats.byCategory[$0.rawValue] ?? 0) }
      + [("untriaged", stats.byCategory["untriaged"] ?? 0)]
    let platformRows = stats.byPlatform.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
    let tables = [
      ("By status", statusRows), ("By category", categoryRows), ("By platform", platformRows),
    ]
    let columnWidth = 38
    if width >= columnWidth * 2 + 4 {
      // Side by side: status | category, then platform.
      let left = barTable(tables[0].0, tables[0].1, width: columnWidth)
      let right = barTable(tables[1].0, tables[1].1, width: columnWidth)
      for index in 0..<max(left.count, right.count) {
        var line = index < left.count ? left[index] : StyledLine()
        line.append(String(repeating: " ", count: max(0, columnWidth + 4 - line.width)))
        if index < right.count { line.append(right[index]) }
        lines.append(line)
      }
      lines.append(StyledLine())
      lines += barTable(tables[2].0, tables[2].1, width: columnWidth)
    } else {
      for (title, rows) in tables {
        lines += barTable(title, rows, width: min(width - 2, columnWidth))
        lines.append(StyledLine())
      }
    }
    lines.append(StyledLine())
    lines += dailyChart(data.daily, width: width)
    lines.append(StyledLine())
    lines += responseLines(data.responseTimes)
    lines.append(StyledLine())
    lines += distributionLines(data.responseDistribution, width: width)
    return lines.map { StyledText.fit($0, width: max(1, width - 1)) }
  }

  /// Time from publication to the first approved reply: median and 90th percentile, overall,
  /// by category and by platform, with bars for the medians.
  static func responseLines(_ times: ResponseTimes?) -> [StyledLine] {
    var lines = [StyledLine("Time to the first approved reply", style: heading)]
    guard let times, let overall = times.overall else {
      lines.append(StyledLine("No reply has been approved yet.", style: Style(.muted)))
      return lines
    }
    lines.append(
      StyledLine(
        "            " + "median".padding(toLength: 9, withPad: " ", startingAt: 0)
          + "p90".padding(toLength: 9, withPad: " ", startingAt: 0) + "replies",
        style: Style(.muted)))
    var rows: [(String, ResponseTimes.Summary)] = [("all", overall)]
    rows += times.byCategory.sorted { $0.key < $1.key }
    rows += times.byPlatform.sorted { $0.key < $1.key }
    let longest = rows.map(\.1.median).max() ?? 0
    for (index, (label, summary)) in rows.enumerated() {
      if index == 1 || index == 1 + times.byCategory.count {
        lines.append(
          StyledLine(index == 1 ? "by category" : "by platform", style: Style(.muted)))
      }
      var line = StyledLine(TerminalText.fit(label, width: 11, pad: true) + " ")
      line.append(
        DateText.duration(summary.median).padding(toLength: 9, withPad: " ", startingAt: 0))
      line.append(DateText.duration(summary.p90).padding(toLength: 9, withPad: " ", startingAt: 0))
      let count = CountText.full(summary.count)
      line.append(String(repeating: " ", count: max(0, 7 - count.count)) + count + " ")
      let scaled = Int((summary.median / max(longest, 1)) * 1000)
      line.append(bar(scaled, of: 1000, width: 20), style: Style(.chart))
      lines.append(line)
    }
    return lines
  }

  /// A histogram of the time to the first approved reply: how many messages were answered
  /// within each span, as bars scaled to the largest.
  static func distributionLines(_ buckets: [ResponseTimeBucket], width: Int) -> [StyledLine] {
    var lines = [StyledLine("Time to the first approved reply: distribution", style: heading)]
    let total = buckets.reduce(0) { $0 + $1.count }
    guard total > 0 else {
      lines.append(StyledLine("No reply has been approved yet.", style: Style(.muted)))
      return lines
    }
    let largest = buckets.map(\.count).max() ?? 0
    let barWidth = max(4, min(50, width - 30))
    for bucket in buckets {
      var line = StyledLine(TerminalText.fit(bucket.label, width: 7, pad: true) + " ")
      let number = CountText.full(bucket.count)
      line.append(String(repeating: " ", count: max(0, 7 - number.count)) + number + " ")
      let share = Int((Double(bucket.count) / Double(total) * 100).rounded())
      let percent = "\(share)%"
      line.append(
        String(repeating: " ", count: max(0, 4 - percent.count)) + percent + " ",
        style: Style(.muted))
      line.append(bar(bucket.count, of: largest, width: barWidth), style: Style(.chart))
      lines.append(line)
    }
    return lines
  }

  /// A titled table of labels, counts and horizontal bars scaled to the largest count.
  static func barTable(_ title: String, _ rows: [(String, Int)], width: Int) -> [StyledLine] {
    var lines = [StyledLine(title, style: heading)]
    let largest = rows.map(\.1).max() ?? 0
    let barWidth = max(4, width - 12 - 10)
    for (label, count) in rows {
      var line = StyledLine(TerminalText.fit(label, width: 11, pad: true) + " ")
      let number = CountText.full(count)
      line.append(String(repeating: " ", count: max(0, 9 - number.count)) + number + " ")
      line.append(bar(count, of: largest, width: barWidth), style: Style(.chart))
      lines.append(line)
    }
    return lines
  }

  static func bar(_ value: Int, of largest: Int, width: Int) -> String {
    guard largest > 0, value > 0 else { return "" }
    let eighths = max(1, Int((Double(value) / Double(largest) * Double(width * 8)).rounded()))
    return String(repeating: "█", count: eighths / 8)
      + (eighths % 8 > 0 ? String(horizontalEighths[eighths % 8]) : "")
  }

  /// Messages per day, one column per day, oldest on the left.
  static func dailyChart(_ days: [DailyCount], width: Int) -> [StyledLine] {
    var lines = [StyledLine("Messages per day (UTC), last \(days.count) days", style: heading)]
    let largest = days.map(\.count).max() ?? 0
    guard largest > 0 else {
      lines.append(StyledLine("No messages in these days.", style: Style(.muted)))
      return lines
    }
    let axis = CountText.short(largest)
    let axisWidth = max(6, axis.count + 1)
    let heights = days.map {
      Int((Double($0.count) / Double(largest) * Double(chartHeight * 8)).rounded())
    }
    for row in (0..<chartHeight).reversed() {
      let label = row == chartHeight - 1 ? axis : row == 0 ? "0" : ""
      var line = StyledLine(
        String(repeating: " ", count: axisWidth - label.count) + label + " ", style: Style(.muted))
      line.append("│", style: Style(.muted))
      var bars = ""
      for height in heights {
        let filled = height - row * 8
        bars.append(verticalEighths[max(0, min(8, filled))])
      }
      line.append(bars, style: Style(.chart))
      lines.append(line)
    }
    var axisLine = StyledLine(
      String(repeating: " ", count: axisWidth + 1) + "└", style: Style(.muted))
    axisLine.append(String(repeating: "─", count: days.count), style: Style(.muted))
    lines.append(axisLine)
    if let first = days.first, let last = days.last {
      let start = DateText.minute(first.day).prefix(10)
      let end = DateText.minute(last.day).prefix(10)
      let gap = max(1, days.count - start.count - end.count)
      lines.append(
        StyledLine(
          String(repeating: " ", count: axisWidth + 2) + start
            + String(repeating: " ", count: gap) + end, style: Style(.muted)))
    }
    return lines
  }
}
