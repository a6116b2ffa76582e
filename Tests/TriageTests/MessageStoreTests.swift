import Foundation
import GRDB
import Testing

@testable import Triage

@Suite struct MessageStoreTests {
  /// A new inbox has 16 KB pages; an inbox made with 4 KB pages keeps them when reopened.
  @Test func aNewInboxHasLargePagesAndAnOldOneKeepsItsOwn() throws {
    let store = try makeStore()
    #expect(try store.pool.read { try Int.fetchOne($0, sql: "PRAGMA page_size") } == 16384)
    let path = TestRoot.newFolder() + "/old/inbox.sqlite"
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o700])
    try DatabaseQueue(path: path).write { db in
      try db.execute(sql: "PRAGMA page_size = 4096; CREATE TABLE t (x)")
    }
    chmod(path, 0o600)
    let reopened = try InboxStore.open(at: path)
    #expect(try reopened.pool.read { try Int.fetchOne($0, sql: "PRAGMA page_size") } == 4096)
  }

  @Test func insertingTheSameMessageTwiceKeepsOneRow() throws {
    let store = try makeStore()
    let first = try store.insertIfAbsent(sampleMessage("1"))
    let second = try store.insertIfAbsent(sampleMessage("1", text: "edited later"))
    #expect(first.inserted)
    #expect(!second.inserted)
    #expect(first.id == second.id)
    #expect(try store.count(MessageQuery()) == 1)
    #expect(try store.message(id: first.id)?.text == "Do you take new patients?")
  }

  @Test func theSameExternalIDOnAnotherPlatformIsAnotherMessage() throws {
    let store = try makeStore()
    try store.insertIfAbsent(sampleMessage("42", platform: .x))
    try store.insertIfAbsent(sampleMessage("42", platform: .facebook))
    #expect(try store.count(MessageQuery()) == 2)
  }

  @Test func aStoredMessageReadsBackWithItsRawRecord() throws {
    let store = try makeStore()
    var message = sampleMessage("7", text: "Line one\nline two ✨")
    message.threadID = "t1"
    message.parentID = "p1"
    message.permalink = "https://example.org/7"
    message.visibility = .unlisted
    message.sourceStatus = "pending"
    message.category = .admin
    message.urgency = 2
    let (id, _) = try store.insertIfAbsent(message)
    var expected = message
    expected.id = id
    #expect(try store.message(id: id) == expected)
    #expect(try store.message(id: id + 1) == nil)
  }

  @Test func listsLeaveTheRawRecordBehind() throws {
    let store = try makeStore()
    try store.insertIfAbsent(sampleMessage("1"))
    #expect(try store.page(MessageQuery()).messages.first?.raw == nil)
  }

  @Test func filtersByStatusPlatformKindAndUrgency() throws {
    let store = try makeStore()
    try store.insertIfAbsent(sampleMessage("a", platform: .x, status: .new, urgency: 3))
    try store.insertIfAbsent(sampleMessage("b", platform: .x, status: .spam))
    try store.insertIfAbsent(sampleMessage("c", platform: .facebook, status: .new, urgency: 1))
    try store.insertIfAbsent(sampleMessage("d", platform: .x, kind: .own))
    func ids(_ query: MessageQuery) throws -> Set<String> {
      Set(try store.page(query).messages.map(\.externalID))
    }
    #expect(try ids(MessageQuery()) == ["a", "b", "c"])
    #expect(try ids(MessageQuery(kind: nil)) == ["a", "b", "c", "d"])
    #expect(try ids(MessageQuery(kind: .own)) == ["d"])
    #expect(try ids(MessageQuery(statuses: [.new])) == ["a", "c"])
    #expect(try ids(MessageQuery(statuses: [.new, .spam], platform: .x)) == ["a", "b"])
    #expect(try ids(MessageQuery(minimumUrgency: 1)) == ["a", "c"])
    #expect(try store.count(MessageQuery(platform: .facebook)) == 1)
  }

  @Test func statsCountByStatusPlatformAndCategory() throws {
    let store = try makeStore()
    var triaged = sampleMessage("a", platform: .x, status: .triaged)
    triaged.category = .adviceRequest
    try store.insertIfAbsent(triaged)
    try store.insertIfAbsent(sampleMessage("b", platform: .x))
    try store.insertIfAbsent(sampleMessage("c", platform: .google))
    try store.insertIfAbsent(sampleMessage("d", kind: .own))
    let stats = try store.stats()
    #expect(stats.total == 3)
    #expect(stats.byStatus == ["triaged": 1, "new": 2])
    #expect(stats.byPlatform == ["x": 2, "google": 1])
    #expect(stats.byCategory == ["advice_request": 1, "untriaged": 2])
  }
}
