import Foundation
import Testing

@testable import Triage

/// Shapes of each format that the corpus and fixtures do not cover, read straight through the
/// readers (tiny inputs written from the platforms' documentation).
@Suite struct ReaderShapeTests {
  @Test func facebookWebhookCommentEvents() throws {
    let json = """
      {"object": "page", "entry": [{"id": "1", "time": 1700000000, "changes": [
        {"field": "feed", "value": {"item": "comment", "verb": "add", "comment_id": "10_20",
          "post_id": "10", "parent_id": "10", "message": "Are you open?", "created_time": 1700000000,
          "from": {"id": "7", "name": "Pat"}}},
        {"field": "feed", "value": {"item": "comment", "verb": "remove", "comment_id": "10_21",
          "post_id": "10", "created_time": 1700000001}},
        {"field": "feed", "value": {"item": "reaction", "verb": "add"}}
      ]}]}
      """
    let sink = try read(FacebookGraphFormat(), Array(json.utf8))
    #expect(sink.messages.map(\.externalID) == ["10_20"])
    #expect(sink.messages.first?.parentID == nil)
    #expect(sink.messages.first?.threadID == "10")
    #expect(sink.skipped == ["removed_comment_event": 1, "not_a_comment_event": 1])
  }

  @Test func instagramOlderCommentsLayout() throws {
    let json = """
      {"comments_media_comments": [{"title": "clinic", "string_list_data": [
        {"href": "https://www.instagram.com/p/x/", "value": "Nice \\u00c3\\u00a9", "timestamp": 1600000000}]}]}
      """
    let sink = try read(InstagramDYIFormat(), Array(json.utf8))
    #expect(sink.messages.first?.text == "Nice é")
    #expect(sink.messages.first?.permalink == "https://www.instagram.com/p/x/")
  }

  @Test func twarc2ErrorsAreReportedAndStreamObjectsRead() throws {
    let lines = """
      {"data": {"id": "5", "text": "hi @clinic", "author_id": "1", "created_at": "2024-01-01T00:00:00.000Z"}, "includes": {"users": [{"id": "1", "username": "pat"}]}, "matching_rules": [{"id": "1"}]}
      {"data": [], "errors": [{"title": "Not Found Error", "resource_type": "tweet", "resource_id": "77", "detail": "Could not find tweet"}]}
      {"id": "6", "text": "flat", "author": {"username": "sam"}, "created_at": "2024-01-02T00:00:00.000Z"}
      """
    let sink = try read(Twarc2Format(), Array(lines.utf8))
    #expect(sink.messages.map(\.authorHandle) == ["pat", "sam"])
    #expect(sink.bad.map(\.position) == ["line 2, errors[0]"])
    #expect(sink.bad.first?.reason == "the X API reported: Not Found Error (tweet 77)")
  }

  @Test func mastodonContentWarningsAndNonMentions() throws {
    let json = """
      [{"id": "1", "type": "favourite", "status": null},
       {"id": "2", "type": "mention", "account": {"acct": "pat@x.example"},
        "status": {"id": "9", "uri": "https://x.example/users/pat/statuses/9", "created_at": "2024-01-01T00:00:00Z",
          "visibility": "unlisted", "spoiler_text": "health", "content": "<p>my <b>knee</b></p>", "in_reply_to_id": null,
          "account": {"acct": "pat@x.example", "display_name": ""}}}]
      """
    let sink = try read(MastodonNotificationsFormat(), Array(json.utf8))
    #expect(sink.skipped == ["not_a_mention": 1])
    #expect(sink.messages.first?.text == "[CW: health]\nmy knee")
    #expect(sink.messages.first?.visibility == .unlisted)
    #expect(sink.messages.first?.authorName == nil)
  }

  @Test func wordPressSpamAndTrashAreClosedNotLost() throws {
    let xml = """
      <?xml version="1.0"?><rss xmlns:wp="https://wordpress.org/export/1.2/"><channel><item>
      <link>https://clinic.example/p/</link><wp:post_id>4</wp:post_id>
      <wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_date_gmt>2024-01-01 10:00:00</wp:comment_date_gmt>
      <wp:comment_content>buy pills</wp:comment_content><wp:comment_approved><![CDATA[spam]]></wp:comment_approved></wp:comment>
      <wp:comment><wp:comment_id>2</wp:comment_id><wp:comment_date_gmt>0000-00-00 00:00:00</wp:comment_date_gmt>
      <wp:comment_date>2024-01-02 10:00:00</wp:comment_date><wp:comment_parent>1</wp:comment_parent>
      <wp:comment_content>old</wp:comment_content><wp:comment_approved>trash</wp:comment_approved></wp:comment>
      </item></channel></rss>
      """
    let sink = try read(WordPressWXRFormat(), Array(xml.utf8))
    #expect(sink.messages.map(\.status) == [.spam, .closed])
    #expect(sink.messages.map(\.sourceStatus) == ["spam", "trash"])
    #expect(sink.messages.map(\.externalID) == ["clinic.example/1", "clinic.example/2"])
    #expect(sink.messages.last?.parentID == "clinic.example/1")
    #expect(sink.messages.last?.permalink == "https://clinic.example/p/#comment-2")
  }

