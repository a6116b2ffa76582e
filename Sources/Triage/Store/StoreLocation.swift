import Foundation

/// Where the inbox database lives: `--db PATH`, else `$ROUNDS_DB`, else
/// `$XDG_DATA_HOME/rounds/inbox.sqlite`, else `~/.local/share/rounds/inbox.sqlite`.
public enum StoreLocation {
  public static let fileName = "inbox.sqlite"

  public static func resolve(
    explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    if let explicit, !explicit.isEmpty { return absolute(explicit) }
    if let fromEnv = environment["ROUNDS_DB"], !fromEnv.isEmpty { return absolute(fromEnv) }
    return dataDirectory(environment: environment) + "/" + fileName
  }

  /// The per-user data folder for Rounds (XDG base directory rules: a relative
  /// `XDG_DATA_HOME` is ignored).
  public static func dataDirectory(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
      return xdg + "/rounds"
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return home + "/.local/share/rounds"
  }

  /// The path with `~` expanded, made absolute against the current folder.
  public static func absolute(_ path: String) -> String {
    let expanded = (path as NSString).expandingTildeInPath
    if expanded.hasPrefix("/") { return expanded }
    return FileManager.default.currentDirectoryPath + "/" + expanded
  }
}
