import ArgumentParser
import Foundation
import Triage

#if canImport(Glibc)
  import Glibc
#endif

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write approved replies, with their originals, ready for posting.",
    discussion: """
      Each reply comes with its platform, the original's link, author and text. The export \
      holds PHI: --out files are created with mode 600, and every export is recorded in the \
      audit log. CSV cells from the public that start with = + - @ get a leading ' so a \
      spreadsheet shows them as text instead of running them.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case csv, json
  }

  @OptionGroup var store: StoreOptions

  @Flag(help: "Replies approved and waiting to be posted.")
  var approved = false

  @Flag(help: "Replies already posted (with the reply's link), for the record.")
  var posted = false

  @Option(help: "csv or json.")
  var format: Format = .csv

  @Option(help: ArgumentHelp("Write to this file (mode 600) instead of stdout.", valueName: "file"))
  var out: String?

  func validate() throws {
    guard approved || posted else {
      throw ValidationError("say what to export: --approved, --posted or both")
    }
  }

  func run() throws {
    let workflow = try store.openWorkflow()
    var statuses: Set<Status> = []
    if approved { statuses.insert(.approved) }
    if posted { statuses.insert(.posted) }
    // Open the file first so a bad path fails before anything is recorded as exported.
    let destination = out.map(Self.absolute)
    let file = try destination.map(PrivateFile.create)
    do {
      let replies = try workflow.exportReplies(
        statuses: statuses, format: format.rawValue, destination: destination ?? "stdout")
      let data =
        switch format {
        case .csv: Data(ReplyCSV.render(replies).utf8)
        case .json:
          replies.isEmpty
            ? Data("[]\n".utf8)
            : try JSONOutput.encoder().encode(replies.map(ReplyJSON.init)) + Data("\n".utf8)
        }
      if let file {
        try file.write(contentsOf: data)
        try file.close()
        Terminal.printError("Wrote \(replies.count) replies to \(destination!).")
      } else {
        FileHandle.standardOutput.write(data)
      }
    } catch {
      if let destination {
        try? file?.close()
        unlink(destination)
      }
      throw error
    }
  }
}

extension ExportCommand {
  static func absolute(_ path: String) -> String {
    let expanded = (path as NSString).expandingTildeInPath
    if expanded.hasPrefix("/") { return expanded }
    return FileManager.default.currentDirectoryPath + "/" + expanded
  }
}

/// A new file only its owner can read, replacing what was there, never through a symlink.
enum PrivateFile {
  static func create(_ path: String) throws -> FileHandle {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard fd >= 0 else {
      throw RoundsError(
        .failure, "cannot write \(path): \(String(cString: strerror(errno)))",
        fix: "check the folder exists and that you may write to it")
    }
    // An existing file keeps its mode through O_TRUNC: make it private too.
    guard fchmod(fd, 0o600) == 0 else {
      close(fd)
      throw RoundsError(.permission, "cannot make \(path) private (mode 600)")
    }
    return FileHandle(fileDescriptor: fd, closeOnDealloc: true)
  }
}

/// RFC 4180 CSV, one row per reply.
enum ReplyCSV {
  static let header = [
    "message_id", "platform", "permalink", "author_handle", "original_created_at",
    "original_text", "reply", "revision", "approved_by", "approved_at", "status", "posted_at",
    "posted_url",
  ]

  static func render(_ replies: [Workflow.ApprovedReply]) -> String {
    var text = line(header)
    for reply in replies {
      text += line([
        String(reply.messageID), reply.platform.rawValue, untrusted(reply.permalink ?? ""),
        untrusted(reply.authorHandle ?? ""), iso(reply.originalCreatedAt),
        untrusted(reply.originalText), reply.reply, String(reply.revision),
        reply.approvedBy ?? "", reply.approvedAt.map(iso) ?? "", reply.status.rawValue,
        reply.postedAt.map(iso) ?? "", reply.postedURL ?? "",
      ])
    }
    return text
  }

  static func line(_ cells: [String]) -> String {
    cells.map(quote).joined(separator: ",") + "\r\n"
  }

  static func quote(_ cell: String) -> String {
    guard cell.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return cell }
    return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// Text from the public must not run as a spreadsheet formula.
  static func untrusted(_ cell: String) -> String {
    guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else {
      return cell
    }
    return "'" + cell
  }

  static func iso(_ date: Date) -> String {
    ISO8601DateFormatter().string(from: date)
  }
}

struct ReplyJSON: Encodable {
  var messageID: Int64
  var platform: String
  var permalink: String?
  var authorHandle: String?
  var originalCreatedAt: Date
  var originalText: String
  var reply: String
  var revision: Int
  var approvedBy: String?
  var approvedAt: Date?
  var status: String
  var postedAt: Date?
  var postedURL: String?

  init(_ reply: Workflow.ApprovedReply) {
    messageID = reply.messageID
    platform = reply.platform.rawValue
    permalink = reply.permalink
    authorHandle = reply.authorHandle
    originalCreatedAt = reply.originalCreatedAt
    originalText = reply.originalText
    self.reply = reply.reply
    revision = reply.revision
    approvedBy = reply.approvedBy
    approvedAt = reply.approvedAt
    status = reply.status.rawValue
    postedAt = reply.postedAt
    postedURL = reply.postedURL
  }

  enum CodingKeys: String, CodingKey {
    case platform, permalink, reply, revision, status
    case messageID = "message_id"
    case authorHandle = "author_handle"
    case originalCreatedAt = "original_created_at"
    case originalText = "original_text"
    case approvedBy = "approved_by"
    case approvedAt = "approved_at"
    case postedAt = "posted_at"
    case postedURL = "posted_url"
  }

  /// Every key present, null when unknown.
  func encode(to encoder: Encoder) throws {
    var json = encoder.container(keyedBy: CodingKeys.self)
    try json.encode(messageID, forKey: .messageID)
    try json.encode(platform, forKey: .platform)
    try json.encode(permalink, forKey: .permalink)
    try json.encode(authorHandle, forKey: .authorHandle)
    try json.encode(originalCreatedAt, forKey: .originalCreatedAt)
    try json.encode(originalText, forKey: .originalText)
    try json.encode(reply, forKey: .reply)
    try json.encode(revision, forKey: .revision)
    try json.encode(approvedBy, forKey: .approvedBy)
    try json.encode(approvedAt, forKey: .approvedAt)
    try json.encode(status, forKey: .status)
    try json.encode(postedAt, forKey: .postedAt)
    try json.encode(postedURL, forKey: .postedURL)
  }
}
