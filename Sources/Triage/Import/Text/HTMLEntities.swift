/// Decoding `&name;`, `&#NN;` and `&#xHH;` references, as HTML and XML exports write them.
public enum HTMLEntities {
  /// Decodes every reference it knows; unknown names are left as written. Works on the UTF-8
  /// bytes: a reference is ASCII, so the text between references is copied as it is.
  public static func decode(_ text: String) -> String {
    guard text.containsUTF8Byte(UInt8(ascii: "&")) else { return text }
    var text = text
    return text.withUTF8 { bytes in
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count)
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: "&"), let (decoded, length) = reference(in: bytes, at: index) {
          out.append(contentsOf: decoded.utf8)
          index += length
        } else {
          out.append(byte)
          index += 1
        }
      }
      return String(decoding: out, as: UTF8.self)
    }
  }

  /// The reference starting at `start` (an `&`) in UTF-8 bytes: its text and its length.
  static func reference(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (String, Int)? {
    var end = start + 1
    while end < bytes.count, end - start <= 33, bytes[end] != UInt8(ascii: ";") {
      let byte = bytes[end]
      let allowed =
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte)
        || (0x61...0x7A).contains(byte) || byte == 0x23
      guard allowed else { return nil }
      end += 1
    }
    guard end < bytes.count, bytes[end] == UInt8(ascii: ";"), end > start + 1 else { return nil }
    let name = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<end]), as: UTF8.self)
    guard let decoded = decodeName(name) else { return nil }
    return (decoded, end - start + 1)
  }

  /// The reference starting at `start` (an `&`): its text and how many scalars it spans.
  static func reference(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
    var end = start + 1
    while end < scalars.count, end - start <= 33, scalars[end] != ";" {
      let value = scalars[end].value
      let allowed =
        (0x30...0x39).contains(value) || (0x41...0x5A).contains(value)
        || (0x61...0x7A).contains(value) || value == 0x23
      guard allowed else { return nil }
      end += 1
    }
    guard end < scalars.count, scalars[end] == ";", end > start + 1 else { return nil }
    let name = String(String.UnicodeScalarView(scalars[(start + 1)..<end]))
    guard let decoded = decodeName(name) else { return nil }
    return (decoded, end - start + 1)
  }

  /// The text of a reference's name (`amp`, `#233`, `#x1F600`); nil when unknown.
  static func decodeName(_ name: String) -> String? {
    if name.hasPrefix("#") {
      let digits = name.dropFirst()
      let value: UInt32?
      if digits.first == "x" || digits.first == "X" {
        value = UInt32(digits.dropFirst(), radix: 16)
      } else {
        value = UInt32(digits)
      }
      guard let value else { return nil }
      return String(Unicode.Scalar(windows1252Fix(value)) ?? "\u{FFFD}")
    }
    return named[name]
  }

  /// Browsers read `&#150;` and friends as Windows-1252, and so do people who wrote them.
  static func windows1252Fix(_ value: UInt32) -> UInt32 {
    guard (0x80...0x9F).contains(value) else { return value == 0 ? 0xFFFD : value }
    return UInt32(Windows1252.table[Int(value - 0x80)])
  }

  static let named: [String: String] = {
    var table: [String: String] = [
      "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "hellip": "…",
      "mdash": "—", "ndash": "–", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
      "sbquo": "‚", "bdquo": "„", "bull": "•", "trade": "™", "euro": "€", "dagger": "†",
      "Dagger": "‡", "permil": "‰", "lsaquo": "‹", "rsaquo": "›", "OElig": "Œ", "oelig": "œ",
      "Scaron": "Š", "scaron": "š", "Yuml": "Ÿ", "fnof": "ƒ", "circ": "ˆ", "tilde": "˜",
      "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "zwnj": "\u{200C}",
      "zwj": "\u{200D}", "lrm": "\u{200E}", "rlm": "\u{200F}", "prime": "′", "Prime": "″",
      "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "harr": "↔", "minus": "−",
      "le": "≤", "ge": "≥", "ne": "≠", "asymp": "≈", "infin": "∞", "hearts": "♥",
      "Alpha": "Α", "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "mu": "μ",
      "pi": "π", "sigma": "σ", "omega": "ω",
    ]
    // HTML 4's Latin-1 names, in code point order from U+00A0.
    let latin1 = """
      nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg \
      plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 \
      iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave \
      Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute \
      Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave \
      eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml \
      divide oslash ugrave uacute ucirc uuml yacute thorn yuml
      """
    for (offset, name) in latin1.split(separator: " ").enumerated() {
      table[String(name)] = String(Unicode.Scalar(UInt32(0xA0 + offset))!)
    }
    return table
  }()
}

/// The Windows-1252 code page: exports that claim Latin-1 are usually this.
enum Windows1252 {
  /// Code points for bytes 0x80–0x9F (undefined bytes map to themselves).
  static let table: [UInt16] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
  ]

  /// Decodes Windows-1252 bytes (Latin-1 is its subset for printable characters).
  static func decode<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
    var scalars = String.UnicodeScalarView()
    for byte in bytes {
      let value = (0x80...0x9F).contains(byte) ? UInt32(table[Int(byte - 0x80)]) : UInt32(byte)
      scalars.append(Unicode.Scalar(value)!)
    }
    return String(scalars)
  }
}
