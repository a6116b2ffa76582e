import ArgumentParser
import Foundation
import Inbox
import Triage

struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List messages, newest first.",
    discussion: """
      Filters combine. --search matches every word (as a prefix) against the text and the \
      author, ignoring accents. --json prints a JSON array of messages.
      """)

  @OptionGroup var store: StoreOptions

  @Option(
    help: ArgumentHelp(
      "Only messages in this status (repeat for several): \(Status.allCases.map(\.rawValue).joined(separator: ", ")).",
      valueName: "status"))
  var status: [Status] = []

  @Option(
    help: ArgumentHelp(
      "Only messages from this platform, e.g. x, facebook, wordpress.", valueName: "name"))
  var platform: String?

  @Option(help: ArgumentHelp("Only messages in this triage category.", valueName: "category"))
  var category: Triage.Category?

  @Option(
    help: ArgumentHelp(
      "inbound (questions from the public), own (the practice's posts) or all.", valueName: "kind"))
  var kind: KindFilter = .inbound

  @Option(
    help: ArgumentHelp(
      "Only messages assigned to this OS user (`me` for yourself).", valueName: "user"))
  var assignee: String?

  @Option(help: ArgumentHelp("Only messages with this tag.", valueName: "tag"))
  var tag: String?

  @Option(help: ArgumentHelp("Full-text search over text and author.", valueName: "text"))
  var search: String?

  @Option(help: ArgumentHelp("Order: newest or urgency.", valueName: "order"))
  var sort: MessageQuery.Order = .newest

  @Option(help: "At most this many messages.")
  var limit: Int = 50

  @Flag(help: "Print a JSON array of messages.")
  var json = false

  func validate() throws {
    guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
  }

  func run() throws {
    let workflow = try store.openWorkflow()
    let inbox = workflow.store
    let query = MessageQuery(
      kind: kind.messageKind, statuses: status, platform: platform.map { Platform(rawValue: $0) },
      category: category, search: search, order: sort, limit: limit,
      assignee: assignee.map { $0 == "me" ? workflow.user : $0 }, tag: tag)
    let messages = try inbox.page(query).messages
    if json {
      try JSONOutput.print(messages.map(MessageJSON.init))
    } else {
      printTable(messages)
    }
  }

  private func printTable(_ messages: [Message]) {
    guard !messages.isEmpty else {
      print("No messages.")
      return
    }
    var table = TextTable(columns: [
      "ID", "U", "STATUS", "PLATFORM", "DATE (UTC)", "AUTHOR", "CATEGORY", "TEXT",
    ])
    for message in messages {
      table.add([
        message.id.map(String.init) ?? "",
        message.urgency > 0 ? String(message.urgency) : "",
        message.status.rawValue,
        message.platform.rawValue,
        DateText.minute(message.createdAt),
        message.authorLabel,
        message.category?.rawValue ?? "-",
        message.text,
      ])
    }
    print(table.render(width: Terminal.isInteractive ? Terminal.columns : 160), terminator: "")
  }
}

/// `--kind`: a message kind or all of them.
enum KindFilter: String, ExpressibleByArgument, CaseIterable {
  case inbound, own, all

  var messageKind: MessageKind? {
    switch self {
    case .inbound: .inbound
    case .own: .own
    case .all: nil
    }
  }
}
