import Foundation
import GRDB
import Testing

@testable import Triage

@Suite struct WorkflowPermissionTests {
  /// A status each action applies from, as it happens in practice.
  static let startingStatus: [WorkflowAction: Status] = [
    .triage: .new, .setPriority: .triaged, .assign: .triaged, .tag: .new, .untag: .new,
    .saveDraft: .triaged, .submit: .drafting, .approve: .inReview, .requestChanges: .inReview,
    .reject: .inReview, .markPosted: .approved, .markSpam: .new, .markNoReplyNeeded: .new,
    .close: .posted, .reopen: .spam,
  ]

  /// The acting user of each role; none of them wrote the draft (cal did).
  static let actorOf: [Role: String] = [.assistant: "ann", .clinician: "cat", .supervisor: "sam"]

  /// Every message action as every role: done when the table allows the role, refused with
  /// a permission error naming the role and `rounds staff add` otherwise.
  @Test(arguments: messageActions, Role.allCases)
  func everyActionAsEveryRole(action: WorkflowAction, role: Role) throws {
    let desk = try Desk()
    let id = try desk.message()
    try desk.store.pool.write { db in
      try db.execute(
        sql: "INSERT INTO message_tag VALUES (?, 'old', 'ann', 0)", arguments: [id])
    }
    let status = try #require(Self.startingStatus[action])
    try desk.force(id, to: status)
    let workflow = try desk.acting(Self.actorOf[role]!)
    let rule = ActionTable.rule(for: action)
    let item = try workflow.item(id)
    if rule.allows(role) {
      #expect(workflow.refusal(action, on: item) == nil)
      #expect(workflow.availableActions(on: item).map(\.action).contains(action))
      try take(action, on: id, as: workflow)
    } else {
      let refusal = try #require(workflow.refusal(action, on: item))
      #expect(refusal.kind == .permission)
      #expect(!workflow.availableActions(on: item).map(\.action).contains(action))
      let error = expectRoundsError(.permission) { try take(action, on: id, as: workflow) }
      #expect(error == refusal)
      #expect(error?.what.contains("is a\(role == .assistant ? "n" : "") \(role.rawValue)") == true)
      #expect(error?.fix?.contains("rounds staff add \(workflow.user) --role") == true)
      #expect(try desk.status(id) == status)
    }
  }

  @Test func rolesAreNestedAsTheIssueSays() {
    for rule in ActionTable.rules {
      if rule.allows(.assistant) { #expect(rule.allows(.clinician), "\(rule.action)") }
      if rule.allows(.clinician) { #expect(rule.allows(.supervisor), "\(rule.action)") }
    }
    let assistant = Set(ActionTable.rules.filter { $0.allows(.assistant) }.map(\.action))
    for action in [WorkflowAction.importFiles, .tag, .assign, .markSpam, .markNoReplyNeeded] {
      #expect(assistant.contains(action))
    }
    for action in [WorkflowAction.triage, .saveDraft, .submit] {
      #expect(!assistant.contains(action))
      #expect(ActionTable.rule(for: action).allows(.clinician))
    }
    for action in [WorkflowAction.approve, .requestChanges, .reject, .manageStaff, .managePolicy] {
      #expect(ActionTable.rule(for: action).roles == [.supervisor])
    }
  }

  @Test func everyActionHasExactlyOneRule() {
    #expect(ActionTable.rules.count == WorkflowAction.allCases.count)
    for action in WorkflowAction.allCases {
      #expect(ActionTable.rule(for: action).action == action)
    }
  }

  @Test func unknownUsersAreRefusedWithTheCommandThatAddsThem() throws {
    let desk = try Desk()
    let error = expectRoundsError(.permission) { _ = try desk.acting("mallory") }
    #expect(error?.what.contains("mallory is not on the staff") == true)
    #expect(error?.fix?.contains("rounds staff add mallory") == true)
  }

  @Test func aRoleIsCheckedAsItIsNowNotAsItWas() throws {
    let desk = try Desk()
    let id = try desk.message()
    let cat = try desk.acting("cat")
    let sue = try desk.acting("sue")
    try sue.saveStaff("cat", role: .assistant, displayName: "Cat")
    expectRoundsError(.permission) { try cat.triage(id, category: .admin) }
    try sue.removeStaff("cat")
    let gone = expectRoundsError(.permission) { try cat.tag(id, ["x"]) }
    #expect(gone?.fix?.contains("rounds staff add cat") == true)
  }

  @Test func staffChangesAreForSupervisorsAndAudited() throws {
    let desk = try Desk()
    let cal = try desk.acting("cal")
    let sue = try desk.acting("sue")
    expectRoundsError(.permission) {
      try cal.saveStaff("dan", role: .clinician, displayName: "Dan")
    }
    expectRoundsError(.permission) { try cal.removeStaff("ann") }
    #expect(try sue.saveStaff("dan", role: .clinician, displayName: "Dan"))
    #expect(try !sue.saveStaff("dan", role: .supervisor, displayName: "Dan"))
    #expect(try !sue.saveStaff("dan", role: .supervisor, displayName: "Dan"))
    try sue.removeStaff("dan")
    expectRoundsError(.notFound) { try sue.removeStaff("dan") }
    let entries = try AuditLog.entries(in: desk.store)
    #expect(entries.map(\.action) == [.staffAdd, .staffChange, .staffRemove])
    #expect(entries[1].detail["previous_role"] == .text("clinician"))
    #expect(entries.allSatisfy { $0.actor == "sue" })
  }

  @Test func theLastSupervisorCannotBeRemovedOrDemoted() throws {
    let desk = try Desk()
    let sue = try desk.acting("sue")
    try sue.removeStaff("sam")
    let error = expectRoundsError(.rule) { try sue.removeStaff("sue") }
    #expect(error?.what.contains("only supervisor") == true)
    expectRoundsError(.rule) { try sue.saveStaff("sue", role: .clinician, displayName: "Sue") }
    #expect(try desk.store.staffMember("sue")?.role == .supervisor)
  }

  @Test func bootstrapMakesTheFirstUserSupervisorOnce() throws {
    let store = try makeStore()
    #expect(try Workflow.bootstrap(store: store, user: "first", displayName: "First"))
    #expect(try !Workflow.bootstrap(store: store, user: "second", displayName: "Second"))
    #expect(try store.staffMember("first")?.role == .supervisor)
    #expect(try store.staffMember("second") == nil)
    let entries = try AuditLog.entries(in: store)
    #expect(entries.count == 1)
    #expect(entries[0].action == .staffAdd)
    #expect(entries[0].detail["first"] == .flag(true))
  }

  @Test func inboxWideActionsCheckTheRole() throws {
    let desk = try Desk()
    let ann = try desk.acting("ann")
    expectRoundsError(.permission) { _ = try ann.auditOwnReplies() }
    #expect(try desk.acting("cal").auditOwnReplies().isEmpty)
    #expect(try ann.exportReplies(format: "csv", destination: "stdout").isEmpty)
  }
}
