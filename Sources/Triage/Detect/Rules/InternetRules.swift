/// Email addresses, @-handles, web addresses (photo links reported as PHOTO) and IP addresses.
enum InternetRules {
  static func apply(_ text: ScalarText, _ out: inout Candidates) {
    let s = text.scalars
    let tokens = text.tokens
    // Read once: each access to a static goes through its one-time initialization check.
    let http = Words.http
    let https = Words.https
    let www = Words.www
    for (i, token) in tokens.enumerated() {
      if token.kind == .symbol && token.first == 0x40 {  // @
        if !email(text, at: token.start, &out) { handle(text, at: token.start, &out) }
      } else if token.kind == .word {
        if token.hash == http || token.hash == https,
          text[token.end] == 0x3A, text[token.end + 1] == 0x2F, text[token.end + 2] == 0x2F
        {
          url(text, from: token.start, &out)
        } else if token.hash == www, text[token.end] == 0x2E, text.boundaryBefore(token.start) {
          url(text, from: token.start, &out)
        } else if text[token.end] == 0x2E, i + 2 < tokens.count, text.boundaryBefore(token.start),
          CharacterClass.isDigit(s[token.start]) || CharacterClass.isASCIILetter(s[token.start])
        {
          if token.isNumber {
            if !ipv4(text, at: token.start, &out) { continue }
          } else {
            bareDomain(text, tokenIndex: i, &out)
          }
        } else if text[token.end] == 0x3A, token.length <= 4 {
          ipv6(text, at: token.start, &out)
        }
      }
    }
  }

  @inline(__always)
  private static func isLocalPart(_ c: UInt32) -> Bool {
    CharacterClass.isASCIILetter(c) || CharacterClass.isDigit(c) || c == 0x2E || c == 0x5F
      || c == 0x25 || c == 0x2B || c == 0x2D
  }

  @inline(__always)
  private static func isHostScalar(_ c: UInt32) -> Bool {
    CharacterClass.isASCIILetter(c) || CharacterClass.isDigit(c) || c == 0x2D || c == 0x2E
  }

  /// `local@host.tld`. Returns false when the text around the @ is not an address.
  private static func email(_ text: ScalarText, at at: Int, _ out: inout Candidates) -> Bool {
    let s = text.scalars
    var start = at
    while start > 0, isLocalPart(s[start - 1]) { start -= 1 }
    while start < at, s[start] == 0x2E { start += 1 }
    guard start < at else { return false }
    guard let end = hostEnd(s, from: at + 1, requireDot: true) else { return false }
    out.add(start, end, .email, .email, confidence: 0.99, priority: Priority.structured)
    return true
  }

  /// The end of `label(.label)+` from `from`, trimmed of trailing dots and hyphens, with a
  /// final label of two or more letters; nil when there is none.
  private static func hostEnd(_ s: [UInt32], from: Int, requireDot: Bool) -> Int? {
    var end = from
    while end < s.count, isHostScalar(s[end]) { end += 1 }
    while end > from, s[end - 1] == 0x2E || s[end - 1] == 0x2D { end -= 1 }
    guard end > from else { return nil }
    var lastDot = -1
    for index in from..<end where s[index] == 0x2E { lastDot = index }
    if requireDot {
      guard lastDot > from, end - lastDot - 1 >= 2 else { return nil }
      for index in (lastDot + 1)..<end where !CharacterClass.isASCIILetter(s[index]) {
        return nil
      }
    }
    return end
  }

  /// `@name` not preceded by a letter or digit: a mention of another account.
  private static func handle(_ text: ScalarText, at at: Int, _ out: inout Candidates) {
    let s = text.scalars
    guard at == 0 || !(CharacterClass.isWordScalar(s[at - 1]) || s[at - 1] == 0x40) else {
      return
    }
    var end = at + 1
    func isHandleScalar(_ c: UInt32) -> Bool {
      CharacterClass.isASCIILetter(c) || CharacterClass.isDigit(c) || c == 0x5F
    }
    // Instagram and TikTok names take inner full stops ("@kristen.h.rn", "@yuyi.cp305"); a
    // full stop that ends the sentence stays out.
    while end < s.count, end - at <= 30,
      isHandleScalar(s[end])
        || s[end] == 0x2E && end > at + 1 && end + 1 < s.count && isHandleScalar(s[end + 1])
    {
      end += 1
    }
    guard end > at + 1 else { return }
    out.add(at, end, .handle, .handle, confidence: 0.95, priority: Priority.structured)
  }

  /// A URL from `start` to the first space, without trailing punctuation.
  private static func url(_ text: ScalarText, from start: Int, _ out: inout Candidates) {
    let end = urlEnd(text.scalars, from: start)
    guard end > start + 4 else { return }
    addURL(text, start, end, &out)
  }

  private static func urlEnd(_ s: [UInt32], from start: Int) -> Int {
    var end = start
    while end < s.count, !CharacterClass.isSpace(s[end]), s[end] != 0x3C, s[end] != 0x3E,
      s[end] != 0x22
    {
      end += 1
    }
    // Trailing punctuation belongs to the sentence, and a closing bracket only when unopened.
    while end > start {
      let c = s[end - 1]
      if c == 0x2E || c == 0x2C || c == 0x3B || c == 0x3A || c == 0x21 || c == 0x3F || c == 0x27
        || c == 0x2019 || c == 0x201D || c == 0x2026
      {
        end -= 1
      } else if c == 0x29 || c == 0x5D {
        let open: UInt32 = c == 0x29 ? 0x28 : 0x5B
        if !s[start..<(end - 1)].contains(open) { end -= 1 } else { break }
      } else {
        break
      }
    }
    return end
  }

