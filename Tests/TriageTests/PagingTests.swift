import Foundation
import Testing

@testable import Triage

@Suite struct PagingTests {
  /// Walks every page forward and returns the ids in order.
  private func walk(_ store: InboxStore, _ base: MessageQuery) throws -> [String] {
    var query = base
    var seen: [String] = []
    while true {
      let page = try store.page(query)
      seen += page.messages.map(\.externalID)
      guard let next = page.next else { return seen }
      query.cursor = next
    }
  }

  @Test func pagesAcrossEqualTimestampsSkipAndRepeatNothing() throws {
    let store = try makeStore()
    // 25 messages sharing 3 timestamps, inserted out of order.
    for index in [
      7, 3, 19, 0, 24, 11, 5, 16, 2, 21, 9, 13, 1, 22, 8, 17, 4, 20, 6, 15, 10, 23, 12, 18, 14,
    ] {
      try store.insertIfAbsent(sampleMessage("m\(index)", at: Double(index % 3)))
    }
    let all = try store.page(MessageQuery(limit: 100)).messages.map(\.externalID)
    #expect(all.count == 25)
    for size in [1, 2, 4, 7, 24, 25, 26] {
      #expect(try walk(store, MessageQuery(limit: size)) == all, "page size \(size)")
    }
  }

  @Test func urgencyOrderPagesWithoutGaps() throws {
    let store = try makeStore()
    for index in 0..<30 {
      try store.insertIfAbsent(
        sampleMessage("m\(index)", at: Double(index % 4), urgency: index % 3))
    }
    let all = try store.page(MessageQuery(order: .urgency, limit: 100)).messages
    #expect(all.count == 30)
    #expect(all.map(\.urgency) == all.map(\.urgency).sorted(by: >))
    #expect(try walk(store, MessageQuery(order: .urgency, limit: 4)) == all.map(\.externalID))
  }

  /// Lists by urgency read urgent messages and those of urgency 0 in two parts (see
  /// `MessageSQL`): every page, either way and from any cursor, is the slice of the one order.
  @Test func urgencyPagesCrossFromUrgentToCalmMessagesEitherWay() throws {
    let store = try makeStore()
    var expected: [(urgency: Int, at: Double, id: Int64, name: String)] = []
    for index in 0..<23 {
      let message = sampleMessage(
        "m\(index)", at: Double(index % 5), status: index % 4 == 0 ? .posted : .new,
        urgency: index % 3 == 0 ? 0 : index % 4)
      let id = try store.insertIfAbsent(message).id
      expected.append((message.urgency, Double(index % 5), id, message.externalID))
    }
    for statuses in [[], ViewFilter.openStatuses] {
      let rows = expected.filter { statuses.isEmpty || !(Int($0.name.dropFirst())! % 4 == 0) }
        .sorted { ($0.urgency, $0.at, $0.id) > ($1.urgency, $1.at, $1.id) }
      let order = rows.map(\.name)
      let base = MessageQuery(statuses: statuses, order: .urgency, limit: 4)
      #expect(try walk(store, base) == order)
      for (position, row) in rows.enumerated() {
        let cursor = MessageCursor(
          urgency: row.urgency, createdAt: Int64(row.at * 1000), id: row.id)
        var forward = base
        forward.cursor = cursor
        #expect(
          try store.page(forward).messages.map(\.externalID)
            == Array(order[(position + 1)...].prefix(4)), "after \(row.name)")
        var backward = forward
        backward.direction = .backward
        #expect(
          try store.page(backward).messages.map(\.externalID)
            == Array(order[..<position].suffix(4)), "before \(row.name)")
      }
    }
  }

  @Test func backwardPagesMirrorForwardPages() throws {
    let store = try makeStore()
    for index in 0..<12 {
      try store.insertIfAbsent(sampleMessage("m\(index)", at: Double(index / 4)))
    }
    let first = try store.page(MessageQuery(limit: 5))
    let second = try store.page(MessageQuery(cursor: first.next, limit: 5))
    #expect(first.previous == nil)
    let back = try store.page(
      MessageQuery(cursor: second.previous, direction: .backward, limit: 5))
    #expect(back.messages.map(\.externalID) == first.messages.map(\.externalID))
    #expect(back.previous == nil)
    let backFromMiddle = try store.page(
      MessageQuery(cursor: MessageCursor(second.messages[2]), direction: .backward, limit: 3))
    let forwardIDs = (first.messages + second.messages).map(\.externalID)
    #expect(backFromMiddle.messages.map(\.externalID) == Array(forwardIDs[4...6]))
    #expect(backFromMiddle.previous != nil)
  }

  @Test func pagingWorksWithinASearch() throws {
    let store = try makeStore()
    for index in 0..<10 {
      let text = index.isMultiple(of: 2) ? "refill please" : "hours?"
      try store.insertIfAbsent(sampleMessage("m\(index)", text: text, at: 5))
    }
    let found = try walk(store, MessageQuery(search: "refill", limit: 2))
    #expect(found == ["m8", "m6", "m4", "m2", "m0"])
  }
}
