import ArgumentParser
import Foundation
import Inbox
import Triage

struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats", abstract: "Count inbound messages by status, platform and category.")

  @OptionGroup var store: StoreOptions

  @Flag(help: "Print JSON.")
  var json = false

  func run() throws {
    let stats = try store.open().stats()
    if json {
      try JSONOutput.print(StatsJSON(stats))
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
  }
}

struct StatsJSON: Encodable {
  var total: Int
  var byStatus: [String: Int]
  var byPlatform: [String: Int]
  var byCategory: [String: Int]

  init(_ stats: InboxStats) {
    total = stats.total
    byStatus = stats.byStatus
    byPlatform = stats.byPlatform
    byCategory = stats.byCategory
  }

  enum CodingKeys: String, CodingKey {
    case total
    case byStatus = "by_status"
    case byPlatform = "by_platform"
    case byCategory = "by_category"
  }
}
