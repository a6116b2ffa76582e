import Foundation

/// An analyzer whose set-up (lexicons, tagger and model weights: a tenth of a second of CPU)
/// runs on a thread of its own from the moment it is created, so an import reads its first
/// batch meanwhile instead of waiting. The first `analyze` call waits for the set-up to end.
public final class BackgroundAnalyzer: MessageAnalyzing, @unchecked Sendable {
  private let ready = DispatchSemaphore(value: 0)
  private var built: (any MessageAnalyzing)?

  public init(_ build: @escaping @Sendable () -> any MessageAnalyzing) {
    Thread.detachNewThread { [self] in
      let analyzer = build()
      lock.lock()
      built = analyzer
      lock.unlock()
      ready.signal()
    }
  }

  /// The analyzer, once set up (waits for it the first time).
  public var analyzer: any MessageAnalyzing {
    if let built = lockedBuilt() { return built }
    ready.wait()
    // Let every other waiter through too.
    ready.signal()
    return lockedBuilt()!
  }

  public func analyze(_ message: Message) -> MessageAnalysis {
    analyzer.analyze(message)
  }

  private let lock = NSLock()

  private func lockedBuilt() -> (any MessageAnalyzing)? {
    lock.lock()
    defer { lock.unlock() }
    return built
  }
}
