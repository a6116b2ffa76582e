/// What changed between two versions of a draft, by line or by word, so a reviewer reads only
/// the changes since their last review. Myers' O(ND) algorithm over tokens; whitespace is kept
/// as tokens so the pieces put back together give exactly the old and the new text.
public enum TextDiff {
  public enum Granularity: String, Sendable, CaseIterable {
    /// Whole lines, each with its line break.
    case lines
    /// Words and the runs of white space between them.
    case words
  }

  /// A run of text that both versions share, that only the new one has, or only the old one.
  public enum Change: Sendable, Hashable {
    case same(String)
    case added(String)
    case removed(String)

    public var text: String {
      switch self {
      case .same(let text), .added(let text), .removed(let text): text
      }
    }
  }

  /// The changes that turn `old` into `new`; adjacent runs of one kind are merged.
  public static func changes(from old: String, to new: String, by granularity: Granularity)
    -> [Change]
  {
    let a = tokens(old, granularity)
    let b = tokens(new, granularity)
    var changes: [Change] = []
    for edit in edits(a, b) {
      let next: Change
      switch edit {
      case .same(let index): next = .same(a[index])
      case .removed(let index): next = .removed(a[index])
      case .added(let index): next = .added(b[index])
      }
      if let last = changes.last, let merged = merge(last, next) {
        changes[changes.count - 1] = merged
      } else {
        changes.append(next)
      }
    }
    return changes
  }

  /// The old text: shared and removed runs.
  public static func oldText(_ changes: [Change]) -> String {
    changes.reduce(into: "") { text, change in
      if case .added = change { return }
      text += change.text
    }
  }

  /// The new text: shared and added runs.
  public static func newText(_ changes: [Change]) -> String {
    changes.reduce(into: "") { text, change in
      if case .removed = change { return }
      text += change.text
    }
  }

  /// Plain-text rendering in the style of `git diff --word-diff`: `[-removed-]{+added+}`.
  public static func render(_ changes: [Change]) -> String {
    changes.reduce(into: "") { text, change in
      switch change {
      case .same(let run): text += run
      case .removed(let run): text += "[-\(run)-]"
      case .added(let run): text += "{+\(run)+}"
      }
    }
  }

  /// Whether anything differs.
  public static func hasChanges(_ changes: [Change]) -> Bool {
    changes.contains { if case .same = $0 { false } else { true } }
  }

  // MARK: - Tokens

  static func tokens(_ text: String, _ granularity: Granularity) -> [String] {
    switch granularity {
    case .lines: lines(text)
    case .words: words(text)
    }
  }

  private static func lines(_ text: String) -> [String] {
    var result: [String] = []
    var current = ""
    for character in text {
      current.append(character)
      if character.isNewline {
        result.append(current)
        current = ""
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }

  private static func words(_ text: String) -> [String] {
    var result: [String] = []
    var current = ""
    var currentIsSpace = false
    for character in text {
      let isSpace = character.isWhitespace
      if !current.isEmpty, isSpace != currentIsSpace {
        result.append(current)
        current = ""
      }
      current.append(character)
      currentIsSpace = isSpace
    }
    if !current.isEmpty { result.append(current) }
    return result
  }

  private static func merge(_ first: Change, _ second: Change) -> Change? {
    switch (first, second) {
    case (.same(let x), .same(let y)): .same(x + y)
    case (.added(let x), .added(let y)): .added(x + y)
    case (.removed(let x), .removed(let y)): .removed(x + y)
    default: nil
    }
  }

  // MARK: - Myers

  enum Edit: Equatable {
    case same(Int)
    case removed(Int)
    case added(Int)
  }

  /// The shortest edit script from `a` to `b`, as indices into them. Common prefixes and
  /// suffixes are peeled off first, which is most of the work for a revised draft.
  static func edits(_ a: [String], _ b: [String]) -> [Edit] {
    var prefix = 0
    while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < a.count - prefix, suffix < b.count - prefix,
      a[a.count - 1 - suffix] == b[b.count - 1 - suffix]
    {
      suffix += 1
    }
    let middleA = Array(a[prefix..<(a.count - suffix)])
    let middleB = Array(b[prefix..<(b.count - suffix)])
    var result = (0..<prefix).map(Edit.same)
    for edit in myers(middleA, middleB) {
      switch edit {
      case .same(let index): result.append(.same(index + prefix))
      case .removed(let index): result.append(.removed(index + prefix))
      case .added(let index): result.append(.added(index + prefix))
      }
    }
    result += ((a.count - suffix)..<a.count).map(Edit.same)
    return result
  }

  private static func myers(_ a: [String], _ b: [String]) -> [Edit] {
    let n = a.count
    let m = b.count
    if n == 0 { return (0..<m).map(Edit.added) }
    if m == 0 { return (0..<n).map(Edit.removed) }
    let limit = n + m
    let offset = limit + 1
    var v = [Int](repeating: 0, count: 2 * limit + 3)
    var trace: [[Int]] = []
    search: for d in 0...limit {
      trace.append(v)
      for k in stride(from: -d, through: d, by: 2) {
        var x: Int
        if k == -d || (k != d && v[k - 1 + offset] < v[k + 1 + offset]) {
          x = v[k + 1 + offset]
        } else {
          x = v[k - 1 + offset] + 1
        }
        var y = x - k
        while x < n, y < m, a[x] == b[y] {
          x += 1
          y += 1
        }
        v[k + offset] = x
        if x >= n, y >= m { break search }
      }
    }
    // Walk back through the saved frontiers from the end to the start.
    var edits: [Edit] = []
    var x = n
    var y = m
    for d in stride(from: trace.count - 1, through: 0, by: -1) {
      let frontier = trace[d]
      let k = x - y
      let previousK: Int
      if k == -d || (k != d && frontier[k - 1 + offset] < frontier[k + 1 + offset]) {
        previousK = k + 1
      } else {
        previousK = k - 1
      }
      let previousX = d == 0 ? 0 : frontier[previousK + offset]
      let previousY = d == 0 ? 0 : previousX - previousK
      while x > previousX, y > previousY {
        edits.append(.same(x - 1))
        x -= 1
        y -= 1
      }
      if d > 0 {
        if x == previousX {
          edits.append(.added(y - 1))
        } else {
          edits.append(.removed(x - 1))
        }
      }
      x = previousX
      y = previousY
    }
    return edits.reversed()
  }
}
