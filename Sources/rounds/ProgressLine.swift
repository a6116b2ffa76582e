import Foundation
import Inbox
import Triage

/// One self-overwriting progress line on stderr: records/s, bytes done, ETA. Only on a
/// terminal; it never shows message text.
final class ProgressLine: @unchecked Sendable {
  let enabled: Bool
  private let lock = NSLock()
  private var shown = false

  init(enabled: Bool) { self.enabled = enabled }

  func show(_ progress: ImportProgress) {
    guard enabled else { return }
    let rate = progress.elapsed > 0 ? Double(progress.records) / progress.elapsed : 0
    var line = "\(TerminalText.sanitize(progress.path.lastPathComponentForProgress)): "
    line += "\(progress.records) records, \(Int(rate))/s, \(Self.bytes(progress.bytesDone))"
    if let total = progress.bytesTotal, total > 0 {
      line += " of \(Self.bytes(total))"
      let byteRate = progress.elapsed > 0 ? Double(progress.bytesDone) / progress.elapsed : 0
      if byteRate > 0, total > progress.bytesDone {
        line += ", ETA \(Int(Double(total - progress.bytesDone) / byteRate))s"
      }
    }
    lock.lock()
    defer { lock.unlock() }
    FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    shown = true
  }

  func clear() {
    lock.lock()
    defer { lock.unlock() }
    if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    shown = false
  }

  static func bytes(_ count: Int64) -> String {
    let value = Double(count)
    if value >= 1_073_741_824 { return String(format: "%.1f GB", value / 1_073_741_824) }
    if value >= 1_048_576 { return String(format: "%.1f MB", value / 1_048_576) }
    if value >= 1024 { return String(format: "%.0f KB", value / 1024) }
    return "\(count) B"
  }
}

extension String {
  fileprivate var lastPathComponentForProgress: String { (self as NSString).lastPathComponent }
}
