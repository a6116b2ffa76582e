import Foundation
import Testing

@testable import Triage

/// Truncated, malformed and wrongly encoded variants of a sample of every format. Whatever the
/// damage, the import never crashes, never passes over it silently (a bad record with its
/// position, or a failure naming the file), and keeps what came before it.
@Suite(.needsCorpus) struct DamagedFileTests {
  struct Sample: CustomTestStringConvertible, Sendable {
    var path: String
    var format: String
    var binary = false
    var testDescription: String { format }
  }

  static let samples: [Sample] = [
    Sample(path: Corpus.path("exports/twarc2/flat.jsonl"), format: "twarc2"),
    Sample(path: Corpus.path("exports/twarc2/twarc2_csv_mentions_tweet.csv"), format: "twarc-csv"),
    Sample(
      path: Corpus.path("exports/wordpress/WPTRT-theme-unit-test/themeunittestdata.wordpress.xml"),
      format: "wordpress-wxr"),
    Sample(path: Corpus.path("exports/disqus/isso-tests/disqus.xml"), format: "disqus"),
    Sample(
      path: Corpus.path("exports/facebook-graph/facebook4j/post_comments.json"),
      format: "facebook-graph"),
    Sample(
      path: Corpus.path("exports/mastodon-api/test_entity_notification__0.json"),
      format: "mastodon-notifications"),
    Sample(path: Corpus.path("exports/reddit-api/graw_testdata/thread.json"), format: "reddit"),
    Sample(path: Fixture.path("youtube_comment_threads.json"), format: "youtube-api"),
    Sample(
      path: Corpus.path("exports/youtube-takeout/comments.pre-2024-06.csv"),
      format: "youtube-takeout"),
    Sample(path: Fixture.path("reviews.json"), format: "google-reviews"),
    Sample(path: Fixture.path("hootsuite_inbox_messages.csv"), format: "csv"),
    Sample(
      path: Corpus.path("exports/x-archive/mrled-twarchive-2022-tweet.js/tweet.js"),
      format: "x-archive-js"),
    Sample(
      path: Corpus.path("exports/x-archive/agustincordobaj-2013-classic-csv/tweets.csv"),
      format: "x-tweets-csv"),
    Sample(
      path: Corpus.path(
        "exports/x-archive/agustincordobaj-2013-classic-csv/data/js/tweets/2012_12.js"),
      format: "x-grailbird"),
    Sample(path: Fixture.path("facebook_comments_v2.json"), format: "facebook-dyi"),
    Sample(path: Fixture.path("post_comments_1.json"), format: "instagram-dyi"),
    Sample(path: Fixture.path("outbox.json"), format: "mastodon-outbox"),
    Sample(
      path: Corpus.path("exports/bluesky/paul_staging.repo.car"), format: "bluesky-car",
      binary: true),
  ]

  static func options(_ sample: Sample) throws -> ImportRunner.Options {
    guard sample.format == "csv" else { return .init(format: sample.format) }
    return .init(
      format: "csv", mapping: try FieldMapping.load(path: Fixture.path("hootsuite.mapping")))
  }

  /// A cut point past the middle of the file: inside a string or quoted field, or for XML
  /// just before a record's start tag (text inside CDATA may hold anything).
  static func cutPoint(_ bytes: [UInt8]) -> Int {
    var index = bytes.count * 3 / 5
    if bytes.starts(with: Array("<?xml".utf8)) {
      let text = String(decoding: bytes, as: UTF8.self)
      let from = text.utf8.index(text.utf8.startIndex, offsetBy: index)
      for tag in ["<wp:comment>", "<post "] {
        if let found = text[from...].range(of: tag) {
          return text.utf8.distance(from: text.utf8.startIndex, to: found.lowerBound) + 2
        }
      }
    }
    while index < bytes.count - 3, bytes[index] != UInt8(ascii: "\"") { index += 1 }
    return min(index + 3, bytes.count - 1)
  }

  static func importVariant(_ sample: Sample, _ bytes: [UInt8]) throws -> FileReport {
    let path = try writeTemporary(sample.path.lastComponent, bytes)
    return try importOne(path, options: try options(sample)).report
  }

  static func isReported(_ report: FileReport) -> Bool {
    report.failure != nil || report.errorCount > 0
  }

  @Test(arguments: samples) func theIntactSampleImports(_ sample: Sample) throws {
    let report = try Self.importVariant(sample, try Fixture.bytesAt(sample.path))
    #expect(report.failure == nil)
    #expect(report.imported + report.skippedCount > 0)
  }

  @Test(arguments: samples) func aTruncatedFileIsReported(_ sample: Sample) throws {
    let bytes = try Fixture.bytesAt(sample.path)
    let full = try Self.importVariant(sample, bytes)
    let report = try Self.importVariant(sample, Array(bytes[..<Self.cutPoint(bytes)]))
    #expect(Self.isReported(report), "\(report)")
    #expect(report.imported <= full.imported)
  }

  @Test(arguments: samples) func aMalformedRecordIsReported(_ sample: Sample) throws {
    var bytes = try Fixture.bytesAt(sample.path)
    let garbage: [UInt8] =
      sample.binary ? [0xFF, 0xFF, 0xFF, 0xFF, 0x0F] : Array("\"}]<<</{[\"x".utf8)
    bytes.insert(contentsOf: garbage, at: Self.cutPoint(bytes))
    let report = try Self.importVariant(sample, bytes)
    #expect(Self.isReported(report), "\(report)")
  }

  @Test(arguments: samples.filter { !$0.binary }) func aWronglyEncodedRecordIsReported(
    _ sample: Sample
  ) throws {
    var bytes = try Fixture.bytesAt(sample.path)
    // "café" as Windows-1252 inside a UTF-8 file.
    bytes.insert(contentsOf: [0x63, 0x61, 0x66, 0xE9], at: Self.cutPoint(bytes))
    let full = try Self.importVariant(sample, try Fixture.bytesAt(sample.path))
    let report = try Self.importVariant(sample, bytes)
    #expect(Self.isReported(report), "\(report)")
    // Only the damaged record is lost. (A Reddit listing is read as one record: a damaged one
    // is lost whole, and kept raw in import_errors.)
    if sample.format != "reddit" {
      #expect(report.imported + report.errorCount + 1 >= full.imported || report.failure != nil)
    }
  }
}

extension Fixture {
  static func bytesAt(_ path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
  }
}
