extension WordTokenizer {
  /// Top-level domains accepted for a bare `name.tld` with no scheme. Two-letter country codes
  /// are limited to the ones link shorteners and spam commonly use, so "e.g." or "U.S." never
  /// become links.
  static let bareDomainSuffixes: Set<String> = [
    "com", "net", "org", "info", "biz", "edu", "gov", "health", "app", "xyz", "online", "site",
    "club", "shop", "store", "link", "live", "top", "io", "co", "ly", "me", "tv", "gl", "us",
    "uk", "ca", "de", "ru", "to", "gg", "cc", "tk", "ws", "in", "au", "ai", "fm", "be", "nz",
  ]

  /// A URL, e-mail address or @-mention at the start of a chunk: its kind and where it ends
  /// (trailing sentence punctuation is left out).
  static func link(in scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> (WordToken.Kind, Int)?
  {
    let first = scalars[start]
    if first == "@" {
      var stop = start + 1
      while stop < end, isHandleCharacter(scalars[stop]) { stop += 1 }
      return stop > start + 1 ? (.mention, stop) : nil
    }
    guard isLetter(first) || isDigit(first) else { return nil }
    // Most chunks are plain words: a link needs a dot, an at sign or a colon.
    var hasMark = false
    for index in (start + 1)..<end {
      let scalar = scalars[index]
      if scalar == "." || scalar == "@" || scalar == ":" {
        hasMark = true
        break
      }
    }
    guard hasMark else { return nil }
    let stop = trimmedEnd(scalars, start, end)
    if hasPrefix(scalars, start, stop, "http://") || hasPrefix(scalars, start, stop, "https://")
      || hasPrefix(scalars, start, stop, "www.")
    {
      return (.url, stop)
    }
    if let at = (start..<stop).first(where: { scalars[$0] == "@" }), at > start, at + 1 < stop,
      isDomain(scalars, at + 1, stop, requireKnownSuffix: false)
    {
      return (.email, stop)
    }
    var hostEnd = start
    var hasInnerDot = false
    while hostEnd < stop, scalars[hostEnd] != "/" {
      if scalars[hostEnd] == ".", hostEnd > start, hostEnd + 1 < stop { hasInnerDot = true }
      hostEnd += 1
    }
    if hasInnerDot, isDomain(scalars, start, hostEnd, requireKnownSuffix: true) {
      return (.url, stop)
    }
    return nil
  }

  static func isHandleCharacter(_ scalar: Unicode.Scalar) -> Bool {
    isLetter(scalar) || isDigit(scalar) || scalar == "_"
  }

  /// `label.label[.label]` with letters, digits and hyphens, ending in a letter-only label.
  static func isDomain(
    _ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, requireKnownSuffix: Bool
  ) -> Bool {
    guard end > start else { return false }
    var labels: [String] = []
    var current = String.UnicodeScalarView()
    for index in start..<end {
      let scalar = scalars[index]
      if scalar == "." {
        guard !current.isEmpty else { return false }
        labels.append(String(current))
        current = String.UnicodeScalarView()
      } else if isLetter(scalar) || isDigit(scalar) || scalar == "-" {
        current.append(normalize(scalar) ?? scalar)
      } else {
        return false
      }
    }
    guard !current.isEmpty else { return false }
    labels.append(String(current))
    guard labels.count >= 2, let suffix = labels.last,
      suffix.unicodeScalars.allSatisfy({ isLetter($0) }), suffix.unicodeScalars.count >= 2
    else { return false }
    return requireKnownSuffix ? bareDomainSuffixes.contains(suffix) : true
  }

  /// The end of a chunk without the sentence punctuation and closing brackets that follow it.
  static func trimmedEnd(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
    var stop = end
    while stop > start {
      switch scalars[stop - 1] {
      case ".", ",", ";", ":", "!", "?", ")", "]", "}", "\"", "'", "\u{201D}", "\u{2019}",
        "\u{2026}":
        stop -= 1
      default:
        return stop
      }
    }
    return stop
  }

  static func hasPrefix(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, _ prefix: String)
    -> Bool
  {
    var index = start
    for expected in prefix.unicodeScalars {
      guard index < end, normalize(scalars[index]) == expected else { return false }
      index += 1
    }
    return true
  }
}
