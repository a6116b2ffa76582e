import Foundation
@preconcurrency import ZIPFoundation

/// Writes synthetic export files of N records for benchmarks and crash tests: X archives
/// (folder or zip, shaped like a real `tweets.js`), WordPress WXR, and twarc2 JSON Lines.
/// Texts are made of plain words; nothing real is in them.
public enum SyntheticExports {
  public enum Kind: String, CaseIterable, Sendable {
    case xArchive = "x-archive"
    case wxr
    case twarc2
  }

  static let words = """
    appointment knee pain clinic question hours insurance refill doctor thanks visit today week \
    morning referral office parking results portal schedule follow up new patient cough fever \
    allergy shot vaccine billing friday monday location review staff great wait time call back
    """.split(separator: " ").map(String.init)

  /// Deterministic text for record `index`.
  static func text(_ index: Int) -> String {
    var state = UInt64(index) &* 0x9E37_79B9_7F4A_7C15 | 1
    var words: [String] = []
    for _ in 0..<(8 + index % 17) {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      words.append(Self.words[Int(state % UInt64(Self.words.count))])
    }
    return words.joined(separator: " ") + (index % 5 == 0 ? " &amp; more?" : "?")
  }

  /// `2023-11-14T22:13:20.000Z`, as the X API v2 writes times.
  static func isoDate(_ seconds: Int) -> String {
    let date = Date(timeIntervalSince1970: TimeInterval(seconds))
    let parts = Calendar(identifier: .gregorian).dateComponents(
      in: TimeZone(identifier: "UTC")!, from: date)
    return String(
      format: "%04d-%02d-%02dT%02d:%02d:%02d.000Z", parts.year!, parts.month!, parts.day!,
      parts.hour!, parts.minute!, parts.second!)
  }

