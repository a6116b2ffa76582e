import Foundation
import Triage

/// A value that takes a moment to build (the detectors' tables), built once, on first use or
/// ahead of it in the background: the inbox's first frame does not wait for the reply checker
/// or the reader's detectors, which are ready by the time someone opens a message.
public final class BackgroundBuilt<Value: Sendable>: @unchecked Sendable {
  private let build: @Sendable () -> Value
  private let lock = NSLock()
  private var built: Value?

  public init(_ build: @escaping @Sendable () -> Value) {
    self.build = build
  }

  /// The value; built now (or waited for, while the background build runs) the first time.
  public var value: Value {
    lock.withLock {
      if let built { return built }
      let value = build()
      built = value
      return value
    }
  }

  /// Starts building it on a background thread.
  public func warmUp() {
    DispatchQueue.global(qos: .userInitiated).async { _ = self.value }
  }
}

/// The reply checker for `Workflow`, built when first needed.
struct LazyReplyChecker: ReplyChecking {
  let checker: BackgroundBuilt<ReplyChecker>

  func risks(in reply: String, answering original: Message?) -> [Finding] {
    checker.value.risks(in: reply, answering: original)
  }
}
