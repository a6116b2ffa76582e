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
    let item = try store.openWorkflow().item(id)
    let message = item.message
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
      ("Version", String(message.version)),
      ("Assigned", message.assignee),
      ("Tags", item.tags.isEmpty ? nil : item.tags.joined(separator: ", ")),
      ("Triaged", item.triagedBy.map { "by \($0)" }),
      ("Draft", Self.draftLine(item)),
      ("Response", Self.responseLine(item)),
      ("Posted", Self.postedLine(item)),
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

  static func draftLine(_ item: WorkItem) -> String? {
    guard let draft = item.draft else { return nil }
    var line = "revision \(draft.revision) by \(draft.authors.sorted().joined(separator: ", "))"
    if let review = item.lastReview {
      line += "; last review: \(review.decision.rawValue) by \(review.reviewer)"
    }
    return line + " (`rounds review show \(item.id)`)"
  }

  static func responseLine(_ item: WorkItem) -> String? {
    guard item.message.kind == .inbound else { return nil }
    let age = DurationText.describe(item.firstResponseAge(now: Date()))
    return item.hasApprovedReply ? "first reply approved after \(age)" : "waiting \(age)"
  }

  static func postedLine(_ item: WorkItem) -> String? {
    guard let at = item.postedAt else { return nil }
    var line = DateText.minute(at) + " UTC"
    if let by = item.postedBy { line += " by \(by)" }
    if let url = item.postedURL { line += ", \(url)" }
    return line
  }
}
