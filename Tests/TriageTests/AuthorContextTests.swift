import Foundation
import GRDB
import Testing

@testable import Triage

/// Migration v12: there is no index by author. The reader's "earlier from this author" comes
/// from the full-text index (candidates) checked exactly against the handle, the platform and
/// the time, so it lists what the index did.
@Suite struct AuthorContextTests {
  /// Stores a message by `author` at `seconds` and returns it with its id.
  private func add(
    _ store: InboxStore, _ id: String, author: String?, at seconds: Double,
    platform: Platform = .x, kind: MessageKind = .inbound
  ) throws -> Message {
    var message = sampleMessage(id, platform: platform, at: seconds, kind: kind)
    message.authorHandle = author
    message.id = try store.insertIfAbsent(message).id
    return message
  }

  private func earlier(_ store: InboxStore, _ message: Message, limit: Int = 10) throws
    -> [String]
  {
    try store.context(of: message, limit: limit).earlier.map(\.externalID)
  }

  @Test func theAuthorIndexIsGone() throws {
    let store = try makeStore()
    let names = try store.pool.read { db in
      try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'")
    }
    #expect(!names.contains("message_by_author"))
  }

  @Test func onlyTheSameHandleOnTheSamePlatformBeforeTheMessageNewestFirst() throws {
    let store = try makeStore()
    _ = try add(store, "a1", author: "dr_smith", at: 1)
    _ = try add(store, "a2", author: "dr_smith", at: 2)
    // Same words, other handles: the full-text candidates, but not the author.
    _ = try add(store, "b1", author: "dr", at: 3)
    _ = try add(store, "b2", author: "smith", at: 3)
    _ = try add(store, "b3", author: "Dr_Smith", at: 3)
    _ = try add(store, "b4", author: "dr_smith_jr", at: 3)
    _ = try add(store, "b5", author: "dr_smith", at: 3, platform: .facebook)
    let now = try add(store, "a3", author: "dr_smith", at: 4)
    _ = try add(store, "a4", author: "dr_smith", at: 5)
    #expect(try earlier(store, now) == ["a2", "a1"])
    #expect(try earlier(store, now, limit: 1) == ["a2"])
  }

  @Test func aHandleWithQuotesOrQuerySyntaxIsJustText() throws {
    let store = try makeStore()
    for handle in ["pat \" OR \"sam", "NEAR(pat sam)", "pat*", "author_handle : sam", "^pat"] {
      _ = try add(store, "\(handle)-1", author: handle, at: 1)
      _ = try add(store, "\(handle)-other", author: "sam", at: 2)
      let now = try add(store, "\(handle)-2", author: handle, at: 3)
      #expect(try earlier(store, now) == ["\(handle)-1"], "\(handle)")
    }
  }

  @Test func accentsAndCaseTellHandlesApartThoughTheIndexFoldsThem() throws {
    let store = try makeStore()
    _ = try add(store, "z1", author: "Zoë", at: 1)
    _ = try add(store, "z2", author: "zoe", at: 2)
    let now = try add(store, "z3", author: "Zoë", at: 3)
    #expect(try earlier(store, now) == ["z1"])
  }

  @Test func aHandleWithoutWordsIsLookedForAmongThePlatformsMessagesBeforeIt() throws {
    let store = try makeStore()
    #expect(InboxStore.authorPhrase("---") == nil)
    _ = try add(store, "d1", author: "---", at: 1)
    _ = try add(store, "d2", author: "pat", at: 2)
    _ = try add(store, "d3", author: "---", at: 3, platform: .facebook)
    let now = try add(store, "d4", author: "---", at: 4)
    #expect(try earlier(store, now) == ["d1"])
  }

  /// A prolific author's earlier messages are looked for among the last `candidates`
  /// imported, which bounds the time to open one of their messages.
  @Test func aProlificAuthorIsLookedForAmongTheLastImported() throws {
    let store = try makeStore()
    for index in 1...5 { _ = try add(store, "p\(index)", author: "bot", at: Double(index)) }
    let now = try add(store, "p6", author: "bot", at: 6)
    let found = try store.pool.read { db in
      try InboxStore.context(of: now, limit: 10, candidates: 3, in: db).earlier.map(\.externalID)
    }
    #expect(found == ["p5", "p4"])
    #expect(try earlier(store, now) == ["p5", "p4", "p3", "p2", "p1"])
  }

  @Test func theOwnPostsAreFoundByTheirTimeIndex() throws {
    let store = try makeStore()
    _ = try add(store, "o1", author: "clinic", at: 1, kind: .own)
    _ = try add(store, "i1", author: "clinic", at: 2)
    let now = try add(store, "o2", author: "clinic", at: 3, kind: .own)
    #expect(try earlier(store, now) == ["o1"])
  }

  /// The candidates come from the full-text index and are fetched by id: no list index is
  /// walked and no message outside the author's is read.
  @Test func thePlanLooksUpTheFullTextCandidatesByID() throws {
    let store = try makeStore()
    let plan = try store.queryPlan(
      sql: InboxStore.earlierInboundSQL,
      arguments: [InboxStore.authorPhrase("pat"), 2_000, "x", "pat", 5, 5, 10])
    #expect(plan.contains("SEARCH message USING INTEGER PRIMARY KEY (rowid=?)"), "\(plan)")
    #expect(plan.contains { $0.hasPrefix("SCAN message_fts VIRTUAL TABLE") }, "\(plan)")
    #expect(!plan.contains { $0.hasPrefix("SCAN message") && !$0.contains("message_fts") })
  }
}
