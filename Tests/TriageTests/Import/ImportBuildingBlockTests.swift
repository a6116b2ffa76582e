import Foundation
import Testing

@testable import Triage

@Suite struct JSONParsingTests {
  @Test func parsesValuesAndDecodesEscapes() throws {
    let document = try JSONDocument(
      bytes: Array(
        #"{"id": 1234567890123456789, "t": "a\"b\\c \u00e9 \ud83d\ude00", "n": null, "b": true, "l": [1, {"x": "y"}]}"#
          .utf8))
    let root = document.root
    #expect(root["id"]?.text == "1234567890123456789")
    #expect(root["t"]?.string == "a\"b\\c é 😀")
    #expect(root["n"]?.isNull == true)
    #expect(root["b"]?.bool == true)
    #expect(root["l"]?.elements.count == 2)
    #expect(root["l"]?.elements[1]["x"]?.string == "y")
    #expect(root["missing"] == nil)
  }

  @Test(arguments: [#"{"a": 1"#, #"{"a" 1}"#, #"[1, 2,"#, #"{"a": tru}"#, #""abc"#, #"{"a": 1} x"#])
  func rejectsMalformedJSON(_ text: String) {
    #expect(throws: JSONError.self) { try JSONDocument(bytes: Array(text.utf8)) }
  }

  @Test func streamsArrayElementsAcrossSmallChunks() throws {
    let text = #"window.YTD.tweets.part0 = [ {"a": "]}"}, {"b": [1, 2]} , "s" ]"#
    let stream = ByteStream(MemoryByteSource(text), chunkSize: 4)
    let json = JSONStream(stream)
    #expect(try json.skipAssignment())
    var elements: [String] = []
    let closed = try json.forEachElement {
      elements.append(String(decoding: $0.bytes, as: UTF8.self))
    }
    #expect(closed)
    #expect(elements == [#"{"a": "]}"}"#, #"{"b": [1, 2]}"#, #""s""#])
  }

  /// Values are parsed where they lie in the window when they can be; whatever the window
  /// size, the elements (bytes, offsets, parsed values) are those of one big window, and a
  /// malformed one comes back unparsed, with its bytes, for the reader to report.
  @Test func elementsParsedInPlaceMatchAcrossWindowSizes() throws {
    let text =
      #"[12345, true, null, {"a": [1, {"b": "x\"]}"}]}, "\u00e9\ud83d\ude00", -1.5e3, "#
      + #"{"bad": tru}, [], {"c": 0}, 7]"#
    func render(_ value: JSONValue) -> String {
      switch value.kind {
      case .object:
        return "{" + value.members.map { "\($0.key):\(render($0.value))" }.joined(separator: ",")
          + "}"
      case .array: return "[" + value.elements.map(render).joined(separator: ",") + "]"
      case .string: return "s:" + (value.string ?? "?")
      default: return value.rawText
      }
    }
    func elements(chunk: Int) throws -> [String] {
      var seen: [String] = []
      let closed = try JSONStream(ByteStream(MemoryByteSource(text), chunkSize: chunk))
        .forEachElement { element in
          let bytes = String(decoding: element.bytes, as: UTF8.self)
          let value = element.parsed.map { render($0.root) } ?? "unparsed"
          seen.append("\(element.offset) \(bytes) \(value)")
        }
      #expect(closed)
      return seen
    }
    let whole = try elements(chunk: 1 << 16)
    #expect(whole.count == 10)
    #expect(whole[6].hasSuffix("unparsed"))
    #expect(whole[4].hasSuffix("s:é😀"))
    for chunk in 1...24 {
      let got = try elements(chunk: chunk)
      #expect(got == whole, "chunk \(chunk)")
    }
  }

  @Test func aTruncatedArrayEndsInATruncatedElement() throws {
    let stream = ByteStream(MemoryByteSource(#"[{"a": 1}, {"b": "#), chunkSize: 3)
    var truncated: [Bool] = []
    let closed = try JSONStream(stream).forEachElement { truncated.append($0.truncated) }
    #expect(!closed)
    #expect(truncated == [false, true])
  }

  @Test func splitsRootObjectMembers() throws {
    let stream = ByteStream(MemoryByteSource(#"{"data": [1, 2], "paging": {"next": "x"}}"#))
    var seen: [String] = []
    try JSONStream(stream).forEachElement { seen.append("\($0.key ?? "-"):\($0.index)") }
    #expect(seen == ["data:0", "data:1", "paging:0"])
  }
}

@Suite struct TextConversionTests {
  @Test func mojibakeIsRepairedAndCleanTextLeftAlone() {
    #expect(Mojibake.repair("Caf\u{00C3}\u{00A9}") == "Café")
    #expect(Mojibake.repair("\u{00F0}\u{009F}\u{0098}\u{008A}") == "😊")
    #expect(Mojibake.repair("Café") == "Café")  // a lone é is not a valid UTF-8 run
    #expect(Mojibake.repair("plain") == "plain")
  }

  @Test func htmlBecomesText() {
    #expect(
      HTMLText.plainText("<p>One &amp; two</p><p>Three<br>four</p>") == "One & two\n\nThree\nfour")
    #expect(HTMLText.plainText("a <script>alert(1)</script>b") == "a b")
    #expect(HTMLText.plainText("x < y and <a href=\"u\">link</a>") == "x < y and link")
    #expect(HTMLText.plainText("line one\nline two", keepNewlines: true) == "line one\nline two")
  }

  @Test func entities() {
    #expect(
      HTMLEntities.decode("&lt;3 &amp;&amp; &eacute; &#233; &#x1F600; &nope;")
        == "<3 && é é 😀 &nope;")
    #expect(HTMLEntities.decode("&#150;") == "–")
  }

  /// The byte-level decoder against every kind of reference, and the text around them kept
  /// byte for byte (multi-byte characters next to references included).
  @Test func entitiesEveryKind() {
    // Named: HTML's markup ones, Latin-1 ones, a case-sensitive pair.
    #expect(HTMLEntities.decode("&quot;&apos;&nbsp;&copy;&Eacute;&eacute;") == "\"'\u{A0}©Éé")
    // Decimal and hex, upper- and lower-case x, leading zeros, astral code points.
    #expect(HTMLEntities.decode("&#65;&#x41;&#X41;&#0065;&#x1f600;&#128512;") == "AAAA😀😀")
    // Invalid ones become U+FFFD: NUL, a lone surrogate, past U+10FFFF.
    #expect(HTMLEntities.decode("&#0;&#xD800;&#x110000;") == "\u{FFFD}\u{FFFD}\u{FFFD}")
    // Not references: left exactly as written.
    for text in [
      "&", "a & b", "&amp", "fish &chips", "&nope;", "&#;", "&#x;", "&#xZZ;", "&#12a;",
      "&#99999999999999;", "&#-5;", "&;", "& amp;", "&am p;",
      "&\(String(repeating: "a", count: 40));",
      "AT&T", "&&amp", "x&#65",
    ] {
      #expect(HTMLEntities.decode(text) == text, "\(text)")
    }
    // Unterminated then a good one; text around in several scripts and emoji.
    #expect(HTMLEntities.decode("&amp &amp;") == "&amp &")
    #expect(HTMLEntities.decode("日本&amp;語 👩‍⚕️&lt;é&gt;") == "日本&語 👩‍⚕️<é>")
    #expect(HTMLEntities.decode("end &amp;") == "end &")
    #expect(HTMLEntities.decode("&amp;&amp;amp;") == "&&amp;")
    #expect(HTMLEntities.decode("no reference at all") == "no reference at all")
    #expect(HTMLEntities.decode("") == "")
  }

  @Test func dates() {
    #expect(ImportDates.iso8601("2023-08-12T16:10:37Z")?.timeIntervalSince1970 == 1_691_856_637)
    #expect(
      ImportDates.iso8601("2023-08-12T16:10:37.500+0000")?.timeIntervalSince1970 == 1_691_856_637.5)
    #expect(
      ImportDates.iso8601("2023-08-12 18:10:37 +02:00")?.timeIntervalSince1970 == 1_691_856_637)
    #expect(ImportDates.iso8601("2023-01-15 12:34:56 UTC")?.timeIntervalSince1970 == 1_673_786_096)
    #expect(
      ImportDates.twitter("Sat Aug 12 16:10:37 +0000 2023")?.timeIntervalSince1970 == 1_691_856_637)
    #expect(ImportDates.iso8601("not a date") == nil)
    #expect(ImportDates.iso8601("2023-13-01") == nil)
  }

  /// Every shape the readers feed the date parsers: twarc2, Graph, Mastodon, YouTube, Google
  /// (ISO with Z and fractions), WXR and Disqus (no zone, read as UTC), Grailbird and
  /// tweets.csv (`+0000` after a space), X archives and the classic API (Twitter's own form).
  @Test func datesEveryReaderShape() {
    let expected = 1_691_856_637.0
    for text in [
      "2023-08-12T16:10:37.000Z", "2023-08-12T16:10:37+0000", "2023-08-12T16:10:37Z",
      "2023-08-12 16:10:37", "2023-08-12T16:10:37", "2023-08-12 16:10:37 +0000",
      "2023-08-12T12:10:37-04:00", "Sat Aug 12 16:10:37 +0000 2023",
      "Sat Aug 12 12:10:37 -0400 2023", "Sat Aug 12 21:40:37 +0530 2023",
      "Sat  Aug 12 16:10:37 +0000 2023",
    ] {
      let date =
        text.first!.isLetter ? ImportDates.twitter(text) : ImportDates.iso8601(text)
      #expect(date?.timeIntervalSince1970 == expected, "\(text)")
    }
    #expect(ImportDates.iso8601("2024-02-29T00:00:00Z")?.timeIntervalSince1970 == 1_709_164_800)
    #expect(
      ImportDates.twitter("Thu Feb 29 00:00:00 +0000 2024")?.timeIntervalSince1970 == 1_709_164_800)
    #expect(ImportDates.unix(1_691_856_637).timeIntervalSince1970 == expected)
    // Not dates: wrong field counts, unknown months, letters in numbers, times out of range.
    for text in [
      "", "Sat Aug 12 16:10:37 +0000", "Sat Aug 12 16:10:37 +0000 2023 extra",
      "Sat Foo 12 16:10:37 +0000 2023", "Sat aug 12 16:10:37 +0000 2023",
      "Sat Aug 1x 16:10:37 +0000 2023", "Sat Aug 12 16:10 +0000 2023",
      "Sat Aug 12 16:10:37:01 +0000 2023", "Sat Aug 12 25:10:37 +0000 2023",
      "Sat Aug 32 16:10:37 +0000 2023", "Sat Aug 12 16::37 +0000 2023",
      "Sat Augu 12 16:10:37 +0000 2023",
    ] {
      #expect(ImportDates.twitter(text) == nil, "\(text)")
    }
  }
}

