import Foundation
import GRDB
import Testing

@testable import Triage

@Suite struct PostingTests {
  @Test func exportListsApprovedRepliesAndRecordsTheExport() throws {
    let desk = try Desk()
    let approved = try desk.inReview(text: "Please call the office.")
    let waiting = try desk.inReview(text: "Not yet approved.")
    let sue = try desk.acting("sue")
    try sue.approve(approved, note: "ok")
    let ann = try desk.acting("ann")
    let replies = try ann.exportReplies(format: "csv", destination: "/tmp/out.csv")
    #expect(replies.map(\.messageID) == [approved])
    let reply = try #require(replies.first)
    #expect(reply.reply == "Please call the office.")
    #expect(reply.originalText == "Do you take new patients?")
    #expect(reply.platform == .x)
    #expect(reply.approvedBy == "sue")
    #expect(reply.approvedAt != nil)
    #expect(reply.status == .approved)
    let entry = try #require(try AuditLog.entries(in: desk.store).last)
    #expect(entry.action == .export)
    #expect(entry.actor == "ann")
    #expect(entry.detail["count"] == .number(1))
    #expect(entry.detail["messages"] == .list([String(approved)]))
    #expect(entry.detail["destination"] == .text("/tmp/out.csv"))
    _ = waiting

    try ann.markPosted(approved, url: "https://x.com/clinic/status/1")
    #expect(try ann.exportReplies(format: "csv", destination: "stdout").isEmpty)
    let posted = try ann.exportReplies(
      statuses: [.approved, .posted], format: "json", destination: "stdout")
    #expect(posted.first?.postedURL == "https://x.com/clinic/status/1")
    #expect(posted.first?.status == .posted)
  }

  @Test func repliesApprovedByPolicyHaveNoReviewer() throws {
    let desk = try Desk()
    let id = try desk.message()
    let cal = try desk.acting("cal", policy: ReviewPolicy(threshold: .block))
    try cal.triage(id, category: .admin)
    try cal.saveDraft(id, text: "Please call.")
    _ = try cal.submit(id)
    let reply = try #require(try cal.exportReplies(format: "csv", destination: "stdout").first)
    #expect(reply.approvedBy == nil)
    #expect(reply.approvedAt != nil)
  }

  @Test func markPostedTakesOnlyWebAddresses() throws {
    let desk = try Desk()
    let id = try desk.inReview()
    try desk.acting("sue").approve(id, note: "ok")
    let ann = try desk.acting("ann")
    for bad in ["javascript:alert(1)", "not a url", "https://", "ftp://x.org/a", "https://x .org"] {
      expectRoundsError(.usage) { try ann.markPosted(id, url: bad) }
    }
    let posted = try ann.markPosted(id)
    #expect(posted.status == .posted)
    #expect(posted.postedURL == nil)
    #expect(posted.postedAt != nil)
  }

  @Test func auditRepliesFindsBlockRisksInOwnRepliesOldestFirst() throws {
    let desk = try Desk()
    var question = sampleMessage("q1", at: 1_000)
    question.authorName = "Jane Roe"
    let questionID = try desk.store.insertIfAbsent(question).id
    var echo = sampleMessage("own-echo", text: "Hi Jane Roe, call us.", at: 3_000, kind: .own)
    echo.parentID = "q1"
    let echoID = try desk.store.insertIfAbsent(echo).id
    let confirmID = try desk.store.insertIfAbsent(
      sampleMessage("own-confirm", text: "As your doctor, rest.", at: 2_000, kind: .own)
    ).id
    try desk.store.insertIfAbsent(
      sampleMessage("own-fine", text: "Open on Monday. Kindly call.", at: 1_500, kind: .own))
    try desk.store.insertIfAbsent(
      sampleMessage("in-risky", text: "As your doctor", at: 1_600, kind: .inbound))
    let cal = try desk.acting("cal")
    for pageSize in [1, 2, 500] {
      let found = try cal.auditOwnReplies(pageSize: pageSize)
      #expect(found.map { $0.reply.id } == [confirmID, echoID], "page size \(pageSize)")
      #expect(found.last?.original?.id == questionID)
      #expect(found.last?.risks.map(\.rule) == ["reply.echo.name"])
      #expect(found.allSatisfy { $0.risks.allSatisfy { $0.severity == .block } })
    }
    expectRoundsError(.failure) { _ = try desk.acting("cal", checker: nil).auditOwnReplies() }
  }
}

@Suite struct ResponseTimeTests {
  @Test func medianAndNinetiethPercentile() throws {
    let odd = try #require(ResponseTimes.Summary(seconds: [5, 1, 3]))
    #expect(odd.median == 3)
    #expect(odd.p90 == 5)
    let even = try #require(ResponseTimes.Summary(seconds: [4, 1, 3, 2]))
    #expect(even.median == 2.5)
    #expect(even.p90 == 4)
    let ten = try #require(ResponseTimes.Summary(seconds: (1...10).map(Double.init)))
    #expect(ten.p90 == 9)
    #expect(ten.median == 5.5)
    #expect(ResponseTimes.Summary(seconds: []) == nil)
    #expect(try #require(ResponseTimes.Summary(seconds: [7])).p90 == 7)
  }

  @Test func timeToFirstApprovedReplyPerPlatformAndCategory() throws {
    let desk = try Desk()
    let cal = try desk.acting("cal")
    let sue = try desk.acting("sue")
    func answer(
      _ externalID: String, platform: Platform, category: Triage.Category, after hours: Double
    )
      throws
    {
      var message = sampleMessage(externalID, platform: platform)
      message.createdAt = Date(timeIntervalSince1970: 1_700_000_000 - hours * 3600)
      let id = try desk.store.insertIfAbsent(message).id
      try cal.triage(id, category: category)
      try cal.saveDraft(id, text: "Please call.")
      _ = try cal.submit(id)
      try sue.approve(id, note: "ok")
    }
    try answer("a", platform: .x, category: .admin, after: 1)
    try answer("b", platform: .x, category: .admin, after: 3)
    try answer("c", platform: .facebook, category: .review, after: 10)
    try desk.store.insertIfAbsent(sampleMessage("unanswered"))
    let times = try desk.store.responseTimes()
    #expect(times.overall?.count == 3)
    #expect(times.overall?.median == 3.0 * 3600)
    #expect(times.byPlatform["x"]?.median == 2.0 * 3600)
    #expect(times.byPlatform["x"]?.p90 == 3.0 * 3600)
    #expect(times.byPlatform["facebook"]?.count == 1)
    #expect(times.byCategory["review"]?.median == 10.0 * 3600)
    #expect(times.byCategory["admin"]?.count == 2)
  }
}