  private static func addURL(_ text: ScalarText, _ start: Int, _ end: Int, _ out: inout Candidates)
  {
    if isPhotoLink(text.scalars[start..<end]) {
      out.add(start, end, .photo, .photoLink, confidence: 0.9, priority: Priority.structured)
    } else {
      out.add(start, end, .url, .url, confidence: 0.98, priority: Priority.structured)
    }
  }

  /// Links that point at an image: tweet photos and image files.
  static func isPhotoLink(_ link: ArraySlice<UInt32>) -> Bool {
    let lower = link.map { CharacterClass.isUpperASCII($0) ? $0 + 32 : $0 }
    for host in photoHosts where contains(lower, host) { return true }
    let path = lower.prefix { $0 != 0x3F && $0 != 0x23 }  // up to ? or #
    return imageExtensions.contains {
      path.count > $0.count && path.suffix($0.count).elementsEqual($0)
    }
  }

  private static let photoHosts: [[UInt32]] = [
    "pic.twitter.com/", "instagram.com/p/", "pbs.twimg.com/media",
  ].map { $0.unicodeScalars.map(\.value) }
  private static let imageExtensions: [[UInt32]] = [
    ".jpg", ".jpeg", ".png", ".gif", ".heic", ".webp",
  ].map { $0.unicodeScalars.map(\.value) }

  private static func contains(_ haystack: [UInt32], _ needle: [UInt32]) -> Bool {
    guard needle.count <= haystack.count else { return false }
    for start in 0...(haystack.count - needle.count)
    where haystack[start] == needle[0]
      && haystack[start..<(start + needle.count)].elementsEqual(needle)
    {
      return true
    }
    return false
  }

  /// `name.tld` without a scheme, when the last label is a common top-level domain.
  private static func bareDomain(_ text: ScalarText, tokenIndex i: Int, _ out: inout Candidates) {
    let tokens = text.tokens
    // Labels: word . word (. word)*, all glued together.
    var j = i
    var lastLabel = i
    while j + 2 < tokens.count, text.isSymbol(j + 1, 0x2E), text.isGlued(j + 1),
      text.isGlued(j + 2), tokens[j + 2].kind == .word
    {
      j += 2
      lastLabel = j
    }
    guard lastLabel > i, Words.topLevelDomains.contains(tokens[lastLabel].hash),
      tokens[lastLabel].isAllLower || tokens[lastLabel].isAllUpper
    else { return }
    // "e.g." and initials are not domains: every label before the last needs two scalars.
    for k in stride(from: i, to: lastLabel, by: 2) where tokens[k].length < 2 { return }
    let start = tokens[i].start
    var end = tokens[lastLabel].end
    if text[end] == 0x2F || text[end] == 0x3A && CharacterClass.isDigit(text[end + 1]) {
      end = urlEnd(text.scalars, from: start)
    }
    addURL(text, start, end, &out)
  }

  /// Dotted quad with every part at most 255, not part of a longer dotted number.
  private static func ipv4(_ text: ScalarText, at start: Int, _ out: inout Candidates) -> Bool {
    if start >= 2, text.scalars[start - 1] == 0x2E, CharacterClass.isDigit(text.scalars[start - 2])
    {
      return false
    }
    var cursor = Cursor(text.scalars, at: start)
    for part in 0..<4 {
      guard let octet = cursor.digits(1...3), octet.value <= 255 else { return false }
      if part < 3 { guard cursor.take(0x2E) else { return false } }
    }
    guard cursor.atBoundary, !(cursor.current == 0x2E && CharacterClass.isDigit(cursor.peek(1)))
    else { return false }
    out.add(start, cursor.pos, .ip, .ipv4, confidence: 0.95, priority: Priority.structured)
    return true
  }

  /// Hex groups separated by colons: eight groups, or fewer with one `::`.
  private static func ipv6(_ text: ScalarText, at start: Int, _ out: inout Candidates) {
    let s = text.scalars
    guard text.boundaryBefore(start) else { return }
    var end = start
    var groups = 0
    var groupLength = 0
    var doubleColon = false
    var hasLetterDigitMix = false
    var previousColon = false
    while end < s.count {
      let c = s[end]
      let isHex = CharacterClass.isDigit(c) || (c | 0x20) &- 97 < 6
      if isHex {
        groupLength += 1
        if groupLength > 4 { return }
        if groupLength == 1 { groups += 1 }
        if !CharacterClass.isDigit(c) { hasLetterDigitMix = true }
        previousColon = false
      } else if c == 0x3A {
        if previousColon {
          if doubleColon { return }
          doubleColon = true
        }
        previousColon = true
        groupLength = 0
      } else {
        break
      }
      end += 1
    }
    if previousColon && !(end >= 2 && s[end - 2] == 0x3A) { end -= 1 }
    guard text.boundaryAfter(end), groups <= 8, doubleColon ? groups >= 2 : groups == 8,
      hasLetterDigitMix || doubleColon
    else { return }
    out.add(start, end, .ip, .ipv6, confidence: 0.9, priority: Priority.structured)
  }
}
