import Foundation

/// The sample exports bundled with Rounds for `rounds demo`: a practice's blog comments
/// (WordPress WXR), mentions on X (twarc2 JSON Lines), Facebook comments (Graph API) and Google
/// reviews (Business Profile API), in their real formats. Together they cover PHI, crisis and
/// emergency messages, advice requests, admin questions, praise and spam; names, numbers and
/// events are invented.
enum DemoSamples {
  struct Sample {
    /// The file name to write it under, whose extension tells the importer the format.
    var fileName: String
    /// The importer's name for the format.
    var format: String
    var contents: Data
  }

  static let all: [Sample] = [
    Sample(
      fileName: "wordpress-comments.xml", format: "wordpress-wxr",
      contents: Data(PackageResources.wordpress_comments_xml)),
    Sample(
      fileName: "twarc2-mentions.jsonl", format: "twarc2",
      contents: Data(PackageResources.twarc2_mentions_jsonl)),
    Sample(
      fileName: "facebook-comments.json", format: "facebook-graph",
      contents: Data(PackageResources.facebook_comments_json)),
    Sample(
      fileName: "google-reviews.json", format: "google-reviews",
      contents: Data(PackageResources.google_reviews_json)),
  ]
}
