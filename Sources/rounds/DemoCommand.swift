import ArgumentParser
import Foundation
import Inbox
import Triage

struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Open a demo inbox filled from sample exports bundled with Rounds.",
    discussion: """
      The demo inbox is $XDG_DATA_HOME/rounds/demo.sqlite (~/.local/share/rounds/demo.sqlite) \
      unless --db says otherwise; your real inbox is never touched. The first run creates it, \
      writes the sample practice's policy (rounds.toml beside it), makes you its supervisor \
      with a second clinician to assign to, and imports the samples: a practice's blog \
      comments (WordPress), mentions on X (twarc2), Facebook comments and Google reviews, \
      covering PHI, crisis and emergency messages, advice requests, admin questions, praise \
      and spam. Later runs reuse it as you left it; --reset starts again.
      """)

  @Option(
    help: ArgumentHelp(
      "The demo database (default: demo.sqlite in the Rounds data folder).", valueName: "path"))
  var db: String?

  @Flag(help: "Delete the demo inbox and build it again from the samples.")
  var reset = false

  @Flag(help: "Prepare the demo inbox and print its path, without opening it.")
  var prepareOnly = false

  @Option(
    help: ArgumentHelp(
      "Key bindings file (default: $XDG_CONFIG_HOME/rounds/keys.conf).", valueName: "path"))
  var keys: String?

  var path: String {
    db.map { StoreLocation.absolute($0) } ?? StoreLocation.dataDirectory() + "/demo.sqlite"
  }

  func run() throws {
    if reset {
      for file in [path, path + "-wal", path + "-shm"] { unlink(file) }
    }
    let inbox = try InboxStore.create(at: path)
    try DemoPolicy.install(besideDatabase: inbox.path)
    let policyFile = try PolicyLoader.locate(explicit: nil, databasePath: inbox.path)
    let me = try OSUser.current()
    try Workflow.bootstrap(store: inbox, user: me.name, displayName: me.fullName ?? me.name)
    let workflow = try StoreOptions.workflowService(store: inbox, policyFile: policyFile)
    if try inbox.count(MessageQuery(kind: nil)) == 0 {
      if try inbox.staffMember(DemoPolicy.clinician.user) == nil {
        try workflow.workflow.saveStaff(
          DemoPolicy.clinician.user, role: .clinician, displayName: DemoPolicy.clinician.name)
      }
      try importSamples(into: inbox, as: me.name, policy: workflow.policy)
    }
    if prepareOnly {
      print(inbox.path)
      return
    }
    try InboxApp.run(
      workflow: workflow, findings: Wiring.readerFindings(workflow.policy),
      keysPath: keys ?? KeyConfig.defaultPath())
  }

  /// Writes the bundled samples to a private folder and imports them like any export file.
  private func importSamples(into inbox: InboxStore, as user: String, policy: PracticePolicy)
    throws
  {
    var template = Array(
      (FileManager.default.temporaryDirectory.path + "/rounds-demo-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else {
      throw RoundsError(
        .failure,
        "cannot create a folder for the demo samples in \(FileManager.default.temporaryDirectory.path)",
        fix: "set TMPDIR to a folder you can write to")
    }
    let folder = String(cString: made)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var files: [String] = []
    for sample in DemoSamples.all {
      let file = folder + "/" + sample.fileName
      try sample.contents.write(to: URL(fileURLWithPath: file))
      files.append(file)
    }
    let runner = try ImportRunner(
      store: inbox, user: user,
      options: ImportRunner.Options(analyzer: MessageAnalyzer(policy: policy)))
    let summary = try runner.run(files)
    guard summary.succeeded else {
      throw RoundsError(
        .failure, "the demo samples could not all be imported into \(inbox.path)",
        fix: "run `rounds demo --reset`; if it fails again, report it")
    }
    let skipped = summary.skipped.values.reduce(0, +)
    Terminal.printError(
      "rounds: built the demo inbox at \(inbox.path): \(summary.imported) messages imported;"
        + " \(summary.errorCount) bad and \(skipped) skipped records reported, as real exports"
        + " have (see `rounds imports --db \(inbox.path)`)")
  }
}
