#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Puts the terminal back as it was when the process ends abnormally: on SIGINT, SIGTERM,
/// SIGHUP, SIGQUIT and on crashes (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT). The handler only
/// does async-signal-safe work: it writes bytes prepared in advance (leave the alternate
/// screen, show the cursor, reset attributes, stop mouse reporting), restores the saved
/// terminal modes with tcsetattr, then puts back the handler that was there before (the
/// default, or Swift's crash reporter) and raises the signal again, so the crash report
/// prints on a sane terminal and the exit status still tells what happened.
enum TerminalGuard {
  static let signals: [Int32] = [
    SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT,
  ]

  /// Saves the terminal's modes now (before curses changes them) and installs the handlers.
  static func install(restoreSequence: [UInt8]) {
    guard restoreBuffer == nil else { return }
    if tcgetattr(STDIN_FILENO, &savedModes) == 0 { hasSavedModes = true }
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, restoreSequence.count))
    buffer.initialize(from: restoreSequence, count: restoreSequence.count)
    restoreBuffer = buffer
    restoreCount = restoreSequence.count
    for number in signals {
      var action = sigaction()
      #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = onSignal
      #else
        action.__sigaction_u.__sa_handler = onSignal
      #endif
      sigemptyset(&action.sa_mask)
      sigaction(number, &action, &previousActions[Int(number)])
    }
  }

  /// Puts the default handlers back after a normal exit.
  static func uninstall() {
    for number in signals { sigaction(number, &previousActions[Int(number)], nil) }
  }
}

nonisolated(unsafe) private var savedModes = termios()
nonisolated(unsafe) private var hasSavedModes = false
nonisolated(unsafe) private var restoreBuffer: UnsafeMutablePointer<UInt8>?
nonisolated(unsafe) private var restoreCount = 0
/// What each signal did before the guard was installed, indexed by signal number.
nonisolated(unsafe) private var previousActions = [SignalAction](
  repeating: SignalAction(), count: 65)
private typealias SignalAction = sigaction

private func onSignal(_ signal: Int32) {
  if let buffer = restoreBuffer {
    _ = write(STDOUT_FILENO, buffer, restoreCount)
  }
  if hasSavedModes {
    _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedModes)
  }
  sigaction(signal, &previousActions[Int(signal)], nil)
  raise(signal)
}
