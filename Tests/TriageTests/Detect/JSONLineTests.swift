import Testing

@testable import Triage

@Suite struct JSONLineTests {
  private func parse(_ line: String) -> Result<ScanRequest, ScanLineError> {
    JSONLineParser.parse(Array(line.utf8), line: 7)
  }

  @Test func readsEveryField() throws {
    let request = try parse(
      #"{"id": {"x": [1, 2.5e3]}, "text": "caf\u00e9 \ud83d\ude00\n", "kind": "reply", "context": "hi", "attachments": ["a.jpg"], "extra": null}"#
    ).get()
    #expect(String(decoding: request.rawID, as: UTF8.self) == #"{"x": [1, 2.5e3]}"#)
    #expect(request.text == "café 😀\n")
    #expect(request.kind == .reply)
    #expect(request.context == "hi")
    #expect(request.attachments == [Attachment(name: "a.jpg")])
    #expect(request.line == 7)
  }

  @Test func idIsEchoedExactlyAndDefaultsToNull() throws {
    for id in ["1.50", "-0", "\"a\\\"b\"", "true", "null", "[]", "1E+2"] {
      let request = try parse("{\"id\": \(id), \"text\": \"\"}").get()
      #expect(String(decoding: request.rawID, as: UTF8.self) == id)
    }
    #expect(try parse(#"{"text": "x"}"#).get().rawID == Array("null".utf8))
  }

  @Test(arguments: [
    "", "not json", "[1]", #"{"id": 1}"#, #"{"id": 1, "text": 5}"#,
    #"{"id": 1, "text": "x", "kind": "post"}"#, #"{"id": 01, "text": "x"}"#,
    #"{"id": 1, "text": "x"} extra"#, #"{"id": 1, "text": "x""#, #"{"id": 1, "text": "\q"}"#,
    "{\"id\": 1, \"text\": \"a\tb\"}", #"{"id": [1, , 2], "text": "x"}"#, #"{"id": 1,}"#,
  ])
  func malformedLinesFailWithAReason(line: String) {
    guard case .failure(let error) = parse(line) else {
      Issue.record("accepted \(line)")
      return
    }
    #expect(error.line == 7)
    #expect(!error.reason.isEmpty)
  }

  @Test func aByteOrderMarkIsSkipped() throws {
    let request = try JSONLineParser.parse(
      [0xEF, 0xBB, 0xBF] + Array(#"{"id": 1, "text": "x"}"#.utf8), line: 1
    ).get()
    #expect(request.text == "x")
  }

  @Test func invalidUTF8IsAnError() {
    var bytes = Array(#"{"id": 1, "text": "a"#.utf8)
    bytes.append(0xFF)
    bytes.append(contentsOf: Array("\"}".utf8))
    guard case .failure(let error) = JSONLineParser.parse(bytes, line: 1) else {
      Issue.record("accepted invalid UTF-8")
      return
    }
    #expect(error.reason.contains("UTF-8"))
  }

  @Test func errorsNeverQuoteTheText() {
    guard case .failure(let error) = parse(#"{"id": 1, "text": "John Smith", "kind": "John"}"#)
    else { return }
    #expect(!error.reason.contains("John"))
  }

  @Test func writerEscapesAndFormats() {
    var object = JSONObjectWriter()
    object.raw("id", Array("1.50".utf8))
    object.string("text", "a\"b\\c\nd\u{1}é")
    object.fraction("c", 0.9)
    object.fraction("one", 1)
    object.fraction("x", 0.125)
    #expect(
      String(decoding: object.finished(), as: UTF8.self)
        == #"{"id": 1.50, "text": "a\"b\\c\nd\u0001é", "c": 0.9, "one": 1.0, "x": 0.125}"#)
  }
}
