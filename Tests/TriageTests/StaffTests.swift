import Foundation
import Testing

@testable import Triage

@Suite struct StaffTests {
  private func member(_ user: String, _ role: Role) -> Staff {
    Staff(user: user, displayName: user.capitalized, role: role, addedAt: Date(), addedBy: "root")
  }

  @Test func addsChangesListsAndRemoves() throws {
    let store = try makeStore()
    #expect(try store.saveStaff(member("bo", .clinician)))
    #expect(try store.saveStaff(member("al", .assistant)))
    #expect(try store.saveStaff(member("cy", .supervisor)))
    #expect(try !store.saveStaff(member("al", .clinician)))
    #expect(try store.allStaff().map(\.user) == ["cy", "al", "bo"])
    #expect(try store.staffMember("al")?.role == .clinician)
    try store.removeStaff("bo")
    #expect(try store.staffMember("bo") == nil)
    #expect(throws: RoundsError.self) { try store.removeStaff("bo") }
  }

  @Test func rejectsNamesThatAreNotLoginNames() throws {
    let store = try makeStore()
    for bad in ["", "Alice", "a b", "1abc", "x;drop", String(repeating: "a", count: 33)] {
      #expect(throws: RoundsError.self, "\(bad)") { try store.saveStaff(member(bad, .assistant)) }
    }
  }

  @Test func theCurrentUserComesFromTheRealUID() throws {
    let me = try OSUser.current()
    #expect(me.uid == getuid())
    #expect(OSUser.lookup(name: me.name)?.uid == me.uid)
  }
}
