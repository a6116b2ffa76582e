/// A span some rule proposes, before overlaps are resolved.
struct Candidate: Sendable {
  var start: Int
  var end: Int
  var category: PHICategory
  var confidence: Double
  var rule: PHIRule
  /// Higher wins an overlap: formatted identifiers beat names, names beat guesses.
  var priority: Int
}

/// The candidates of one text, resolved into non-overlapping findings.
struct Candidates: Sendable {
  private(set) var items: [Candidate] = []

  mutating func add(
    _ start: Int, _ end: Int, _ category: PHICategory, _ rule: PHIRule,
    confidence: Double, priority: Int
  ) {
    guard end > start else { return }
    items.append(
      Candidate(
        start: start, end: end, category: category, confidence: confidence, rule: rule,
        priority: priority))
  }

  /// Drops the candidates `predicate` rejects.
  mutating func removeAll(where predicate: (Candidate) -> Bool) {
    items.removeAll(where: predicate)
  }

  /// Lets `body` change each candidate (a rule trimming a span), then drops the candidates
  /// left empty.
  mutating func reshape(_ body: (inout Candidate) -> Void) {
    for k in items.indices { body(&items[k]) }
    items.removeAll { $0.end <= $0.start }
  }

  /// Whether some candidate at or above `priority` already covers any of `start..<end`.
  func covers(_ start: Int, _ end: Int, atLeast priority: Int = 0) -> Bool {
    items.contains { $0.priority >= priority && $0.start < end && start < $0.end }
  }

  /// Keeps the best candidate of every overlapping group: highest priority, then longest,
  /// then leftmost. Adjacent names and locations joined only by spaces merge into one span.
  func resolved() -> [Candidate] {
    let ranked = items.sorted {
      if $0.priority != $1.priority { return $0.priority > $1.priority }
      let l0 = $0.end - $0.start
      let l1 = $1.end - $1.start
      if l0 != l1 { return l0 > l1 }
      return $0.start < $1.start
    }
    var kept: [Candidate] = []
    for candidate in ranked
    where !kept.contains(where: { $0.start < candidate.end && candidate.start < $0.end }) {
      kept.append(candidate)
    }
    return kept.sorted { $0.start < $1.start }
  }
}