@Suite struct CSVAndXMLTests {
  @Test func csvQuotesNewlinesAndCRLF() throws {
    let text = "\u{FEFF}a,b\r\n1,\"x, \"\"y\"\"\r\nz\"\r\n\r\n2,3"
    let reader = CSVReader(ByteStream(MemoryByteSource(text), chunkSize: 5))
    try reader.skipByteOrderMark()
    var rows: [[String]] = []
    var lines: [Int] = []
    while let row = try reader.next() {
      rows.append(row.fields)
      lines.append(row.line)
    }
    #expect(rows == [["a", "b"], ["1", "x, \"y\"\r\nz"], ["2", "3"]])
    #expect(lines == [1, 2, 5])
  }

  @Test func xmlRecordsWithCDATANamespacesAndRecovery() throws {
    let xml = """
      <?xml version="1.0"?><!DOCTYPE x [<!ENTITY lol "lol">]><r xmlns:a="urn:1">
      <a:item n="1"><a:t><![CDATA[<b>x</b>]]></a:t><u>&amp;&lol;</u></a:item>
      </wrong><item n="2"><t>cut
      """
    let reader = XMLRecordReader(
      stream: ByteStream(MemoryByteSource(xml), chunkSize: 7), records: ["item"])
    var records: [XMLElement] = []
    var problems: [String] = []
    var truncated = 0
    try reader.readRecords { event in
      switch event {
      case .record(let element, _): records.append(element)
      case .truncated: truncated += 1
      case .problem(let reason, _, _, _): problems.append(reason)
      }
    }
    #expect(records.count == 1)
    #expect(records.first?.attribute("n") == "1")
    #expect(records.first?.child("t")?.text == "<b>x</b>")
    #expect(records.first?.child("u")?.text == "&&lol;")  // custom entities are never expanded
    #expect(problems.count == 1)
    #expect(truncated == 1)
  }

