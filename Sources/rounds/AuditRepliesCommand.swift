import ArgumentParser
import Foundation
import Inbox
import Triage

struct AuditRepliesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit-replies",
    abstract: "Check the practice's imported past replies; list those with block risks.",
    discussion: """
      Runs today's reply checker over every imported own post and reply (with the message it \
      answered, when that was imported too) and lists those with block-level risks, oldest \
      first, so they can be found and taken down. Clinicians and supervisors.
      """)

  @OptionGroup var store: StoreOptions

  @Flag(help: "Print a JSON array: each reply with its risks.")
  var json = false

  func run() throws {
    let found = try store.openWorkflow().auditOwnReplies()
    if json {
      try JSONOutput.print(found.map(RiskyReplyJSON.init))
      return
    }
    guard !found.isEmpty else {
      print("No imported reply of the practice has a block risk.")
      return
    }
    for risky in found {
      let reply = risky.reply
      print(
        "Message \(reply.id ?? 0), \(reply.platform.rawValue), \(DateText.minute(reply.createdAt)) UTC"
          + (reply.permalink.map { " \(TerminalText.sanitize($0))" } ?? ""))
      if let original = risky.original, let id = original.id {
        print("  answering message \(id) by \(TerminalText.sanitize(original.authorLabel))")
      }
      ActionOutput.printRisks(risky.risks)
    }
    print("\(found.count) repl\(found.count == 1 ? "y" : "ies") to take down or correct.")
  }
}

struct RiskyReplyJSON: Encodable {
  var reply: MessageJSON
  var answering: Int64?
  var risks: [Finding]

  init(_ risky: Workflow.RiskyReply) {
    reply = MessageJSON(message: risky.reply)
    answering = risky.original?.id
    risks = risky.risks
  }

  func encode(to encoder: Encoder) throws {
    var json = encoder.container(keyedBy: CodingKeys.self)
    try json.encode(reply, forKey: .reply)
    try json.encode(answering, forKey: .answering)
    try json.encode(risks, forKey: .risks)
  }

  enum CodingKeys: String, CodingKey {
    case reply, answering, risks
  }
}
