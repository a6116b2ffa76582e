import Foundation
import GRDB

/// Copies an import's committed pages from the write-ahead log into the database file on a
/// thread and connection of its own, while the writer goes on committing batches. SQLite
/// would otherwise do it on the writer's thread, at the commit that crosses its threshold,
/// holding up the import for as long as the copy takes. A passive checkpoint never waits for
/// or blocks the writer, and readers never notice.
final class ImportCheckpointer: @unchecked Sendable {
  /// Checkpoint after this many commits (of 10,000 records, some 10 to 20 MB of log each). After
  /// every one: what is left in the log when the import ends is copied back on its critical
  /// path, so the less the better (with four, the last copy took twice as long).
  static let commitsPerCheckpoint = 1

  private let connection: DatabaseQueue
  private let queue = DispatchQueue(label: "rounds.import.checkpoint")
  private let lock = NSLock()
  private var running = false
  private var commits = 0

  /// nil when a second connection cannot be opened: the writer then checkpoints as usual.
  init?(databasePath: String) {
    var config = Configuration()
    config.busyMode = .timeout(5)
    guard let connection = try? DatabaseQueue(path: databasePath, configuration: config) else {
      return nil
    }
    self.connection = connection
  }

  /// Called after each commit: starts a checkpoint every few commits, unless one is running.
  func committed() {
    lock.lock()
    commits += 1
    let due = !running && commits >= Self.commitsPerCheckpoint
    if due {
      running = true
      commits = 0
    }
    lock.unlock()
    guard due else { return }
    queue.async { [self] in
      copyCommittedPages()
      lock.lock()
      running = false
      lock.unlock()
    }
  }

  /// Copies everything committed so far, after the running checkpoint if any, and returns
  /// when done. The writer's next transaction then starts the log again from its beginning.
  func checkpointNow() {
    queue.sync { copyCommittedPages() }
    lock.lock()
    commits = 0
    waited += 1
    lock.unlock()
  }

  /// How many times `checkpointNow` ran.
  var checkpointsWaitedFor: Int {
    lock.lock()
    defer { lock.unlock() }
    return waited
  }
  private var waited = 0

  /// One passive checkpoint, on this checkpointer's queue. A failed one loses nothing: the
  /// pages stay in the log for the next.
  private func copyCommittedPages() {
    _ = try? connection.writeWithoutTransaction { try $0.checkpoint(.passive) }
  }

  /// Waits for a running checkpoint.
  func finish() {
    queue.sync {}
  }
}