  @Test func cborDecodesTheInteropFixtureShapes() throws {
    // {"a": 1, "b": [true, null], "c": h'00'} with a CID link under tag 42.
    let bytes: [UInt8] = [
      0xA3, 0x61, 0x61, 0x01, 0x61, 0x62, 0x82, 0xF5, 0xF6, 0x61, 0x63, 0xD8, 0x2A, 0x43, 0x00,
      0x01,
      0x71,
    ]
    let value = try CBORDecoder.decode(bytes)
    #expect(value["a"]?.int == 1)
    #expect(value["b"]?.array == [.bool(true), .null])
    #expect(value["c"]?.link == [0x01, 0x71])
    #expect(throws: CBORError.self) { try CBORDecoder.decode([0xA1, 0x61]) }
  }

  @Test func blueskyLinkFacetsUseByteOffsets() {
    // "é " is 3 bytes: the link "ex.com/..." starts at byte 3.
    let facet = CBOR.map([
      ("index", .map([("byteStart", .int(3)), ("byteEnd", .int(13))])),
      (
        "features",
        .array([
          .map([
            ("$type", .text("app.bsky.richtext.facet#link")),
            ("uri", .text("https://ex.com/long/path")),
          ])
        ])
      ),
    ])
    #expect(
      BlueskyCARFormat.expandLinks("é ex.com/... ok", facets: [facet])
        == "é https://ex.com/long/path ok")
  }
}

