#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Puts the terminal back as it was when the process ends abnormally: on SIGINT, SIGTERM,
/// SIGHUP, SIGQUIT and on crashes (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT). The handler only
/// does async-signal-safe work: it writes bytes prepared in advance (leave the alternate
/// screen, show the cursor, reset attributes, stop mouse reporting), restores the saved
/// terminal modes with tcsetattr, then raises the signal again: with the default action for
/// the ending signals (so the exit status tells what happened), with the handler that was there
/// before for crashes (so Swift's crash report prints on a sane terminal).
enum TerminalGuard {
  static let signals: [Int32] = [
    SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT,
  ]

  /// Remembers the terminal's modes: call before curses changes them.
  static func saveModes() {
    if tcgetattr(STDIN_FILENO, &savedModes) == 0 { hasSavedModes = true }
  }

  /// Installs the handlers, with the bytes that undo what curses did to the screen.
  static func install(restoreSequence: [UInt8]) {
    guard restoreBuffer == nil else { return }
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
    // A parent may have started us with these signals blocked (programs spawned from threads
    // often are); blocked, a SIGTERM would wait for ever and the terminal would never return.
    var unblock = sigset_t()
    sigemptyset(&unblock)
    for number in signals { sigaddset(&unblock, number) }
    pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
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
    _ = tcsetattr(STDIN_FILENO, TCSANOW, &savedModes)
  }
  switch signal {
  case SIGINT, SIGTERM, SIGHUP, SIGQUIT:
    // The default action: curses' own handler would call exit(), which is not safe here.
    Glibc.signal(signal, SIG_DFL)
  default:
    // Crashes go on to the handler that was there before (Swift's crash reporter).
    sigaction(signal, &previousActions[Int(signal)], nil)
  }
  raise(signal)
}
