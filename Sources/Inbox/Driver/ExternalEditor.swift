import Foundation
import Triage

#if canImport(Glibc)
  import Glibc
#endif

/// The person's own editor ($VISUAL, else $EDITOR, else vi) on a private temporary file: the
/// text goes in, the edited text comes back. The file is created 0600 in a 0700 folder of its
/// own and removed afterwards. While the editor runs, Ctrl-C and Ctrl-\ belong to it: this
/// process ignores them (as `system()` does) and the editor gets the default actions.
public struct ExternalEditor: Sendable {
  public let command: String

  public init(command: String) {
    self.command = command
  }

  public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    let chosen = [environment["VISUAL"], environment["EDITOR"]]
      .compactMap { $0?.trimmingCharacters(in: .whitespaces) }
      .first { !$0.isEmpty }
    self.init(command: chosen ?? "vi")
  }

  /// Runs the editor on `text` and returns what it saved; throws when it fails (nothing is
  /// changed then).
  public func edit(_ text: String, name: String) throws -> String {
    var template = Array((NSTemporaryDirectory() + "/rounds-reply-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else {
      throw RoundsError(
        .failure, "cannot create a private folder for the editor in \(NSTemporaryDirectory())",
        fix: "set TMPDIR to a folder you can write to")
    }
    let folder = String(cString: made)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/" + name
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600)
    guard descriptor >= 0 else {
      throw RoundsError(.failure, "cannot create \(path) for the editor")
    }
    let bytes = Array(text.utf8)
    let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    close(descriptor)
    guard written == bytes.count else {
      throw RoundsError(.failure, "cannot write the reply to \(path) for the editor")
    }
    let status = try run(path: path)
    guard status == 0 else {
      throw RoundsError(
        .failure, "the editor (\(command)) exited with status \(status)",
        fix: "your text in the composer is unchanged")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw RoundsError(.failure, "the editor left no file at \(path)")
    }
    return String(decoding: data, as: UTF8.self)
  }

  /// `/bin/sh -c 'COMMAND "$1"' sh PATH`, waited for; returns its exit status.
  private func run(path: String) throws -> Int32 {
    let arguments = ["/bin/sh", "-c", command + " \"$1\"", "sh", path]
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for number in [SIGINT, SIGQUIT, SIGTERM, SIGHUP] { sigaddset(&defaults, number) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    posix_spawnattr_setsigmask(&attributes, &unblocked)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
    var ignore = sigaction()
    #if canImport(Glibc)
      ignore.__sigaction_handler.sa_handler = SIG_IGN
    #else
      ignore.__sigaction_u.__sa_handler = SIG_IGN
    #endif
    sigemptyset(&ignore.sa_mask)
    var previousInterrupt = sigaction()
    var previousQuit = sigaction()
    sigaction(SIGINT, &ignore, &previousInterrupt)
    sigaction(SIGQUIT, &ignore, &previousQuit)
    defer {
      sigaction(SIGINT, &previousInterrupt, nil)
      sigaction(SIGQUIT, &previousQuit, nil)
    }
    let cArguments = arguments.map { strdup($0) } + [nil]
    defer { for pointer in cArguments { free(pointer) } }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, "/bin/sh", nil, &attributes, cArguments, environ)
    guard spawned == 0 else {
      throw RoundsError(.failure, "cannot start the editor (\(command)): error \(spawned)")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard errno == EINTR else { throw RoundsError(.failure, "lost track of the editor") }
    }
    // Exited normally: the exit status; killed: 128 + the signal, as shells report it.
    let signalled = status & 0x7F
    return signalled == 0 ? (status >> 8) & 0xFF : 128 + signalled
  }
}
