import Foundation

/// Where each key of a TOML file is written, so policy errors can name the line. TOMLKit
/// reports positions only for syntax errors; this reads `[table]` headers and `key =` lines
/// (bare, quoted and dotted keys) and remembers the first line of each full key.
struct PolicyLineIndex {
  private(set) var lines: [String: Int] = [:]

  init(_ text: String) {
    var table: [String] = []
    for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      let number = offset + 1
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.hasPrefix("#") || line.isEmpty { continue }
      if line.hasPrefix("[") {
        let name =
          line.trimmingCharacters(in: CharacterSet(charactersIn: "[] \t"))
          .split(separator: "#").first.map(String.init) ?? ""
        table = Self.keyPath(name.trimmingCharacters(in: CharacterSet(charactersIn: "[] \t")))
        remember(table, number)
        continue
      }
      guard let equals = line.firstIndex(of: "=") else { continue }
      let key = Self.keyPath(String(line[..<equals]))
      remember(table + key, number)
    }
  }

  private mutating func remember(_ path: [String], _ number: Int) {
    let key = path.joined(separator: ".")
    if lines[key] == nil { lines[key] = number }
  }

  /// `a."b c".d` → ["a", "b c", "d"].
  static func keyPath(_ text: String) -> [String] {
    text.split(separator: ".").map {
      $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(
        in: CharacterSet(charactersIn: "\"'"))
    }.filter { !$0.isEmpty }
  }

  /// The line of `key` (e.g. `practice.phone`), else of its nearest enclosing table.
  func line(of key: String) -> Int? {
    var path = key.split(separator: ".").map(String.init)
    while !path.isEmpty {
      if let line = lines[path.joined(separator: ".")] { return line }
      path.removeLast()
    }
    return nil
  }
}
