import ArgumentParser
import Foundation
import Inbox
import Triage

struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Count inbound messages by status, platform and category, with response times.",
    discussion: """
      Response time is from a message being published to the first approval of a reply to \
      it: the median and the 90th percentile (nearest rank), overall, per platform and per \
      category.
      """)

  @OptionGroup var store: StoreOptions

  @Flag(help: "Print JSON.")
  var json = false

  func run() throws {
    let inbox = try store.openWorkflow().store
    let stats = try inbox.stats()
    let times = try inbox.responseTimes()
    let distribution = try inbox.responseTimeDistribution()
    if json {
      try JSONOutput.print(StatsJSON(stats, times, distribution))
      return
    }
    print("\(stats.total) inbound messages")
    for (title, counts) in [
      ("Status", stats.byStatus), ("Platform", stats.byPlatform), ("Category", stats.byCategory),
    ] {
      print("")
      var table = TextTable(columns: [title.uppercased(), "COUNT"])
      for (key, count) in counts.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
        table.add([key, String(count)])
      }
      print(table.render(width: Terminal.columns), terminator: "")
    }
    printResponseTimes(times)
    printDistribution(distribution)
  }

  private func printDistribution(_ buckets: [ResponseTimeBucket]) {
    guard buckets.contains(where: { $0.count > 0 }) else { return }
    print("")
    var table = TextTable(columns: ["FIRST APPROVED REPLY WITHIN", "MESSAGES"])
    for bucket in buckets { table.add([bucket.label, String(bucket.count)]) }
    print(table.render(width: Terminal.columns), terminator: "")
  }

  private func printResponseTimes(_ times: ResponseTimes) {
    print("")
    guard let overall = times.overall else {
      print("Time to first approved reply: no message has an approved reply yet.")
      return
    }
    print(
      "Time to first approved reply: median \(DurationText.describe(overall.median)), "
        + "90th percentile \(DurationText.describe(overall.p90)) (\(overall.count) messages)")
    for (title, groups) in [("Platform", times.byPlatform), ("Category", times.byCategory)] {
      print("")
      var table = TextTable(columns: [title.uppercased(), "REPLIED", "MEDIAN", "P90"])
      for (key, summary) in groups.sorted(by: { $0.key < $1.key }) {
        table.add([
          key, String(summary.count), DurationText.describe(summary.median),
          DurationText.describe(summary.p90),
        ])
      }
      print(table.render(width: Terminal.columns), terminator: "")
    }
  }
}

struct StatsJSON: Encodable {
  var total: Int
  var byStatus: [String: Int]
  var byPlatform: [String: Int]
  var byCategory: [String: Int]
  var responseTimes: ResponseTimesJSON
  var distribution: [ResponseTimeBucket]

  init(_ stats: InboxStats, _ times: ResponseTimes, _ distribution: [ResponseTimeBucket]) {
    total = stats.total
    byStatus = stats.byStatus
    byPlatform = stats.byPlatform
    byCategory = stats.byCategory
    responseTimes = ResponseTimesJSON(times)
    self.distribution = distribution
  }

  enum CodingKeys: String, CodingKey {
    case total
    case byStatus = "by_status"
    case byPlatform = "by_platform"
    case byCategory = "by_category"
    case responseTimes = "time_to_first_approved_reply"
    case distribution = "first_approved_reply_distribution"
  }
}

/// Seconds, per group; `overall` is null until a reply has been approved.
struct ResponseTimesJSON: Encodable {
  struct Summary: Encodable {
    var count: Int
    var medianSeconds: Double
    var p90Seconds: Double

    init(_ summary: ResponseTimes.Summary) {
      count = summary.count
      medianSeconds = summary.median
      p90Seconds = summary.p90
    }

    enum CodingKeys: String, CodingKey {
      case count
      case medianSeconds = "median_seconds"
      case p90Seconds = "p90_seconds"
    }
  }

  var overall: Summary?
  var byPlatform: [String: Summary]
  var byCategory: [String: Summary]

  init(_ times: ResponseTimes) {
    overall = times.overall.map(Summary.init)
    byPlatform = times.byPlatform.mapValues(Summary.init)
    byCategory = times.byCategory.mapValues(Summary.init)
  }

  enum CodingKeys: String, CodingKey {
    case overall
    case byPlatform = "by_platform"
    case byCategory = "by_category"
  }

  func encode(to encoder: Encoder) throws {
    var json = encoder.container(keyedBy: CodingKeys.self)
    try json.encode(overall, forKey: .overall)
    try json.encode(byPlatform, forKey: .byPlatform)
    try json.encode(byCategory, forKey: .byCategory)
  }
}
