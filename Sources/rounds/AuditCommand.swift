import ArgumentParser
import Foundation
import Inbox
import Triage

struct AuditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract: "List the audit log, or verify its hash chain.",
    discussion: """
      Every state change, draft save, submission, review decision, staff change, export, \
      import batch and policy change is in the log, with who did it and when, each entry \
      chained to the one before by SHA-256. The database refuses to change or delete entries; \
      `rounds audit verify` catches anyone who got round that.
      """,
    subcommands: [List.self, Verify.self],
    defaultSubcommand: List.self)

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List entries, oldest first.")

    @OptionGroup var store: StoreOptions

    @Option(
      help: ArgumentHelp(
        "Only entries from then on: 2026-11-01, 2026-11-01T14:30Z, or an age like 12h, 7d.",
        valueName: "when"))
    var since: String?

    @Option(help: ArgumentHelp("Only entries about this message.", valueName: "id"))
    var message: Int64?

    @Option(help: ArgumentHelp("Only entries by this OS user.", valueName: "user"))
    var actor: String?

    @Option(help: "At most this many entries.")
    var limit: Int?

    @Flag(help: "Print a JSON array, with each entry's hashes.")
    var json = false

    func validate() throws {
      if let since, TimeArgument.parse(since) == nil {
        throw ValidationError(
          "--since \(since) is neither a date (2026-11-01), a time (2026-11-01T14:30Z) nor an age (12h, 7d)"
        )
      }
      if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
      let workflow = try store.openWorkflow()
      let filter = AuditLog.Filter(
        since: since.flatMap { TimeArgument.parse($0) }, messageID: message, actor: actor,
        limit: limit)
      let entries = try workflow.auditEntries(filter)
      if json {
        try JSONOutput.print(entries.map(AuditJSON.init))
        return
      }
      guard !entries.isEmpty else {
        print("No entries.")
        return
      }
      // Not a table: the detail (notes, override reasons) is printed in full, sanitized.
      let seqWidth = String(entries.last?.seq ?? 0).count
      for entry in entries {
        let detail = entry.detail.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let fields = [
          String(entry.seq).padding(toLength: seqWidth, withPad: " ", startingAt: 0),
          DateText.minute(entry.at), TerminalText.sanitize(entry.actor),
          TerminalText.sanitize(entry.action.rawValue),
          entry.messageID.map { "message \($0)" } ?? "-",
          TerminalText.sanitize(detail.joined(separator: " ")),
        ]
        print(fields.joined(separator: "  "))
      }
    }
  }

  struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Recompute the hash chain; exit 1 naming the first bad entry.",
      discussion: """
        Prints the head (last entry and its hash). Keep that line somewhere outside this \
        machine: passing it back with --anchor later proves the log was not rewritten \
        from the start.
        """)

    @OptionGroup var store: StoreOptions

    @Option(
      help: ArgumentHelp(
        "A hash printed by an earlier verify: fail unless that entry is still in the log.",
        valueName: "hash"))
    var anchor: String?

    @Flag(help: "Print the result as JSON.")
    var json = false

    func validate() throws {
      if let anchor, anchor.count != 64 || !anchor.allSatisfy(\.isHexDigit) {
        throw ValidationError("--anchor takes the 64 hex digits `rounds audit verify` printed")
      }
    }

    func run() throws {
      let workflow = try store.openWorkflow()
      let result = try workflow.verifyAudit(anchor: anchor?.lowercased())
      if json {
        try JSONOutput.print(VerificationJSON(result))
        if !result.isIntact { throw ExitCode(1) }
        return
      }
      if let problem = result.problem {
        throw RoundsError(
          .failure, "the audit log has been tampered with: \(problem)",
          fix:
            "restore the inbox from a backup and find out who had write access to \(workflow.store.path)"
        )
      }
      if let seq = result.headSeq, let hash = result.headHash {
        print("The audit log is intact: \(result.entryCount) entries. Head: entry \(seq), \(hash)")
      } else {
        print("The audit log is intact and empty.")
      }
    }
  }
}

struct AuditJSON: Encodable {
  var seq: Int64
  var at: Date
  var actor: String
  var action: String
  var messageID: Int64?
  var detail: [String: AuditValue]
  var previousHash: String
  var hash: String

  init(_ entry: AuditEntry) {
    seq = entry.seq
    at = entry.at
    actor = entry.actor
    action = entry.action.rawValue
    messageID = entry.messageID
    detail = entry.detail
    previousHash = entry.previousHash
    hash = entry.hash
  }

  enum CodingKeys: String, CodingKey {
    case seq, at, actor, action, detail, hash
    case messageID = "message_id"
    case previousHash = "prev_hash"
  }

  func encode(to encoder: Encoder) throws {
    var json = encoder.container(keyedBy: CodingKeys.self)
    try json.encode(seq, forKey: .seq)
    try json.encode(at, forKey: .at)
    try json.encode(actor, forKey: .actor)
    try json.encode(action, forKey: .action)
    try json.encode(messageID, forKey: .messageID)
    try json.encode(detail, forKey: .detail)
    try json.encode(previousHash, forKey: .previousHash)
    try json.encode(hash, forKey: .hash)
  }
}

struct VerificationJSON: Encodable {
  var intact: Bool
  var entries: Int
  var headSeq: Int64?
  var headHash: String?
  var problem: String?
  var firstBadEntry: Int64?

  init(_ result: AuditVerification) {
    intact = result.isIntact
    entries = result.entryCount
    headSeq = result.headSeq
    headHash = result.headHash
    problem = result.problem?.description
    firstBadEntry = result.problem?.seq
  }

  enum CodingKeys: String, CodingKey {
    case intact, entries, problem
    case headSeq = "head_seq"
    case headHash = "head_hash"
    case firstBadEntry = "first_bad_entry"
  }

  func encode(to encoder: Encoder) throws {
    var json = encoder.container(keyedBy: CodingKeys.self)
    try json.encode(intact, forKey: .intact)
    try json.encode(entries, forKey: .entries)
    try json.encode(headSeq, forKey: .headSeq)
    try json.encode(headHash, forKey: .headHash)
    try json.encode(problem, forKey: .problem)
    try json.encode(firstBadEntry, forKey: .firstBadEntry)
  }
}
