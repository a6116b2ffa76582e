import Foundation
import Triage

/// Opens the inbox on a terminal: who is at the keyboard, their role, their keys, then the
/// loop until they quit. The terminal is restored however it ends.
public enum InboxApp {
  public static func run(
    store: InboxStore, findings: FindingSource?, keysPath: String,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws {
    let me = try OSUser.current()
    let role = try store.staffMember(me.name)?.role
    let keyMap = try KeyConfig.load(path: keysPath)
    let keysFile = FileManager.default.fileExists(atPath: keysPath) ? keysPath : nil
    let session = Session(
      user: me.name, role: role, capabilities: [.workflow],
      inboxName: displayPath(store.path, environment),
      keysFile: keysFile)
    // NO_COLOR (no-color.org): any non-empty value turns colour off; attributes remain.
    let color = (environment["NO_COLOR"] ?? "").isEmpty
    let terminal = try CursesTerminal(color: color)
    defer { terminal.stop() }
    let state = InboxState(size: terminal.size, now: Date(), session: session, keyMap: keyMap)
    let data = StoreDataSource(store: store, user: me.name, findings: findings)
    Runtime(state: state, data: data, terminal: terminal).run()
  }

  /// The database path with the home folder shown as ~.
  static func displayPath(_ path: String, _ environment: [String: String]) -> String {
    if let home = environment["HOME"], !home.isEmpty, path.hasPrefix(home + "/") {
      return "~" + path.dropFirst(home.count)
    }
    return path
  }
}
