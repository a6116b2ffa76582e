import ArgumentParser
import Foundation
import Inbox
import Triage

/// `--db PATH` and `--policy PATH`, accepted by every command that touches the inbox.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The inbox database (default: $ROUNDS_DB, else $XDG_DATA_HOME/rounds/inbox.sqlite).",
      valueName: "path"))
  var db: String?

  @Option(
    help: ArgumentHelp(
      "The practice policy file (default: rounds.toml beside the database).", valueName: "path"))
  var policy: String?

  var path: String { StoreLocation.resolve(explicit: db) }

  /// Opens the existing inbox, failing with a pointer to `rounds init` when there is none.
  func open() throws -> InboxStore {
    try InboxStore.open(at: path)
  }

  /// The policy file in force, nil when the built-in defaults apply.
  func policyPath() throws -> String? {
    try PolicyLoader.locate(explicit: policy, databasePath: path)
  }

  /// The practice policy: --policy, else rounds.toml beside the inbox, else the defaults.
  func loadPolicy() throws -> PracticePolicy {
    try PolicyLoader.load(try policyPath())
  }

  /// Opens the inbox as the OS user at the keyboard, refusing anyone not on the staff list,
  /// with the reply checker and review rule of the practice's policy.
  func openWorkflow() throws -> Workflow {
    try openWorkflowService().workflow
  }

  /// The same, with the checker and policy the terminal inbox also needs (its live check and
  /// templates).
  func openWorkflowService() throws -> WorkflowService {
    try Self.workflowService(store: try open(), policyFile: try policyPath())
  }

  /// Opens the workflow on an inbox as the OS user at the keyboard: the policy loaded once,
  /// its reply checker and review rule, and a change of policy recorded in the audit log.
  static func workflowService(store inbox: InboxStore, policyFile file: String?) throws
    -> WorkflowService
  {
    let policy = try PolicyLoader.load(file)
    let service = try WorkflowService.open(
      store: inbox, user: try OSUser.current().name, policy: policy)
    try service.workflow.notePolicy(
      path: file,
      contents: file.flatMap { FileManager.default.contents(atPath: $0) }.map(Array.init))
    return service
  }

  /// What `import` runs on every message: the PHI detector and the triage classifier, set up
  /// with the practice's policy (read here, so its errors come first) on a thread of their own
  /// while the import starts reading.
  func analyzer() throws -> any MessageAnalyzing {
    let policy = try loadPolicy()
    return BackgroundAnalyzer { MessageAnalyzer(policy: policy) }
  }
}