@Suite struct SyntheticExportTests {
  @Test func generatedDatesReadBack() {
    for seconds in [0, 1_600_000_000, 1_691_856_637, 951_782_400] {
      #expect(
        ImportDates.twitter(SyntheticExports.twitterDate(seconds))?.timeIntervalSince1970
          == Double(seconds))
    }
    #expect(SyntheticExports.twitterDate(1_691_856_637) == "Sat Aug 12 16:10:37 +0000 2023")
  }

  @Test(arguments: SyntheticExports.Kind.allCases) func generatedFilesImportWhole(
    _ kind: SyntheticExports.Kind
  ) throws {
    let path = TestRoot.newFolder() + "/export"
    let written = try SyntheticExports.write(kind, count: 250, to: path, zip: kind == .xArchive)
    let (summary, _) = try importInto([written])
    #expect(summary.imported == 250)
    #expect(summary.errorCount == 0)
    #expect(summary.skipped.isEmpty)
  }
}

/// Where archives sit inside a folder or zip of several exports.
@Suite struct ArchiveRootTests {
  @Test func anXArchiveIsTheFolderOfItsAccountOrManifest() {
    let format = XArchiveFormat()
    #expect(format.roots(in: ["data/account.js", "data/tweets.js", "Your archive.html"]) == [""])
    #expect(format.roots(in: ["manifest.js", "tweet.js"]) == [""])
    #expect(
      format.roots(in: [
        "mine/data/account.js", "mine/data/tweets.js", "theirs/manifest.js",
        "theirs/data/tweets-part1.js", "comments.xml",
      ]) == ["mine/", "theirs/"])
    // An account file with no tweets beside it is no archive; nor are tweets alone.
    #expect(format.roots(in: ["a/account.js", "b/data/tweets.js"]).isEmpty)
  }

  @Test func aClassicArchiveIsTheFolderOfItsCSVAndMonthFiles() {
    let format = XClassicArchiveFormat()
    #expect(format.roots(in: ["tweets.csv", "data/js/tweets/2012_12.js"]) == [""])
    #expect(
      format.roots(in: ["old/tweets.csv", "old/data/js/tweets/2012_12.js", "tweets.csv"])
        == ["old/"])
  }
}

@Suite struct ByteSearchTests {
  @Test func findsAByteInSmallLargeAndBridgedStrings() {
    #expect("line\r\nnext".containsUTF8Byte(0x0D))
    #expect(!"line\nnext".containsUTF8Byte(0x0D))
    #expect(!"".containsUTF8Byte(0x0D))
    let long = String(repeating: "é漢😀 ", count: 200)
    #expect(!long.containsUTF8Byte(UInt8(ascii: "&")))
    #expect((long + "&amp;").containsUTF8Byte(UInt8(ascii: "&")))
    let bridged = NSString(string: "a & b") as String
    #expect(bridged.containsUTF8Byte(UInt8(ascii: "&")))
  }
}
