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

  /// Runs one tmux command and returns what it printed. Spawned directly (not through
  /// Foundation's Process) with an empty signal mask, so the tmux server it may start, and the
  /// program in it, get signals as a terminal would deliver them; output goes through a file
  /// because the server keeps inherited pipes open.
  @discardableResult
  func tmux(_ arguments: [String]) throws -> String {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tmux-\(UUID().uuidString)"
    ).path
    defer { unlink(output) }
    let argv = ["/usr/bin/tmux", "-u", "-L", socket, "-f", "/dev/null"] + arguments
    let environment = [
      "PATH=/usr/bin:/bin", "LANG=C.UTF-8", "TERM=xterm-256color",
      "TMUX_TMPDIR=" + FileManager.default.temporaryDirectory.path,
    ]
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    var defaults = sigset_t()
    sigfillset(&defaults)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let cArguments = argv.map { strdup($0) } + [nil]
    let cEnvironment = environment.map { strdup($0) } + [nil]
    defer {
      for pointer in cArguments + cEnvironment { free(pointer) }
    }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, cArguments, cEnvironment)
    guard spawned == 0 else { throw CocoaError(.executableLoad) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
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

  /// Waits until every text is on the screen at once. A capture can catch the terminal in the
  /// middle of drawing a frame (new rows above, the old frame's below), so a test that checks
  /// several parts of one frame waits for all of them rather than checking after the first.
  @discardableResult
  func waitForAll(
    _ texts: [String], timeout: Double = 15, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    try waitUntil(timeout: timeout, "\(texts)", sourceLocation: sourceLocation) { screen in
      texts.allSatisfy { screen.contains($0) }
    }
  }

  /// Waits for the wrapper shell to report the exit status and the terminal modes after it.
  @discardableResult
  func waitForExit(_ status: Int32, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> String
  {
    try waitUntil("EXIT=\(status) and the terminal modes", sourceLocation: sourceLocation) {
      $0.contains("EXIT=\(status)") && ($0.contains("\necho") || $0.contains("\n-echo"))
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
