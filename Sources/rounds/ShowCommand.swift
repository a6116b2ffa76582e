import ArgumentParser
import Foundation
import Inbox
import Triage

struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show one message in full.")

  @OptionGroup var store: StoreOptions

  @Argument(help: "The message id, as `rounds list` shows it.")
  var id: Int64

  @Flag(help: "Print the message as JSON, with its raw source record.")
  var json = false

  func run() throws {
    let inbox = try store.open()
    guard let message = try inbox.message(id: id) else {
      throw RoundsError(.notFound, "there is no message \(id)", fix: "see `rounds list`")
    }
    if json {
      try JSONOutput.print(MessageJSON(message: message))
      return
    }
    let fields: [(String, String?)] = [
      ("Message", String(id)),
      (
        "Platform",
        "\(message.platform.rawValue) (\(message.kind == .own ? "the practice's own post" : "inbound"))"
      ),
      (
        "From",
        [message.authorName, message.authorHandle.map { "@\($0)" }].compactMap { $0 }.joined(
          separator: " ")
      ),
      ("Date", DateText.minute(message.createdAt) + " UTC"),
      ("Status", message.status.rawValue),
      ("Category", message.category.map { "\($0.rawValue), urgency \(message.urgency)" }),
      (
        "Source",
        [message.sourceStatus, message.visibility == .public ? nil : message.visibility.rawValue]
          .compactMap { $0 }.joined(separator: ", ")
      ),
      ("Link", message.permalink),
      ("Thread", message.threadID),
      ("Reply to", message.parentID),
    ]
    for (label, value) in fields {
      guard let value, !value.isEmpty else { continue }
      print(
        "\(label.padding(toLength: 9, withPad: " ", startingAt: 0)) \(TerminalText.sanitize(value))"
      )
    }
    print("")
    print(TerminalText.sanitize(message.text, keepNewlines: true))
  }
}
