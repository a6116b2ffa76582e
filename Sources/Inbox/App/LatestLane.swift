import Foundation

/// Background work where only the latest request of each kind matters: the reply check while
/// someone types (a check of text already changed is wasted), the composer's autosave (only
/// the newest text needs writing). Requests for a key not yet started are replaced by newer
/// ones; requests run one at a time, in the order their keys first arrived, at most one every
/// `spacing` seconds.
final class LatestLane: @unchecked Sendable {
  typealias Job = @Sendable () -> Action?

  private let queue: DispatchQueue
  private let spacing: TimeInterval
  private let mailbox: Mailbox
  private let lock = NSLock()
  private var pending: [Int64: Job] = [:]
  private var order: [Int64] = []
  private var running = false
  private var lastRun: Date?

  init(label: String, spacing: TimeInterval, mailbox: Mailbox) {
    queue = DispatchQueue(label: label)
    self.spacing = spacing
    self.mailbox = mailbox
  }

  /// Queues `job` under `key`, replacing a job of the same key that has not started.
  func submit(key: Int64, _ job: @escaping Job) {
    lock.withLock {
      if pending.updateValue(job, forKey: key) == nil {
        order.append(key)
        mailbox.begin()
      }
      guard !running else { return }
      running = true
      queue.async { self.drain() }
    }
  }

  /// Blocks until every queued job has run.
  func wait() {
    queue.sync {}
  }

  private func drain() {
    while true {
      let idle = lock.withLock { () -> Bool in
        if order.isEmpty { running = false }
        return order.isEmpty
      }
      if idle { return }
      if spacing > 0, let lastRun {
        let wait = spacing - Date().timeIntervalSince(lastRun)
        // Newer requests may replace the pending one meanwhile: that is the point.
        if wait > 0 { Thread.sleep(forTimeInterval: wait) }
      }
      let job = lock.withLock { () -> Job? in
        guard !order.isEmpty else { return nil }
        let key = order.removeFirst()
        return pending.removeValue(forKey: key)
      }
      guard let job else { continue }
      lastRun = Date()
      mailbox.finish(job())
    }
  }
}
