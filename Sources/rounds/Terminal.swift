import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Facts about standard output and error, and writing to them.
enum Terminal {
  static var isInteractive: Bool { isatty(STDOUT_FILENO) == 1 }

  /// Columns of the terminal on stdout: the window size, else $COLUMNS, else 100.
  static var columns: Int {
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return Int(size.ws_col)
    }
    if let value = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), value > 0 {
      return value
    }
    return 100
  }

  static func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}
