import Foundation

/// Reads hand-labelled samples: one text per paragraph (blank line between), PHI marked
/// inline as `[[CATEGORY|text]]`, e.g. `Pt [[NAME|John Smith]] seen [[DATE|3/4/2015]]`.
/// Lines starting with `#` are comments. Every category is scored.
public enum MarkedReader {
  public static func read(path: String, name: String) throws -> EvalSet {
    guard let data = FileManager.default.contents(atPath: path),
      let content = String(data: data, encoding: .utf8)
    else {
      throw RoundsError(.notFound, "cannot read \(path)", fix: "check the path")
    }
    var documents: [EvalDocument] = []
    var paragraph: [Substring] = []
    func flush() throws {
      guard !paragraph.isEmpty else { return }
      documents.append(try parse(paragraph.joined(separator: "\n"), path: path))
      paragraph.removeAll()
    }
    for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("#") { continue }
      if line.trimmingCharacters(in: .whitespaces).isEmpty {
        try flush()
      } else {
        paragraph.append(line)
      }
    }
    try flush()
    var categories = Set(PHICategory.allCases)
    categories.remove(.practice)
    categories.remove(.health)
    return EvalSet(name: name, documents: documents, categories: categories)
  }

  static func parse(_ marked: String, path: String) throws -> EvalDocument {
    var text = String.UnicodeScalarView()
    var spans: [(Int, Int, PHICategory)] = []
    let scalars = Array(marked.unicodeScalars)
    var i = 0
    while i < scalars.count {
      if scalars[i] == "[", i + 1 < scalars.count, scalars[i + 1] == "[" {
        guard let bar = scalars[i...].firstIndex(of: "|"),
          let close = (bar..<scalars.count).first(where: {
            scalars[$0] == "]" && $0 + 1 < scalars.count && scalars[$0 + 1] == "]"
          })
        else {
          throw RoundsError(.failure, "\(path): unclosed [[ mark", fix: "write [[CATEGORY|text]]")
        }
        let name = String(String.UnicodeScalarView(scalars[(i + 2)..<bar]))
        guard let category = PHICategory(rawValue: name) else {
          throw RoundsError(
            .failure, "\(path): unknown category \(name)", fix: "use a PHI category")
        }
        let start = text.count
        text.append(contentsOf: scalars[(bar + 1)..<close])
        spans.append((start, text.count, category))
        i = close + 2
        continue
      }
      text.append(scalars[i])
      i += 1
    }
    let plain = String(text)
    let tokens = EvalTokenizer.wordSpans(plain).map { start, end in
      EvalDocument.Token(
        start: start, end: end, gold: spans.first { $0.0 < end && start < $0.1 }?.2)
    }
    return EvalDocument(text: plain, tokens: tokens)
  }
}
