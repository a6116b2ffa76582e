import Foundation

/// CPU time an import spent in each stage, in seconds of one core. The reader and the writer
/// run on threads of their own, so each stage's time per record is what bounds the import's
/// speed on a machine with a core for each (benchmarks report them per record).
public struct ImportCPU: Sendable, Hashable {
  /// Finding and parsing records (the reading thread, the analyzer left out).
  public var read = 0.0
  /// The analyzer (PHI detector and classifier), over all the threads that ran it.
  public var analyze = 0.0
  /// Committing batches (the writer thread).
  public var write = 0.0

  public init() {}

  static func += (total: inout ImportCPU, more: ImportCPU) {
    total.read += more.read
    total.analyze += more.analyze
    total.write += more.write
  }

  /// CPU time the calling thread has used so far.
  static func threadSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
  }
}
