import Foundation
import Triage

/// Opens the inbox on a terminal: who is at the keyboard, their role, their keys, then the
/// loop until they quit. The terminal is restored however it ends.
public enum InboxApp {
  /// `workflow` is opened for the OS user at the keyboard (someone not on the staff list is
  /// refused before the terminal is touched); every change goes through it.
  public static func run(
    workflow: WorkflowService, findings: FindingSource?, keysPath: String,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws {
    workflow.warmUp()
    let store = workflow.workflow.store
    let actor = workflow.workflow.actor
    let keyMap = try KeyConfig.load(path: keysPath)
    let keysFile = FileManager.default.fileExists(atPath: keysPath) ? keysPath : nil
    let session = Session(
      user: actor.user, role: actor.role, capabilities: [.workflow, .inboxActions],
      inboxName: displayPath(store.path, environment),
      keysFile: keysFile)
    // NO_COLOR (no-color.org): any non-empty value turns colour off; attributes remain.
    let color = (environment["NO_COLOR"] ?? "").isEmpty
    let terminal = try CursesTerminal(color: color)
    defer { terminal.stop() }
    var state = InboxState(size: terminal.size, now: Date(), session: session, keyMap: keyMap)
    let unsaved = (try? store.autosavedMessages(user: actor.user)) ?? []
    if !unsaved.isEmpty {
      let ids = unsaved.prefix(5).map(String.init).joined(separator: ", ")
      state.notice = Notice(
        "You have unsaved replies (message \(ids)): open one and reply (A) to get your text back")
    }
    let data = StoreDataSource(store: store, user: actor.user, findings: findings)
    Runtime(
      state: state, data: data, workflow: workflow, terminal: terminal,
      editor: ExternalEditor(environment: environment)
    ).run()
  }

  /// The database path with the home folder shown as ~.
  static func displayPath(_ path: String, _ environment: [String: String]) -> String {
    if let home = environment["HOME"], !home.isEmpty, path.hasPrefix(home + "/") {
      return "~" + path.dropFirst(home.count)
    }
    return path
  }
}
