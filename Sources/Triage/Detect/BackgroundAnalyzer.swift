import Foundation

/// An analyzer whose set-up (lexicons, tagger and model weights: a tenth of a second of CPU)
/// runs on a thread of its own from the moment it is created, so an import reads its first
/// batch meanwhile instead of waiting. The first `analyze` call waits for the set-up to end.
public final class BackgroundAnalyzer: MessageAnalyzing, @unchecked Sendable {
  private let condition = NSCondition()
  private var built: (any MessageAnalyzing)?

  public init(_ build: @escaping @Sendable () -> any MessageAnalyzing) {
    Thread.detachNewThread { [self] in
      let analyzer = build()
      condition.lock()
      built = analyzer
      condition.broadcast()
      condition.unlock()
    }
  }

  /// Whether the set-up has finished (never waits).
  public var isReady: Bool {
    condition.lock()
    defer { condition.unlock() }
    return built != nil
  }

  /// The analyzer, once set up (waits for it the first time).
  public var analyzer: any MessageAnalyzing {
    condition.lock()
    defer { condition.unlock() }
    while built == nil { condition.wait() }
    return built!
  }

  public func analyze(_ message: Message) -> MessageAnalysis {
    analyzer.analyze(message)
  }
}
