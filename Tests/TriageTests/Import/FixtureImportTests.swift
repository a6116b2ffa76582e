import Foundation
import Testing

@testable import Triage

/// Formats with no sample in the shared corpus, read from fixtures written from each format's
/// documentation (Tests/TriageTests/Fixtures/import). Counts come from reading the fixtures.
@Suite struct FixtureImportTests {
  @Test func facebookDYICommentsHaveTheirMojibakeRepaired() throws {
    // 4 entries: 2 with text, 1 with attachments and no data, 1 with an empty comment.
    let (report, store) = try importOne(Fixture.path("facebook_comments_v2.json"))
    #expect(report.format == "facebook-dyi")
    #expect(report.imported == 2)
    #expect(report.skipped == ["no_text": 2])
    let messages = try allMessages(store)
    #expect(messages.contains { $0.text == "Gracias, llámenos al consultorio — café ☕" })
    #expect(messages.contains { $0.authorName == "Clínica Süd" })
    #expect(messages.allSatisfy { $0.kind == .own && $0.platform == .facebook })
  }

  @Test func facebookDYIPostsAreRead() throws {
    // 2 entries: one post with text, one photo without.
    let (report, store) = try importOne(Fixture.path("your_posts_1.json"))
    #expect(report.format == "facebook-dyi")
    #expect(report.imported == 1)
    #expect(report.skipped == ["no_text": 1])
    #expect(try allMessages(store).first?.text == "Flu shots are in — walk in Monday–Friday.")
  }

  @Test func instagramCommentsInAnyLanguage() throws {
    // 3 entries: English key with text, English key empty, German keys with text.
    let (report, store) = try importOne(Fixture.path("post_comments_1.json"))
    #expect(report.format == "instagram-dyi")
    #expect(report.imported == 2)
    #expect(report.skipped == ["no_text": 1])
    let texts = Set(try allMessages(store).map(\.text))
    #expect(texts == ["¡Gracias por venir! 😊", "Bitte rufen Sie uns an."])
  }

  @Test func mastodonOutboxVisibility() throws {
    // 5 items: public, unlisted (Public in cc), followers-only, direct, and a boost.
    let (report, store) = try importOne(Fixture.path("outbox.json"))
    #expect(report.format == "mastodon-outbox")
    #expect(report.imported == 3)
    #expect(report.skipped == ["boost": 1, "direct_message": 1])
    let byID = Dictionary(
      uniqueKeysWithValues: try allMessages(store).map { ($0.externalID.lastComponent, $0) })
    #expect(byID["1"]?.visibility == .public)
    #expect(byID["1"]?.text == "We are open on Saturday & Sunday.\n\nCall us.")
    #expect(byID["2"]?.visibility == .unlisted)
    #expect(byID["2"]?.text == "[CW: medical]\n@pat please phone the office")
    #expect(byID["2"]?.parentID == "https://other.example/users/pat/statuses/9")
    #expect(byID["3"]?.visibility == .followers)
    #expect(byID["4"] == nil)
  }

  @Test func googleReviewsWithReplies() throws {
    // 4 reviews: r1 with a reply, r2 rating only, r3 translated, r4 without createTime.
    let (report, store) = try importOne(Fixture.path("reviews.json"))
    #expect(report.format == "google-reviews")
    #expect(report.imported == 4)  // 3 reviews + 1 reply
    #expect(report.errorCount == 1)
    let messages = try allMessages(store)
    let reply = messages.first { $0.kind == .own }
    #expect(reply?.parentID == "accounts/111/locations/222/reviews/r1")
    #expect(reply?.text == "Thank you for your kind words!")
    #expect(reply?.status == .posted)
    #expect(messages.contains { $0.text == "[3/5 stars, no comment]" })
    let translated = messages.first { $0.externalID.hasSuffix("r3") }
    #expect(translated?.text.hasPrefix("[4/5 stars] Muy buena atención") == true)
    #expect(translated?.text.contains("(Translated by Google) Very good attention") == true)
  }

  @Test func youTubeCommentThreadsWithReplies() throws {
    // 2 threads: the first with one inline reply, the second without textOriginal.
    let (report, store) = try importOne(Fixture.path("youtube_comment_threads.json"))
    #expect(report.format == "youtube-api")
    #expect(report.imported == 3)
    let messages = try allMessages(store)
    #expect(messages.contains { $0.text == "Is this safe during pregnancy? <3" })
    #expect(messages.first { $0.externalID == "UgzThread1.reply1" }?.parentID == "UgzThread1")
    #expect(messages.contains { $0.text == "Great video" })
  }

  @Test func redditInboxNeverStoresPrivateMessages() throws {
    // 4 children: 2 comments, 1 private message (t4), 1 removed comment.
    let (report, store) = try importOne(Fixture.path("reddit_inbox.json"))
    #expect(report.format == "reddit")
    #expect(report.imported == 2)
    #expect(report.skipped == ["private_message": 1, "deleted": 1])
    let messages = try allMessages(store)
    #expect(!messages.contains { $0.text.contains("test results") })
    #expect(
      messages.contains {
        $0.text == "u/clinic is the clinic open on Sunday? & do you take walk-ins?"
      })
  }

  @Test func hootsuiteCSVWithTheDocumentedMapping() throws {
    // 5 rows: 2 Twitter (inbound, outbound), 1 Facebook with a two-line message, 1 with an
    // unreadable date, 1 with no message.
    let mapping = try FieldMapping.load(path: Fixture.path("hootsuite.mapping"))
    let (report, store) = try importOne(
      Fixture.path("hootsuite_inbox_messages.csv"), options: .init(format: "csv", mapping: mapping))
    #expect(report.format == "csv")
    #expect(report.imported == 3)
    #expect(report.errorCount == 1)
    #expect(report.errors.first?.position == "line 6")
    #expect(report.skipped == ["no_text": 1])
    let messages = try allMessages(store)
    #expect(messages.first { $0.externalID == "m-2" }?.kind == .own)
    #expect(messages.first { $0.externalID == "m-1" }?.platform == .x)
    #expect(messages.first { $0.externalID == "m-3" }?.text == "Hours on Saturday?\nAlso, parking?")
    #expect(messages.first { $0.externalID == "m-3" }?.platform == .facebook)
    #expect(messages.first { $0.externalID == "m-1" }?.threadID == "c-100")
  }

  @Test func youTubeTakeoutAfterJune2024() throws {
    // New column order, comma-joined {"text"} segments.
    let (report, store) = try importOne(Fixture.path("comments.post-2024.csv"))
    #expect(report.format == "youtube-takeout")
    #expect(report.imported == 2)
    let messages = try allMessages(store)
    #expect(messages.contains { $0.text == "Thanks for watching, see the link" })
    #expect(messages.first { $0.externalID == "UgxNew1.r1" }?.parentID == "UgxNew1")
  }
}
