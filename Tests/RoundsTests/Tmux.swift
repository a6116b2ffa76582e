import Foundation
import Testing

/// A tmux server of its own running one program, for end-to-end tests of the inbox: send keys,
/// read the screen, resize the window. Each session has a unique socket and name and is killed
/// when the test ends.
final class Tmux {
  static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

  let socket: String
  let name: String

  /// Starts `command` (run by /bin/sh) in a detached session `width` x `height`.
  init(_ command: String, width: Int = 120, height: Int = 40) throws {
    let unique = "\(getpid())-\(UUID().uuidString.prefix(8))"
    socket = "rounds-e2e-\(unique)"
    name = "rounds-\(unique)"
    try tmux([
      "new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), command,
    ])
  }

  deinit {
    _ = try? tmux(["kill-server"])
  }

  @discardableResult
  func tmux(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/tmux")
    process.arguments = ["-u", "-L", socket, "-f", "/dev/null"] + arguments
    process.environment = [
      "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "xterm-256color",
      "TMUX_TMPDIR": FileManager.default.temporaryDirectory.path,
    ]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  /// Sends keys in tmux's names (`j`, `Enter`, `Escape`, `C-c`, `PageDown`).
  func send(_ keys: String...) throws {
    try tmux(["send-keys", "-t", name] + keys)
  }

  /// Types text literally.
  func type(_ text: String) throws {
    try tmux(["send-keys", "-t", name, "-l", text])
  }

  /// The screen as text; with `escapes`, with its attributes and colours as SGR sequences.
  func screen(escapes: Bool = false) throws -> String {
    try tmux(["capture-pane", "-p", "-t", name] + (escapes ? ["-e"] : []))
  }

  var title: String {
    get throws { try tmux(["display-message", "-p", "-t", name, "#{pane_title}"]) }
  }

  var panePID: Int32? {
    get throws {
      Int32(
        try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(
          in: .whitespacesAndNewlines))
    }
  }

  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
  }

  /// Waits until the screen shows `text` (or `condition` holds) and returns the screen.
  @discardableResult
  func waitFor(
    _ text: String, timeout: Double = 15, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    try waitUntil(timeout: timeout, "\"\(text)\"", sourceLocation: sourceLocation) {
      $0.contains(text)
    }
  }

  @discardableResult
  func waitUntil(
    timeout: Double = 15, _ what: String = "the condition",
    sourceLocation: SourceLocation = #_sourceLocation, _ condition: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if condition(last) { return last }
      usleep(50_000)
    }
    Issue.record(
      "timed out waiting for \(what); the screen:\n\(last)", sourceLocation: sourceLocation)
    return last
  }
}
