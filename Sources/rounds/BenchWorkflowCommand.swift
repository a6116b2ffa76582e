import ArgumentParser
import Foundation
import Triage

#if canImport(Glibc)
  import Glibc
#endif

struct BenchWorkflowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "workflow",
    abstract:
      "Workflow actions (each one transaction with its audit entry), audit verify, SHA-256.",
    discussion: """
      Works on a scratch inbox in a private temporary folder, removed afterwards; your inbox \
      is never touched. Figures depend on the machine and its load: compare runs on one machine.
      """)

  @Option(help: "Messages to create.")
  var messages = 2_000

  @Option(help: "Audit entries to add before timing verify (on top of the actions).")
  var entries = 50_000

  func validate() throws {
    guard messages > 0, entries >= 0 else {
      throw ValidationError("--messages must be at least 1 and --entries at least 0")
    }
  }

  func run() throws {
    var template = Array((NSTemporaryDirectory() + "/rounds-bench-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else {
      throw RoundsError(.failure, "cannot create a scratch folder")
    }
    let folder = String(cString: made)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = try InboxStore.create(at: folder + "/inbox/inbox.sqlite")
    let me = try OSUser.current().name
    try Workflow.bootstrap(store: store, user: me, displayName: me)
    let ids: [Int64] = try store.pool.write { db in
      try (0..<messages).map { index in
        try InboxStore.insertIfAbsent(
          Message(
            platform: .x, externalID: "bench-\(index)", text: "Question \(index)",
            createdAt: Date(timeIntervalSince1970: 1_700_000_000 + Double(index))),
          in: db
        ).id
      }
    }
    let workflow = try Workflow(store: store, user: me, checker: nil)
    print("Machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(Self.kernel())")

    let tagTime = try Self.time {
      for id in ids { try workflow.tag(id, ["bench"]) }
    }
    Self.report("tag (one transaction + audit entry each)", count: ids.count, seconds: tagTime)

    let cycleTime = try Self.time {
      for id in ids {
        try workflow.triage(id, category: .admin)
        try workflow.saveDraft(id, text: "Please call the office about message \(id).")
        _ = try workflow.submit(id)
      }
    }
    Self.report("triage + draft + submit", count: ids.count * 3, seconds: cycleTime)

    let appendTime = try Self.time {
      try store.pool.write { db in
        for index in 0..<entries {
          try AuditLog.append(
            .importBatch, actor: me, detail: ["file": .text("bench-\(index)"), "inserted": 1],
            in: db)
        }
      }
    }
    Self.report("audit appends in one transaction", count: entries, seconds: appendTime)

    var result: AuditVerification?
    let verifyTime = try Self.time { result = try AuditVerifier.verify(in: store) }
    guard let result, result.isIntact else {
      throw RoundsError(.failure, "the scratch audit log did not verify")
    }
    Self.report("audit verify", count: result.entryCount, seconds: verifyTime)

    let bytes = [UInt8](repeating: 0x61, count: 16 << 20)
    let hashTime = try Self.time { _ = SHA256.hex(bytes) }
    print(Self.label("SHA-256") + String(format: "%8.1f MB/s", 16 / hashTime))
  }

  static func time(_ body: () throws -> Void) throws -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  static func report(_ what: String, count: Int, seconds: Double) {
    print(
      label(what)
        + String(
          format: "%8d in %7.3f s: %9.0f per second, %7.3f ms each", count, seconds,
          Double(count) / seconds, seconds * 1000 / Double(max(1, count))))
  }

  static func label(_ text: String) -> String {
    text.padding(toLength: 42, withPad: " ", startingAt: 0)
  }

  static func kernel() -> String {
    var info = utsname()
    uname(&info)
    let machine = withUnsafeBytes(of: &info.machine) {
      String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
    }
    let release = withUnsafeBytes(of: &info.release) {
      String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
    }
    return "Linux \(release) \(machine)"
  }
}
