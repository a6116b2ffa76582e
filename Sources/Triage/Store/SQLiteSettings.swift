import CSQLite

/// Process-wide SQLite settings, made once before the first connection opens (SQLite accepts
/// them only before it starts).
public enum SQLiteSettings {
  /// SQLite counts every allocation and free under a global lock, for memory statistics that
  /// Rounds never reads. Without the count the import's writer spent 7% less CPU per record
  /// (200,000-record X archive, detectors off: 8.55 against 9.22 µs, 96,700 against 90,200
  /// records/s, medians of 8 alternating runs).
  ///
  /// False when SQLite had already started: then nothing changed, only the speed.
  static let memoryCountingIsOff: Bool = rounds_sqlite3_count_memory(0) == 0

  /// Whether SQLite counts its allocations, as seen from its count: none is kept when it does
  /// not (meaningful once it has allocated, after a connection opened).
  public static var isCountingMemory: Bool {
    rounds_sqlite3_memory_used() > 0
  }

  /// Makes the settings, if this process has not yet.
  public static func apply() {
    _ = memoryCountingIsOff
  }
}
