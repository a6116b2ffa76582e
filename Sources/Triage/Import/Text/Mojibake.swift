/// Facebook and Instagram "Download Your Information" JSON writes every byte of UTF-8 text as
/// its own `\u00XX` escape, so "é" arrives as "Ã©". Each run of U+0080–U+00FF characters is
/// read back as bytes and decoded as UTF-8 when that is valid; anything else is left alone.
public enum Mojibake {
  public static func repair(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { (0xC2...0xF4).contains($0.value) }) else {
      return text
    }
    var out = String.UnicodeScalarView()
    var run: [UInt8] = []
    var runScalars: [Unicode.Scalar] = []
    func flush() {
      guard !run.isEmpty else { return }
      if let decoded = String(validating: run, as: UTF8.self) {
        out.append(contentsOf: decoded.unicodeScalars)
      } else {
        out.append(contentsOf: runScalars)
      }
      run.removeAll(keepingCapacity: true)
      runScalars.removeAll(keepingCapacity: true)
    }
    for scalar in text.unicodeScalars {
      if (0x80...0xFF).contains(scalar.value) {
        run.append(UInt8(scalar.value))
        runScalars.append(scalar)
      } else {
        flush()
        out.append(scalar)
      }
    }
    flush()
    return String(out)
  }
}
