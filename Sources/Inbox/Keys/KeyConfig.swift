import Foundation
import Triage

/// keys.conf: one command per line, `#` starts a comment.
///
///     bind CONTEXT KEY ACTION     # e.g. bind list J move-down
///     unbind CONTEXT KEY          # e.g. unbind list d
///
/// CONTEXT is generic, list, reader, dashboard or help; KEY is a character, `C-x` for Ctrl-X,
/// or a name in angle brackets (`<Down>`, `<PgDn>`, `<Enter>`, `<Space>`, `<F1>`, ...); ACTION is
/// a name from the help screen. Any mistake is reported with its line and nothing is applied.
public enum KeyConfig {
  /// `$XDG_CONFIG_HOME/rounds/keys.conf`, else `~/.config/rounds/keys.conf`.
  public static func defaultPath(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
      return xdg + "/rounds/keys.conf"
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return home + "/.config/rounds/keys.conf"
  }

  /// The key map with the file at `path` applied; the defaults when there is no such file.
  public static func load(path: String, table: ActionTable = .standard) throws -> KeyMap {
    guard FileManager.default.fileExists(atPath: path) else { return KeyMap(table: table) }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw RoundsError(.permission, "cannot read \(path)", fix: "check its permissions")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw RoundsError(.usage, "\(path) is not UTF-8 text", fix: "save it as UTF-8")
    }
    return try apply(text, to: KeyMap(table: table), source: path)
  }

  /// Applies the commands in `text` to `map`; `source` names the file in errors.
  public static func apply(_ text: String, to map: KeyMap, source: String) throws -> KeyMap {
    var map = map
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let line = index + 1
      func failure(_ what: String) -> RoundsError {
        RoundsError(
          .usage, "\(source) line \(line): \(what)",
          fix: "see the key names and actions in docs/tui.md or on the help screen (?)")
      }
      let content =
        rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        .first.map(String.init) ?? ""
      // `#` is also a key: "bind list # filter-tag" keeps it when it stands alone as a word.
      let words = keyAwareWords(String(rawLine), comment: content)
      guard !words.isEmpty else { continue }
      let verb = words[0]
      guard verb == "bind" || verb == "unbind" else {
        throw failure("unknown command \"\(TerminalText.sanitize(verb))\" (use bind or unbind)")
      }
      let expected = verb == "bind" ? 4 : 3
      guard words.count == expected else {
        throw failure(
          verb == "bind"
            ? "bind takes a context, a key and an action" : "unbind takes a context and a key")
      }
      guard let context = KeyContext(rawValue: words[1]) else {
        throw failure(
          "unknown context \"\(TerminalText.sanitize(words[1]))\" (use "
            + KeyContext.allCases.map(\.rawValue).joined(separator: ", ") + ")")
      }
      guard let key = Key(name: words[2]) else {
        throw failure("unknown key \"\(TerminalText.sanitize(words[2]))\"")
      }
      if verb == "unbind" {
        map.unbind(key, in: context)
        continue
      }
      let action = ActionID(rawValue: words[3])
      guard map.table.spec(action) != nil else {
        throw failure("unknown action \"\(TerminalText.sanitize(words[3]))\"")
      }
      let contexts = map.contexts(of: action)
      guard contexts.contains(context) || contexts.contains(.generic) else {
        let names = contexts.sorted().map(\.rawValue).joined(separator: ", ")
        throw failure("\(action) does nothing in \(context.rawValue) (it works in \(names))")
      }
      map.bind(key, to: action, in: context)
    }
    return map
  }

  /// Splits a line into words, treating `#` as a comment unless it is the key word of a
  /// bind/unbind command.
  private static func keyAwareWords(_ line: String, comment stripped: String) -> [String] {
    let all = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    if all.count >= 3, all[0] == "bind" || all[0] == "unbind", all[2] == "#" {
      var words = Array(all.prefix(3))
      let rest = all.dropFirst(3).prefix { !$0.hasPrefix("#") }
      words += rest
      return words
    }
    return stripped.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
  }
}
