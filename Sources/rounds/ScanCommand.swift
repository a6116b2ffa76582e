import ArgumentParser
import Foundation
import Inbox
import Triage

struct ScanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scan",
    abstract: "Find PHI in text, with the span and rule of every finding.",
    discussion: """
      Plain text (FILE, or standard input): on a terminal the text is printed with findings \
      highlighted; otherwise one finding per line: START END CATEGORY CONFIDENCE RULE TEXT \
      (tab-separated, offsets in Unicode scalars, end exclusive).

      --jsonl reads JSON Lines {"id": <any JSON>, "text": "...", "kind": "message"|"reply"} \
      (kind optional; optional "attachments": ["photo.jpg"]) and writes exactly one line per \
      input line, in order: {"id": <same value>, "phi": [{"start", "end", "category", \
      "text", "confidence", "rule", "explanation"}]}. A line that cannot be read yields \
      {"id": null, "line": N, "error": "..."} and the scan goes on.
      """)

  @Flag(help: "Read and write JSON Lines (see below).")
  var jsonl = false

  @Argument(help: "A file to read (default: standard input).")
  var file: String?

  func run() throws {
    let detector = PHIDetector()
    if jsonl {
      try scanLines(detector)
    } else {
      let text = try TextInput.readText(file)
      let findings = detector.findings(in: text)
      if Terminal.isInteractive {
        print(Highlighter.render(text, findings: findings), terminator: "")
        print("\n\(findings.count) finding\(findings.count == 1 ? "" : "s")")
      } else {
        for finding in findings {
          print(
            [
              String(finding.start), String(finding.end), finding.category,
              String(format: "%.2f", finding.confidence), finding.rule,
              TerminalText.sanitize(finding.text),
            ].joined(separator: "\t"))
        }
      }
    }
  }

  private func scanLines(_ detector: PHIDetector) throws {
    var reader = JSONLineReader(handle: try TextInput.open(file))
    var output = LineOutput()
    defer { output.flush() }
    while let line = try reader.next() {
      switch JSONLineParser.parse(line, line: reader.lineNumber) {
      case .success(let request):
        output.write(ScanRecord.scan(request, detector: detector))
      case .failure(let error):
        output.write(JSONObjectWriter.errorLine(error))
      }
    }
  }
}

/// The output object for one scan request. Keys are added in order; later subsystems add
/// theirs (e.g. `triage`, `risks`) after `phi`.
enum ScanRecord {
  static func scan(_ request: ScanRequest, detector: PHIDetector) -> [UInt8] {
    let severity: Severity = request.kind == .reply ? .warn : .info
    let findings = detector.findings(
      in: request.text, attachments: request.attachments, severity: severity)
    var object = JSONObjectWriter()
    object.raw("id", request.rawID)
    object.findings("phi", findings)
    return object.finished()
  }
}

/// Text with findings marked in reverse video and their category after them, for a terminal.
enum Highlighter {
  static func render(_ text: String, findings: [Finding]) -> String {
    let scalars = Array(text.unicodeScalars)
    var out = ""
    var offset = 0
    func plain(_ range: Range<Int>) -> String {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[range])
      return TerminalText.sanitize(String(view), keepNewlines: true)
    }
    for finding in findings where finding.end > finding.start && finding.start >= offset {
      out += plain(offset..<finding.start)
      out += "\u{1B}[7m" + plain(finding.start..<finding.end) + "\u{1B}[0m"
      out += "\u{1B}[2m[\(finding.category)]\u{1B}[0m"
      offset = finding.end
    }
    out += plain(offset..<scalars.count)
    if !out.hasSuffix("\n") { out += "\n" }
    return out
  }
}
