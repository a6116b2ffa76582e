/// Numbers with a known shape: Social Security numbers, payment cards, IBANs, hardware
/// addresses and vehicle numbers.
enum NumberRules {
  static func apply(_ text: ScalarText, _ out: inout Candidates) {
    let s = text.scalars
    for token in text.tokens where token.kind == .word {
      let start = token.start
      guard text.boundaryBefore(start) else { continue }
      if CharacterClass.isDigit(s[start]) {
        if let end = ssn(s, start) {
          out.add(start, end, .ssn, .ssn, confidence: 0.9, priority: Priority.formatted)
        } else if let end = card(s, start) {
          out.add(start, end, .account, .card, confidence: 0.9, priority: Priority.formatted)
        }
      }
      if token.length == 2 || (token.length <= 4 && token.flags.contains(.hasDigit)) {
        if let end = mac(s, start) {
          out.add(start, end, .device, .mac, confidence: 0.9, priority: Priority.formatted)
          continue
        }
      }
      if token.isAllUpper || token.flags.contains(.hasDigit) {
        if token.length == 17, isVIN(s, start) {
          out.add(start, token.end, .vehicle, .vin, confidence: 0.85, priority: Priority.formatted)
        } else if token.length >= 4, let end = iban(s, start) {
          out.add(start, end, .account, .iban, confidence: 0.95, priority: Priority.formatted)
        }
      }
    }
  }

  /// ddd-dd-dddd or ddd dd dddd, not part of a longer number; area 000 and 666 are invalid.
  static func ssn(_ s: [UInt32], _ start: Int) -> Int? {
    var c = Cursor(s, at: start)
    guard let area = c.digits(3...3) else { return nil }
    let separator = c.takeAny([0x2D, 0x20])
    guard separator != 0, c.digits(2...2) != nil, c.take(separator), c.digits(4...4) != nil,
      c.atBoundary, area.value != 0, area.value != 666
    else { return nil }
    if (c.current == 0x2D || c.current == 0x2E) && CharacterClass.isDigit(c.peek(1)) { return nil }
    return c.pos
  }

  /// 13 to 19 digits, together or in groups of 4 (or 4-6-5), passing the Luhn check.
  static func card(_ s: [UInt32], _ start: Int) -> Int? {
    var c = Cursor(s, at: start)
    var digits: [UInt32] = []
    var end = start
    var separator: UInt32 = 0
    while true {
      let groupStart = c.pos
      guard c.digits(1...19) != nil else { break }
      digits.append(contentsOf: s[groupStart..<c.pos])
      end = c.pos
      let mark = c.pos
      let next = c.takeAny([0x20, 0x2D])
      guard next != 0, separator == 0 || next == separator, CharacterClass.isDigit(c.current),
        c.pos - groupStart <= 7
      else {
        c.pos = mark
        break
      }
      separator = next
    }
    guard (13...19).contains(digits.count), Cursor(s, at: end).atBoundary, luhn(digits) else {
      return nil
    }
    return end
  }

  static func luhn(_ digits: [UInt32]) -> Bool {
    var sum = 0
    for (index, digit) in digits.reversed().enumerated() {
      var value = Int(digit - 48)
      if index % 2 == 1 {
        value *= 2
        if value > 9 { value -= 9 }
      }
      sum += value
    }
    return sum % 10 == 0
  }

  /// Six pairs of hex digits separated by colons or dashes.
  private static func mac(_ s: [UInt32], _ start: Int) -> Int? {
    var pos = start
    var separator: UInt32 = 0
    for pair in 0..<6 {
      guard pos + 1 < s.count, isHex(s[pos]), isHex(s[pos + 1]) else { return nil }
      pos += 2
      if pair < 5 {
        guard pos < s.count, s[pos] == 0x3A || s[pos] == 0x2D else { return nil }
        if separator == 0 { separator = s[pos] } else if s[pos] != separator { return nil }
        pos += 1
      }
    }
    guard Cursor(s, at: pos).atBoundary else { return nil }
    return pos
  }

  private static func isHex(_ c: UInt32) -> Bool {
    CharacterClass.isDigit(c) || (c | 0x20) &- 97 < 6
  }

  /// 17 capital letters and digits without I, O or Q, with digits and letters both present
  /// and the check digit (position 9) valid.
  private static func isVIN(_ s: [UInt32], _ start: Int) -> Bool {
    let transliteration: [UInt32: Int] = [
      65: 1, 66: 2, 67: 3, 68: 4, 69: 5, 70: 6, 71: 7, 72: 8, 74: 1, 75: 2, 76: 3, 77: 4, 78: 5,
      80: 7, 82: 9, 83: 2, 84: 3, 85: 4, 86: 5, 87: 6, 88: 7, 89: 8, 90: 9,
    ]
    let weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    var sum = 0
    var letters = 0
    var digits = 0
    for index in 0..<17 {
      let c = s[start + index]
      let value: Int
      if CharacterClass.isDigit(c) {
        value = Int(c - 48)
        digits += 1
      } else if let mapped = transliteration[c] {
        value = mapped
        letters += 1
      } else {
        return false
      }
      sum += value * weights[index]
    }
    guard letters >= 2, digits >= 4 else { return false }
    let check = sum % 11
    let expected: UInt32 = check == 10 ? 88 : UInt32(48 + check)
    return s[start + 8] == expected
  }

  /// Country code, check digits, then 11 to 30 letters and digits (groups of four may be
  /// separated by spaces), passing the ISO 13616 mod-97 check.
  private static func iban(_ s: [UInt32], _ start: Int) -> Int? {
    guard start + 4 <= s.count, CharacterClass.isUpperASCII(s[start]),
      CharacterClass.isUpperASCII(s[start + 1]), CharacterClass.isDigit(s[start + 2]),
      CharacterClass.isDigit(s[start + 3])
    else { return nil }
    var characters: [UInt32] = []
    var pos = start
    var end = start
    while pos < s.count, characters.count < 34 {
      let c = s[pos]
      if CharacterClass.isDigit(c) || CharacterClass.isUpperASCII(c) {
        characters.append(c)
        pos += 1
        end = pos
      } else if c == 0x20, pos + 1 < s.count,
        CharacterClass.isDigit(s[pos + 1]) || CharacterClass.isUpperASCII(s[pos + 1]),
        (pos - start) % 5 == 4
      {
        pos += 1
      } else {
        break
      }
    }
    guard (15...34).contains(characters.count), Cursor(s, at: end).atBoundary else { return nil }
    let rearranged = characters[4...] + characters[0..<4]
    var remainder = 0
    for c in rearranged {
      if CharacterClass.isDigit(c) {
        remainder = (remainder * 10 + Int(c - 48)) % 97
      } else {
        remainder = (remainder * 100 + Int(c - 55)) % 97
      }
    }
    return remainder == 1 ? end : nil
  }
}
