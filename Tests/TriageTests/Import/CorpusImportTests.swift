import Foundation
import Testing

@testable import Triage

/// Every file in ../shared/corpus/exports, imported into a fresh inbox, with the exact counts.
/// Each expectation says how it was derived from the file itself (by reading it, or with a
/// short independent script: Python's json/csv modules, grep, or a 60-line CBOR walker for the
/// CAR files), never from this importer's output.
@Suite(.needsCorpus) struct CorpusImportTests {
  struct Expected: CustomTestStringConvertible {
    var file: String
    var format: String?
    var imported: Int
    var skipped: [String: Int] = [:]
    var errors = 0
    var testDescription: String { file }
  }

  static let files: [Expected] = [
    // --- twarc2 ---
    // edited.jsonl: one page, data[] holds 1 tweet (not a retweet); includes.tweets has the
    // earlier edit, which is context, not a record.
    Expected(file: "twarc2/edited.jsonl", format: "twarc2", imported: 1),
    // flat.jsonl: 100 lines, one flattened tweet each; python: 47 have referenced_tweets
    // type "retweeted" -> 53 imported, 47 retweets.
    Expected(file: "twarc2/flat.jsonl", format: "twarc2", imported: 53, skipped: ["retweet": 47]),
    // mentions_tweet.jsonl, two_tweets.jsonl: one page each whose only data[] tweet is a retweet.
    Expected(
      file: "twarc2/mentions_tweet.jsonl", format: "twarc2", imported: 0, skipped: ["retweet": 1]),
    Expected(
      file: "twarc2/two_tweets.jsonl", format: "twarc2", imported: 0, skipped: ["retweet": 1]),
    // twarc-csv: one row each, both with referenced_tweets.retweeted.id set.
    Expected(
      file: "twarc2/twarc2_csv_mentions_tweet.csv", format: "twarc-csv", imported: 0,
      skipped: ["retweet": 1]),
    Expected(
      file: "twarc2/twarc2_csv_two_tweets.csv", format: "twarc-csv", imported: 0,
      skipped: ["retweet": 1]),
    // --- WordPress ---
    // grep -c '<wp:comment>' = 32; comment_type pingback x2, trackback x2 -> 28 imported
    // (3 of them comment_approved 0: pending, still imported).
    Expected(
      file: "wordpress/WPTRT-theme-unit-test/themeunittestdata.wordpress.xml",
      format: "wordpress-wxr", imported: 28, skipped: ["pingback": 2, "trackback": 2]),
    // No <wp:comment> in these files (posts, terms and namespace tricks only).
    Expected(
      file: "wordpress/wordpress-importer-phpunit-data/crazy-cdata-escaped.xml",
      format: "wordpress-wxr", imported: 0),
    Expected(
      file: "wordpress/wordpress-importer-phpunit-data/crazy-cdata.xml", format: "wordpress-wxr",
      imported: 0),
    Expected(
      file: "wordpress/wordpress-importer-phpunit-data/missing-version-tag.xml",
      format: "wordpress-wxr", imported: 0),
    Expected(
      file: "wordpress/wordpress-importer-phpunit-data/namespace-edge-cases.xml",
      format: "wordpress-wxr", imported: 0),
    Expected(
      file: "wordpress/wordpress-importer-phpunit-data/wxr-utf-8-challenges.xml",
      format: "wordpress-wxr", imported: 0),
    // malformed.xml: <notachanneltag> is closed by </channel> and </rss>: two well-formedness
    // problems reported (lines 90-91), no comments.
    Expected(
      file: "wordpress/wordpress-importer-phpunit-data/malformed.xml", format: "wordpress-wxr",
      imported: 0, errors: 2),
    // One <wp:comment> each, with a date.
    Expected(
      file: "wordpress/wordpress-importer-phpunit-data/slashes.xml", format: "wordpress-wxr",
      imported: 1),
    Expected(
      file: "wordpress/wordpress-importer-phpunit-data/small-export.xml", format: "wordpress-wxr",
      imported: 1),
    Expected(
      file: "wordpress/wordpress-importer-phpunit-data/test-serialized-comment-meta.xml",
      format: "wordpress-wxr", imported: 1),
    Expected(
      file: "wordpress/wordpress-importer-phpunit-data/valid-wxr-1.0.xml", format: "wordpress-wxr",
      imported: 1),
    Expected(
      file: "wordpress/wordpress-importer-phpunit-data/valid-wxr-1.1.xml", format: "wordpress-wxr",
      imported: 1),
    // wxr-with-sub-data.xml: its one comment (id 201) has no comment_date at all: a bad record.
    Expected(
      file: "wordpress/wordpress-importer-phpunit-data/wxr-with-sub-data.xml",
      format: "wordpress-wxr", imported: 0, errors: 1),
    // --- Disqus ---
    // isso: posts 4, 5, 6, 8, 9, 11 (6 posts); no thread has isDeleted=true, so all 6 are kept
    // (9 is isDeleted itself: kept, closed; 6 is an orphan: kept).
    Expected(file: "disqus/isso-tests/disqus.xml", format: "disqus", imported: 6),
    // pygameweb: 4 posts with escaped HTML, no default namespace.
    Expected(
      file: "disqus/pygameweb-tests/disqus-export-excerpt.xml", format: "disqus", imported: 4),
    // --- Facebook Graph ---
    // Single comment objects with a message: 1; with an inline reply in comments.data: 2.
    Expected(
      file: "facebook-graph/facebook4j/comment_more_fields.json", format: "facebook-graph",
      imported: 1),
    Expected(
      file: "facebook-graph/facebook4j/comment_replies.json", format: "facebook-graph", imported: 1),
    Expected(
      file: "facebook-graph/facebook4j/comment_simple_with_replies.json", format: "facebook-graph",
      imported: 2),
    // Attachment-only comments (no message, no created_time): counted as no_text.
    Expected(
      file: "facebook-graph/facebook4j/comment_with_attachment_image.json",
      format: "facebook-graph", imported: 0, skipped: ["no_text": 1]),
    Expected(
      file: "facebook-graph/facebook4j/comment_with_attachment_link.json", format: "facebook-graph",
      imported: 0, skipped: ["no_text": 1]),
    // python: len(data) = 25, 25, 3, 25, every one with message and created_time.
    Expected(
      file: "facebook-graph/facebook4j/photo_comments.json", format: "facebook-graph", imported: 25),
    Expected(
      file: "facebook-graph/facebook4j/post_comments.json", format: "facebook-graph", imported: 25),
    Expected(
      file: "facebook-graph/facebook4j/post_comments_last3.json", format: "facebook-graph",
      imported: 3),
    Expected(
      file: "facebook-graph/facebook4j/post_comments_with_summary.json", format: "facebook-graph",
      imported: 25),
    // --- Mastodon notifications ---
    // python: 40 mentions, 39 with status null, 1 with visibility "direct".
    Expected(
      file: "mastodon-api/test_entity_notification__0.json", format: "mastodon-notifications",
      imported: 0, skipped: ["null_status": 39, "direct_message": 1]),
    // One public mention (as a list, and as a single object).
    Expected(
      file: "mastodon-api/test_notifications_mentions_only__1.json",
      format: "mastodon-notifications", imported: 1),
    Expected(
      file: "mastodon-api/test_notifications_mentions_only__2.json",
      format: "mastodon-notifications", imported: 1),
    // --- Reddit ---
    // inbox.json: children 1 t1 + 4 t4 (private messages).
    Expected(
      file: "reddit-api/graw_testdata/inbox.json", format: "reddit", imported: 1,
      skipped: ["private_message": 4]),
    // more.json (morechildren): 50 t1 + 11 more stubs.
    Expected(
      file: "reddit-api/graw_testdata/more.json", format: "reddit", imported: 50,
      skipped: ["more_stub": 11]),
    // thread.json: walking replies recursively, 1 t3, 199 t1 (5 with body [deleted]/[removed]),
    // 125 more stubs.
    Expected(
      file: "reddit-api/graw_testdata/thread.json", format: "reddit", imported: 194,
      skipped: ["deleted": 5, "more_stub": 125, "submission": 1]),
    // user.json: 23 t1 + 2 t3.
    Expected(
      file: "reddit-api/graw_testdata/user.json", format: "reddit", imported: 23,
      skipped: ["submission": 2]),
    // --- YouTube Takeout (pre-2024 layout): 2 rows; the blank lines after them are not records.
    Expected(
      file: "youtube-takeout/comments.pre-2024-06.csv", format: "youtube-takeout", imported: 2),
    // --- Bluesky (walked from the root commit with an independent Python CBOR reader) ---
    // greenground: MST holds 2 app.bsky.graph.follow records, no post.
    Expected(
      file: "bluesky/greenground.repo.car", format: "bluesky-car", imported: 0,
      skipped: ["not_a_post": 2]),
    // paul_staging: MST holds 185 records: 101 posts; 1 profile + 60 likes + 15 reposts +
    // 8 follows = 84 others.
    Expected(
      file: "bluesky/paul_staging.repo.car", format: "bluesky-car", imported: 101,
      skipped: ["not_a_post": 84]),
    // --- X archives (folders, read as whole archives) ---
    // 2022 layout: tweet.js holds 2 tweets, the first "RT @nostrich: ..." is a retweet.
    Expected(
      file: "x-archive/mrled-twarchive-2022-tweet.js", format: "x-archive", imported: 1,
      skipped: ["retweet": 1]),
    // Classic: data/js/tweets/2012_12.js has 8 tweets (none a retweet); tweets.csv 49 rows,
    // 5 with retweeted_status_id, 8 of the rest are the same ids as the month file -> 36 new.
  ]

