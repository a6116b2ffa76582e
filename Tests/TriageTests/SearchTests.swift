import Foundation
import Testing

@testable import Triage

@Suite struct SearchTests {
  private func store(with texts: [String]) throws -> InboxStore {
    let store = try makeStore()
    for (index, text) in texts.enumerated() {
      try store.insertIfAbsent(sampleMessage("m\(index)", text: text, at: Double(index)))
    }
    return store
  }

  private func search(_ store: InboxStore, _ text: String) throws -> [String] {
    try store.page(MessageQuery(search: text)).messages.map(\.externalID).sorted()
  }

  @Test func accentsAreIgnoredBothWays() throws {
    let store = try store(with: ["Merci pour le café", "Señora García called", "plain text"])
    #expect(try search(store, "cafe") == ["m0"])
    #expect(try search(store, "CAFÉ") == ["m0"])
    #expect(try search(store, "garcia") == ["m1"])
    #expect(try search(store, "Señora") == ["m1"])
  }

  @Test func decomposedAccentsMatchComposedOnes() throws {
    let store = try store(with: ["cafe\u{301} au lait"])
    #expect(try search(store, "café") == ["m0"])
  }

  @Test func emojiAreSearchable() throws {
    let store = try store(with: ["Thank you 🙏 so much", "Great team 👍🏽", "no emoji"])
    #expect(try search(store, "🙏") == ["m0"])
    #expect(try search(store, "👍🏽") == ["m1"])
  }

  @Test func wordsArePrefixesAndAllMustMatch() throws {
    let store = try store(with: ["my knee is painful", "knee brace", "painful elbow"])
    #expect(try search(store, "pain") == ["m0", "m2"])
    #expect(try search(store, "knee pain") == ["m0"])
  }

  @Test func authorsAreSearchable() throws {
    let store = try makeStore()
    try store.insertIfAbsent(sampleMessage("a", author: "dr_jones"))
    try store.insertIfAbsent(sampleMessage("b", author: "someone_else"))
    #expect(try search(store, "dr_jones") == ["a"])
  }

  @Test func queryOperatorsAreTreatedAsText() throws {
    let store = try store(with: ["NEAR the clinic", "text: \"quoted\" OR not"])
    #expect(try search(store, "NEAR(") == ["m0"])
    #expect(try search(store, "\"quoted\" OR") == ["m1"])
    #expect(try search(store, "text:") == ["m1"])
    #expect(try search(store, "*\"^-") == [])
  }

  @Test func searchFollowsTextChangesAndDeletes() throws {
    let store = try store(with: ["original words"])
    try store.pool.write { db in
      try db.execute(sql: "UPDATE message SET text = 'replacement words'")
    }
    #expect(try search(store, "original") == [])
    #expect(try search(store, "replacement") == ["m0"])
    try store.pool.write { db in try db.execute(sql: "DELETE FROM message") }
    #expect(try search(store, "words") == [])
  }

  /// Quoted words are a phrase: together and in order (the index keeps positions for this).
  @Test func quotedWordsAreAPhrase() throws {
    let store = try store(with: [
      "sudden chest pain since this morning", "pain in my chest", "chest pains at night",
      "Chest  —  pain, again",
    ])
    #expect(try search(store, "\"chest pain\"") == ["m0", "m3"])
    #expect(try search(store, "chest pain") == ["m0", "m1", "m2", "m3"])
    #expect(try search(store, "\"pain chest\"") == [])
    // A phrase and a word together; a phrase still being typed (its last word a prefix).
    #expect(try search(store, "\"chest pain\" morning") == ["m0"])
    #expect(try search(store, "\"chest pai") == ["m0", "m2", "m3"])
    // Phrases do not run from the text into the author's name.
    let other = try makeStore()
    try other.insertIfAbsent(sampleMessage("a", text: "ask Jones", author: "smith"))
    #expect(try search(other, "\"jones smith\"") == [])
    #expect(try search(other, "jones smith") == ["a"])
  }

  /// The index answers column filters and NEAR too (it keeps positions), though typed ones
  /// are text: only the store's own queries could use them.
  @Test func theIndexAnswersColumnFiltersAndNear() throws {
    let store = try makeStore()
    try store.insertIfAbsent(sampleMessage("a", text: "chest pain", author: "dr_jones"))
    try store.insertIfAbsent(sampleMessage("b", text: "dr_jones said so", author: "nurse"))
    let ids = { (match: String) in
      try store.pool.read { db in
        try Int64.fetchAll(
          db, sql: "SELECT rowid FROM message_fts WHERE message_fts MATCH ? ORDER BY rowid",
          arguments: [match])
      }
    }
    #expect(try ids("author_handle : dr_jones").count == 1)
    #expect(try ids("text : dr_jones").count == 1)
    #expect(try ids("NEAR(chest pain, 1)").count == 1)
  }

  @Test func patternsQuoteEveryWord() {
    #expect(SearchPattern.fts5("knee pain") == "\"knee\"* \"pain\"*")
    #expect(SearchPattern.fts5("  \"*) ") == nil)
    #expect(SearchPattern.fts5("O'Brien") == "\"O\"* \"Brien\"*")
    #expect(SearchPattern.fts5("\"chest pain\" knee") == "\"chest pain\" \"knee\"*")
    #expect(SearchPattern.fts5("knee \"chest pa") == "\"knee\"* \"chest pa\"*")
    #expect(SearchPattern.fts5("\"\" \"NEAR(a b)\"") == "\"NEAR a b\"")
    #expect(SearchPattern.fts5("\"a\"\"b\"") == "\"a\" \"b\"")
  }
}