  /// `Sat Aug 12 16:10:37 +0000 2023`, computed directly (a DateFormatter per record is slow).
  static func twitterDate(_ seconds: Int) -> String {
    let days = seconds / 86_400
    let time = seconds % 86_400
    // Civil date from days since 1970 (Howard Hinnant's algorithm).
    let z = days + 719_468
    let era = z / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
    let months = [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(weekdays[days % 7]) \(months[month - 1]) \(two(day)) \(two(time / 3600)):"
      + "\(two(time / 60 % 60)):\(two(time % 60)) +0000 \(year)"
  }

  /// Writes `count` records of `kind` at `path` (a folder for an X archive unless `zip`).
  /// `legacyNames` writes the X archive's tweets as `tweet.js` / `YTD.tweet.part0`, the layout
  /// before late 2022 (the one `twitter-to-sqlite` 0.22 reads). Returns the path to import.
  @discardableResult
  public static func write(
    _ kind: Kind, count: Int, to path: String, zip: Bool = false, legacyNames: Bool = false
  ) throws -> String {
    let tweetsName = legacyNames ? "tweet" : "tweets"
    switch kind {
    case .xArchive:
      let folder = zip ? path + ".folder" : path
      try FileManager.default.createDirectory(
        atPath: folder + "/data", withIntermediateDirectories: true)
      try Data(
        """
        window.YTD.account.part0 = [
          {
            "account" : {
              "username" : "synthetic_clinic",
              "accountId" : "1000",
              "accountDisplayName" : "Synthetic Clinic"
            }
          }
        ]
        """.utf8
      ).write(to: URL(fileURLWithPath: folder + "/data/account.js"))
      try writeLines(to: folder + "/data/\(tweetsName).js", count: count) { index in
        let id = 1_500_000_000_000_000_000 + index
        let prefix = index == 0 ? "window.YTD.\(tweetsName).part0 = [ " : ", "
        return prefix + """
          {
            "tweet" : {
              "edit_info" : {
                "initial" : {
                  "editTweetIds" : [
                    "\(id)"
                  ],
                  "editableUntil" : "2023-08-12T17:10:37.000Z",
                  "editsRemaining" : "5",
                  "isEditEligible" : true
                }
              },
              "retweeted" : false,
              "source" : "<a href=\\"https://mobile.twitter.com\\" rel=\\"nofollow\\">Twitter Web App</a>",
              "entities" : {
                "hashtags" : [ ],
                "symbols" : [ ],
                "user_mentions" : [ ],
                "urls" : [ ]
              },
              "display_text_range" : [
                "0",
                "120"
              ],
              "favorite_count" : "\(index % 7)",
              "in_reply_to_status_id_str" : "\(id - 1)",
              "id_str" : "\(id)",
              "in_reply_to_user_id" : "2000",
              "truncated" : false,
              "retweet_count" : "0",
              "id" : "\(id)",
              "in_reply_to_status_id" : "\(id - 1)",
              "created_at" : "\(twitterDate(1_600_000_000 + index * 60))",
              "favorited" : false,
              "full_text" : "\(text(index))",
              "lang" : "en",
              "in_reply_to_screen_name" : "patient\(index % 1000)",
              "in_reply_to_user_id_str" : "2000"
            }
          }
          """
      } footer: {
        "\n]\n"
      }
      guard zip else { return folder }
      try? FileManager.default.removeItem(atPath: path)
      let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
      for entry in ["data/account.js", "data/\(tweetsName).js"] {
        try archive.addEntry(
          with: entry, fileURL: URL(fileURLWithPath: folder + "/" + entry),
          compressionMethod: .deflate)
      }
      try FileManager.default.removeItem(atPath: folder)
      return path
    case .wxr:
      try writeLines(to: path, count: count) { index in
        let header =
          index == 0
          ? """
          <?xml version="1.0" encoding="UTF-8" ?>
          <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
          <wp:wxr_version>1.2</wp:wxr_version>

          """ : ""
        let item =
          index % 10 == 0
          ? (index == 0 ? "" : "</item>\n")
            + "<item><title>Post \(index / 10)</title><link>https://clinic.example/post-\(index / 10)/</link><wp:post_id>\(index / 10)</wp:post_id>\n"
          : ""
        return header + item + """
          <wp:comment>
            <wp:comment_id>\(index + 1)</wp:comment_id>
            <wp:comment_author><![CDATA[Reader \(index % 500)]]></wp:comment_author>
            <wp:comment_author_email><![CDATA[reader\(index % 500)@example.org]]></wp:comment_author_email>
            <wp:comment_date><![CDATA[2023-01-01 10:00:00]]></wp:comment_date>
            <wp:comment_date_gmt><![CDATA[2023-01-01 \(String(format: "%02d", index % 24)):00:00]]></wp:comment_date_gmt>
            <wp:comment_content><![CDATA[<p>\(text(index))</p>]]></wp:comment_content>
            <wp:comment_approved><![CDATA[1]]></wp:comment_approved>
            <wp:comment_type><![CDATA[comment]]></wp:comment_type>
            <wp:comment_parent>\(index % 10 == 0 ? 0 : index)</wp:comment_parent>
          </wp:comment>

          """
      } footer: {
        "</item>\n</channel>\n</rss>\n"
      }
      return path
    case .twarc2:
      // 100 tweets per API page, newest first, as twarc2 writes a search.
      let pages = (count + 99) / 100
      try writeLines(to: path, count: pages) { page in
        let first = page * 100
        let tweets = (first..<min(count, first + 100)).map { index in
          """
          {"id": "\(1_600_000_000_000_000_000 + index)", "text": "@clinic \(text(index))", "author_id": "\(3000 + index % 100)", "conversation_id": "\(1_600_000_000_000_000_000 + index - index % 3)", "created_at": "\(isoDate(1_700_000_000 - index * 7))", "lang": "en", "public_metrics": {"retweet_count": 0, "reply_count": 0, "like_count": \(index % 4), "quote_count": 0}, "referenced_tweets": [{"type": "replied_to", "id": "\(1_600_000_000_000_000_000 + index - 1)"}], "entities": {"mentions": [{"start": 0, "end": 7, "username": "clinic", "id": "1000"}]}}
          """
        }
        let users = (0..<100).map { user in
          """
          {"id": "\(3000 + user)", "username": "patient\(user)", "name": "Patient \(user)", "created_at": "2020-01-01T00:00:00.000Z", "public_metrics": {"followers_count": \(user), "following_count": 10, "tweet_count": 100, "listed_count": 0}}
          """
        }
        return """
          {"data": [\(tweets.joined(separator: ", "))], "includes": {"users": [\(users.joined(separator: ", "))]}, "meta": {"result_count": \(tweets.count)}, "__twarc": {"url": "https://api.twitter.com/2/tweets/search/recent", "version": "2.14.0", "retrieved_at": "2023-05-10T00:00:00+00:00"}}

          """
      } footer: {
        ""
      }
      return path
    }
  }

  /// Streams `count` generated pieces to a file through a buffer, never holding the file.
  static func writeLines(
    to path: String, count: Int, _ piece: (Int) -> String, footer: () -> String
  ) throws {
    FileManager.default.createFile(atPath: path, contents: nil)
    guard let handle = FileHandle(forWritingAtPath: path) else {
      throw RoundsError(.failure, "cannot write \(path)", fix: "check the folder")
    }
    defer { try? handle.close() }
    var buffer = Data()
    for index in 0..<count {
      buffer.append(contentsOf: piece(index).utf8)
      if buffer.count > 1 << 22 {
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
      }
    }
    buffer.append(contentsOf: footer().utf8)
    handle.write(buffer)
  }
}