  @Test(arguments: files) func importsTheExactCounts(_ expected: Expected) throws {
    let (report, _) = try importOne(Corpus.path("exports/" + expected.file))
    #expect(report.format == expected.format)
    #expect(report.failure == nil)
    #expect(report.imported == expected.imported)
    #expect(report.skipped == expected.skipped)
    #expect(report.errorCount == expected.errors, "\(report.errors)")
    #expect(report.updated == 0)
    #expect(report.duplicates == 0)
  }

  @Test func theClassicArchiveReadsMonthFilesThenTheCSV() throws {
    let (report, store) = try importOne(
      Corpus.path("exports/x-archive/agustincordobaj-2013-classic-csv"))
    #expect(report.format == "x-archive-classic")
    #expect(report.imported == 44)
    #expect(report.duplicates == 8)
    #expect(report.skipped == ["retweet": 5])
    let messages = try allMessages(store)
    #expect(messages.allSatisfy { $0.kind == .own && $0.status == .posted })
    // The handle comes from data/js/user_details.js for CSV rows.
    #expect(messages.allSatisfy { $0.authorHandle == "agustincordobaa" })
    let reply = messages.first { $0.externalID == "296462478508961792" }
    #expect(reply?.parentID == "296459555779522561")
  }

  /// The whole exports folder at once: its two X archives are each read whole, every other
  /// file by its own format (an archive somewhere inside must not claim the entire folder).
  @Test func aFolderOfExportsReadsEachArchiveAndEachFile() throws {
    let (summary, _) = try importInto([Corpus.path("exports/x-archive")])
    let byFormat = Dictionary(grouping: summary.files, by: { $0.format ?? "?" })
    #expect(byFormat["x-archive"]?.count == 1)
    #expect(byFormat["x-archive-classic"]?.count == 1)
    #expect(summary.files.count == 2)
    let (everything, _) = try importInto([Corpus.path("exports")])
    let formats = Set(everything.files.compactMap(\.format))
    for format in ["x-archive", "x-archive-classic", "twarc2", "wordpress-wxr", "reddit", "disqus"]
    {
      #expect(formats.contains(format), "\(format)")
    }
    #expect(everything.files.first { $0.format == "x-archive" }?.imported == 1)
    #expect(everything.files.allSatisfy { $0.failure == nil })
  }