  /// Only a comment written while logged in (the blog's own accounts) has a handle: a visitor
  /// can type any name, so a typed name must never make a comment the practice's own.
  @Test func wordPressHandlesComeOnlyFromLoggedInAccounts() throws {
    let comment = { (id: Int, user: String, author: String) in
      """
      <wp:comment><wp:comment_id>\(id)</wp:comment_id><wp:comment_author><![CDATA[\(author)]]></wp:comment_author>
      <wp:comment_date_gmt>2024-01-01 10:00:00</wp:comment_date_gmt><wp:comment_content>hi</wp:comment_content>
      <wp:comment_user_id>\(user)</wp:comment_user_id></wp:comment>
      """
    }
    let xml = """
      <?xml version="1.0"?><rss xmlns:wp="https://wordpress.org/export/1.2/"><channel><item>
      <link>https://clinic.example/p/</link><wp:post_id>4</wp:post_id>
      \(comment(1, "0", "Example Clinic"))\(comment(2, "1", "Example Clinic"))
      </item></channel></rss>
      """
    let sink = try read(WordPressWXRFormat(), Array(xml.utf8))
    #expect(sink.messages.map(\.authorName) == ["Example Clinic", "Example Clinic"])
    #expect(sink.messages.map(\.authorHandle) == [nil, "Example Clinic"])
  }

  @Test func latin1XMLIsDecoded() throws {
    let bytes: [UInt8] =
      Array(
        #"<?xml version="1.0" encoding="ISO-8859-1"?><disqus><post dsq:id="1"><message>caf"#.utf8)
      + [0xE9] + Array("</message><createdAt>2024-01-01T00:00:00Z</createdAt></post></disqus>".utf8)
    let sink = try read(DisqusFormat(), bytes)
    #expect(sink.messages.first?.text == "café")
  }

  @Test func instagramReelsCommentsKey() throws {
    let json = """
      {"comments_reels_comments": [{"string_map_data": {"Comment": {"value": "See you Monday"},
        "Media Owner": {"value": "clinic"}, "Time": {"timestamp": 1700000000}}}]}
      """
    let sink = try read(InstagramDYIFormat(), Array(json.utf8))
    #expect(sink.messages.map(\.text) == ["See you Monday"])
  }

  @Test func genericJSONLinesWithDottedPaths() throws {
    var mapping = FieldMapping()
    for (key, value) in [
      ("id", "msg.id"), ("text", "msg.body"), ("created", "msg.at"), ("platform_field", "network"),
      ("author_handle", "from.handle"), ("direction_field", "direction"), ("own_value", "out"),
    ] {
      try mapping.set(key, value)
    }
    let lines = """
      {"network": "LinkedIn", "direction": "in", "msg": {"id": 1, "body": "Do you take my plan?", "at": "2024-05-01 10:00"}, "from": {"handle": "pat"}}
      {"network": "Twitter", "direction": "out", "msg": {"id": 2, "body": "Please call us.", "at": 1714557600}}
      {"network": "Twitter", "msg": {"body": "no id", "at": 1714557600}}
      """
    let sink = CollectingSink()
    let stream = ByteStream(MemoryByteSource(lines), chunkSize: 32)
    try GenericJSONLinesFormat().read(
      ImportInput(stream: stream, path: "x.jsonl", fileName: "x.jsonl", mapping: mapping),
      into: sink)
    #expect(sink.messages.map(\.platform) == ["linkedin", .x])
    #expect(sink.messages.map(\.kind) == [.inbound, .own])
    #expect(sink.messages.first?.authorHandle == "pat")
    #expect(sink.messages.first?.createdAt.timeIntervalSince1970 == 1_714_557_600)
    #expect(sink.bad.map(\.position) == ["line 3"])
  }

  @Test func aMappingWithoutRequiredFieldsIsAUsageError() throws {
    var mapping = FieldMapping()
    try mapping.set("id", "x")
    #expect(throws: RoundsError.self) { try mapping.validate() }
    #expect(throws: RoundsError.self) { try mapping.set("colour", "x") }
  }
}
