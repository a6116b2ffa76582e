import Foundation
import Testing

@testable import Triage

@Suite struct AnalysisTests {
  private let emergency = MessageAnalysis(
    category: .emergency, urgency: 3, phiCount: 2, flagCount: 1, findings: [])

  @Test func storesTheSummaryOfAnAnalysis() throws {
    let store = try makeStore()
    let (id, _) = try store.insertIfAbsent(sampleMessage("1"))
    try store.applyAnalysis(emergency, toMessage: id)
    let message = try #require(try store.message(id: id))
    #expect(message.category == .emergency)
    #expect(message.urgency == 3)
    #expect(message.phiCount == 2)
    #expect(message.flagCount == 1)
    let urgent = try store.page(MessageQuery(order: .urgency)).messages
    #expect(urgent.first?.id == id)
  }

  @Test func neverOverwritesACategoryAPersonChose() throws {
    let store = try makeStore()
    let (id, _) = try store.insertIfAbsent(sampleMessage("1"))
    try store.pool.write { db in
      try db.execute(
        sql: "UPDATE message SET category = 'admin', urgency = 1, triaged_by = 'jdoe' WHERE id = ?",
        arguments: [id])
    }
    try store.applyAnalysis(emergency, toMessage: id)
    let message = try #require(try store.message(id: id))
    #expect(message.category == .admin)
    #expect(message.urgency == 1)
    #expect(message.phiCount == 2)
  }
}
