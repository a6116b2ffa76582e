import Foundation

/// Google Business Profile reviews (API `reviews.list` and Takeout `reviews.json`). A review's
/// `reviewReply` is imported as the practice's own published reply, linked to the review.
struct GoogleReviewsFormat: ImportFormat {
  let name = "google-reviews"
  let summary =
    "Google Business Profile reviews (reviews.list / Takeout reviews.json), with replies"

  static let stars = ["ONE": 1, "TWO": 2, "THREE": 3, "FOUR": 4, "FIVE": 5]

  func sniff(_ probe: FormatProbe) -> Int {
    probe.has(key: "starRating") || (probe.has(key: "reviews") && probe.has(key: "reviewer"))
      ? 90 : 0
  }

  func read(_ input: ImportInput, into sink: RecordSink) throws {
    try JSONRecords.forEach(input, layout: .document, sink: sink) {
      review, raw, position, element in
      guard element.key == "reviews" || element.key == nil else { return }
      guard let name = review["name"]?.string ?? review["reviewId"]?.string else {
        try sink.bad(
          BadRecord(position: position, reason: "a review without name", raw: element.bytes))
        return
      }
      guard let created = review["createTime"]?.string, let date = ImportDates.iso8601(created)
      else {
        try sink.bad(
          BadRecord(
            position: position, reason: "review \(name) has no readable createTime",
            raw: element.bytes))
        return
      }
      let rating = review["starRating"]?.string.flatMap { Self.stars[$0] }
      let comment = review["comment"]?.string.map(Self.original) ?? ""
      let stars = rating.map { "\($0)/5 stars" } ?? "no rating"
      // A rating-only review has no words, but it is still a review someone may answer.
      let text = comment.isEmpty ? "[\(stars), no comment]" : "[\(stars)] \(comment)"
      let location = name.components(separatedBy: "/reviews/").first
      try sink.message(
        .inbound(
          .google, id: name, text: text, at: date, raw: raw,
          name: review["reviewer", "displayName"]?.string, thread: location))
      if let reply = review["reviewReply"], let replyText = reply["comment"]?.string {
        let replyDate = reply["updateTime"]?.string.flatMap(ImportDates.iso8601) ?? date
        try sink.message(
          .own(
            .google, id: name + "/reply", text: replyText, at: replyDate, raw: reply.source,
            thread: location, parent: name))
      }
    }
  }

  /// "(Translated by Google) Great doctor (Original) Excelente médico": the words the
  /// reviewer wrote, with the translation after them for staff who need it.
  static func original(_ comment: String) -> String {
    guard comment.hasPrefix("(Translated by Google)"),
      let marker = comment.range(of: "(Original)")
    else { return comment }
    let translated = comment[comment.index(comment.startIndex, offsetBy: 22)..<marker.lowerBound]
      .trimmingCharacters(in: " \n")
    let original = comment[marker.upperBound...].trimmingCharacters(in: " \n")
    return "\(original)\n\n(Translated by Google) \(translated)"
  }
}
