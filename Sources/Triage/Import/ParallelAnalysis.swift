import Foundation

/// Runs the analyzer over a batch on every core. The reader would otherwise analyse alone
/// while the writer, on the other core, waits for its next batch for part of the time: the
/// detectors cost more per record than reading or writing, so they set the import's pace.
/// The batch is cut in more chunks than cores, so a core the writer leaves free mid-batch
/// picks up the chunks that are left.
enum ParallelAnalysis {
  /// Messages per chunk at least: smaller chunks cost more in hand-offs than they balance.
  static let smallestChunk = 64

  /// The analyses in the messages' order, and the CPU time they took over all threads.
  /// `cores`: how many cores to use at most (all of them by default).
  static func analyze(
    _ messages: [Message], with analyzer: any MessageAnalyzing,
    cores: Int = ProcessInfo.processInfo.activeProcessorCount
  ) -> (analyses: [MessageAnalysis], cpuSeconds: Double) {
    let chunks = min(max(1, messages.count / smallestChunk), cores * 4)
    guard cores > 1, chunks > 1 else {
      let started = ImportCPU.threadSeconds()
      let analyses = messages.map { analyzer.analyze($0) }
      return (analyses, ImportCPU.threadSeconds() - started)
    }
    let results = Results(count: messages.count)
    let chunkSize = (messages.count + chunks - 1) / chunks
    // Read through a buffer: an array subscript here copied each message (a retain per string).
    messages.withUnsafeBufferPointer { buffer in
      // Only read, and only while the threads below run.
      nonisolated(unsafe) let messages = buffer
      DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        let started = ImportCPU.threadSeconds()
        let range = (chunk * chunkSize)..<min(messages.count, (chunk + 1) * chunkSize)
        for index in range { results.store(analyzer.analyze(messages[index]), at: index) }
        results.addCPU(ImportCPU.threadSeconds() - started)
      }
    }
    return (results.finished(), results.cpuSeconds)
  }

  /// Each chunk writes only its own slots, so they need no lock (a buffer allocated once: an
  /// array property would be an exclusive access per write); the CPU total does.
  private final class Results: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<MessageAnalysis?>
    private let lock = NSLock()
    private(set) var cpuSeconds = 0.0

    init(count: Int) {
      slots = .allocate(capacity: count)
      slots.initialize(repeating: nil)
    }

    deinit {
      slots.deinitialize()
      slots.deallocate()
    }

    func store(_ analysis: MessageAnalysis, at index: Int) { slots[index] = analysis }

    func addCPU(_ seconds: Double) {
      lock.lock()
      cpuSeconds += seconds
      lock.unlock()
    }

    func finished() -> [MessageAnalysis] { slots.map { $0! } }
  }
}