  @Test func filesThatAreNotExportsAreCountedNotFailed() throws {
    let (summary, _) = try importInto([Corpus.path("exports/twarc2")])
    let license = summary.files.first { $0.path.hasSuffix("LICENSE_twarc-csv.txt") }
    #expect(license?.skipped == ["unrecognized_file": 1])
    // empty.json is 0 bytes: nothing to recognise.
    #expect(
      summary.files.first { $0.path.hasSuffix("empty.json") }?.skipped == ["unrecognized_file": 1])
    #expect(summary.succeeded)
  }

  @Test func importingTheCorpusTwiceAddsNothing() throws {
    let paths = ["twarc2", "wordpress/WPTRT-theme-unit-test", "disqus", "reddit-api", "bluesky"]
      .map { Corpus.path("exports/" + $0) }
    let (first, store) = try importInto(paths)
    let (second, _) = try importInto(paths, store: store)
    #expect(second.imported == 0)
    #expect(second.updated == 0)
    #expect(second.duplicates == first.imported + first.duplicates + first.updated)
  }

  @Test func wordPressFieldsAreMapped() throws {
    let (_, store) = try importOne(
      Corpus.path("exports/wordpress/WPTRT-theme-unit-test/themeunittestdata.wordpress.xml"))
    let messages = try allMessages(store)
    let pending = messages.filter { $0.sourceStatus == "pending" }
    #expect(pending.count == 3)
    #expect(pending.allSatisfy { $0.status == .new })
    #expect(messages.allSatisfy { $0.permalink?.contains("#comment-") == true })
    #expect(messages.contains { $0.parentID != nil })
    #expect(messages.allSatisfy { !$0.text.contains("<p>") })
  }

  @Test func disqusDeletedAndOrphanPostsAreKept() throws {
    let (_, store) = try importOne(Corpus.path("exports/disqus/isso-tests/disqus.xml"))
    let messages = try allMessages(store)
    let deleted = messages.first { $0.externalID == "9" }
    #expect(deleted?.sourceStatus == "deleted")
    #expect(deleted?.status == .closed)
    #expect(messages.first { $0.externalID == "6" }?.threadID == "1337")
    #expect(messages.first { $0.externalID == "5" }?.text == "Hello, World.")
    let (_, escaped) = try importOne(
      Corpus.path("exports/disqus/pygameweb-tests/disqus-export-excerpt.xml"))
    #expect(try allMessages(escaped).contains { $0.text == "Another message is here.." })
  }

  @Test func blueskyPostsKeepTheirReplyReferences() throws {
    let (_, store) = try importOne(Corpus.path("exports/bluesky/paul_staging.repo.car"))
    let messages = try allMessages(store)
    #expect(
      messages.allSatisfy {
        $0.externalID.hasPrefix("at://did:plc:cmpvykrzb2l22kj4ojlv3ox4/app.bsky.feed.post/")
      })
    // The Python CBOR walker: 19 of the 101 posts in the tree carry a `reply` member.
    #expect(messages.filter { $0.parentID != nil }.count == 19)
  }
}
