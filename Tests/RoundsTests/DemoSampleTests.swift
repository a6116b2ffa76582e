import Foundation
import Testing

@testable import rounds

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The sample exports bundled for `rounds demo` are well-formed files in their real formats and
/// cover what the demo must show.
@Suite struct DemoSampleTests {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/rounds/Demo")

  @Test func theBinaryCarriesTheFilesAsTheyAreInTheRepository() throws {
    #expect(DemoSamples.all.count == 4)
    for sample in DemoSamples.all {
      let onDisk = try Data(contentsOf: Self.folder.appendingPathComponent(sample.fileName))
      #expect(sample.contents == onDisk, "\(sample.fileName)")
    }
  }

  @Test func theWordPressExportIsWellFormedWXR() throws {
    let data = try Data(contentsOf: Self.folder.appendingPathComponent("wordpress-comments.xml"))
    let counter = ElementCounter()
    let parser = XMLParser(data: data)
    parser.delegate = counter
    #expect(parser.parse(), "\(String(describing: parser.parserError))")
    #expect(counter.counts["wp:comment"] == 9)
    #expect(counter.counts["item"] == 2)
    #expect(counter.counts["wp:comment_approved"] == 9)
  }

  @Test func theTwarcPagesAreJSONLinesWithUsers() throws {
    let text = try String(
      contentsOf: Self.folder.appendingPathComponent("twarc2-mentions.jsonl"), encoding: .utf8)
    let lines = text.split(separator: "\n")
    #expect(lines.count == 2)
    var tweets = 0
    for line in lines {
      let page = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let data = try #require(page["data"] as? [[String: Any]])
      let users = try #require((page["includes"] as? [String: Any])?["users"] as? [[String: Any]])
      let userIDs = Set(users.compactMap { $0["id"] as? String })
      for tweet in data {
        #expect(userIDs.contains(tweet["author_id"] as? String ?? ""), "every author is included")
        #expect(tweet["created_at"] is String && tweet["conversation_id"] is String)
      }
      tweets += data.count
    }
    #expect(tweets == 7)
  }

  @Test func theGraphAndReviewExportsHaveTheirShapes() throws {
    let facebook = try #require(
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: Self.folder.appendingPathComponent("facebook-comments.json")))
        as? [String: Any])
    let comments = try #require(facebook["data"] as? [[String: Any]])
    #expect(comments.count == 7)
    #expect(comments.allSatisfy { $0["id"] is String && $0["from"] is [String: Any] })
    #expect(comments.contains { $0["parent"] != nil }, "a reply to a comment")
    let google = try #require(
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: Self.folder.appendingPathComponent("google-reviews.json")))
        as? [String: Any])
    let reviews = try #require(google["reviews"] as? [[String: Any]])
    #expect(reviews.count == 7)
    #expect(reviews.contains { $0["comment"] == nil }, "a rating-only review")
    #expect(reviews.contains { $0["reviewReply"] != nil }, "a review the practice answered")
  }

  @Test func theSamplesCoverEveryKindOfMessageTheDemoShows() throws {
    let all = try DemoSamples.all.map { String(decoding: $0.contents, as: UTF8.self) }
      .joined(separator: "\n").lowercased()
    let kinds: [(String, [String])] = [
      ("emergency", ["crushing chest pain", "lips look kind of blue"]),
      ("crisis", ["end it", "nobody would even notice if i was gone"]),
      ("PHI", ["born 03/14/1961", "mrn 448812", "28 weeks pregnant"]),
      ("advice request", ["ibuprofen or tylenol", "antibiotics through a telehealth"]),
      ("admin question", ["blue cross ppo", "what time do you open"]),
      ("praise", ["wonderful", "best doctor"]),
      ("spam", ["no prescription", "grow your followers", "earn $5,000"]),
    ]
    for (kind, phrases) in kinds {
      for phrase in phrases {
        #expect(all.contains(phrase), "\(kind): \(phrase)")
      }
    }
  }
}

private final class ElementCounter: NSObject, XMLParserDelegate {
  var counts: [String: Int] = [:]

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    counts[name, default: 0] += 1
  }
}
