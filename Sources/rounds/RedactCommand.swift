import ArgumentParser
import Foundation
import Triage

struct RedactCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "redact",
    abstract: "Print text with each PHI finding replaced by [CATEGORY].",
    discussion: """
      Plain text from FILE or standard input is printed redacted. With --jsonl, input lines \
      are the same as for `rounds scan --jsonl` and each output line is {"id": <same value>, \
      "text": "<redacted text>"}; a line that cannot be read yields {"id": null, "line": N, \
      "error": "..."}.
      """)

  @Flag(help: "Read and write JSON Lines.")
  var jsonl = false

  @Argument(help: "A file to read (default: standard input).")
  var file: String?

  func run() throws {
    let detector = PHIDetector()
    guard jsonl else {
      let text = try TextInput.readText(file)
      let redacted = Redaction.redact(text, findings: detector.findings(in: text))
      FileHandle.standardOutput.write(Data(redacted.utf8))
      return
    }
    var reader = JSONLineReader(handle: try TextInput.open(file))
    var output = LineOutput()
    defer { output.flush() }
    while let line = try reader.next() {
      switch JSONLineParser.parse(line, line: reader.lineNumber) {
      case .success(let request):
        var object = JSONObjectWriter()
        object.raw("id", request.rawID)
        object.string(
          "text", Redaction.redact(request.text, findings: detector.findings(in: request.text)))
        output.write(object.finished())
      case .failure(let error):
        output.write(JSONObjectWriter.errorLine(error))
      }
    }
  }
}
