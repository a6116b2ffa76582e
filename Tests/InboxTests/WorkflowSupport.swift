import Foundation
import Testing
import Triage

@testable import Inbox

/// Staff of the test inboxes: two clinicians' worth of roles and two supervisors, so four
/// eyes can be tried.
let testStaff: [(String, Role)] = [
  ("alice", .clinician), ("bob", .supervisor), ("carol", .supervisor), ("amy", .assistant),
]

/// Stores messages and the test staff.
func workflowStore(_ messages: [Message]) throws -> InboxStore {
  let store = try storeWith(messages)
  for (user, role) in testStaff {
    try store.saveStaff(
      Staff(user: user, displayName: user.capitalized, role: role, addedAt: testNow, addedBy: nil))
  }
  return store
}

func service(_ store: InboxStore, _ user: String, policy: PracticePolicy = PracticePolicy())
  throws -> WorkflowService
{
  try WorkflowService.open(store: store, user: user, policy: policy)
}

/// The real runtime acting as `user` through the workflow, with an in-memory terminal.
func workflowRuntime(
  _ store: InboxStore, user: String = "alice", width: Int = 120, height: Int = 40,
  editor: ExternalEditor = ExternalEditor(command: "false"), autosaveSpacing: Double = 0
) throws -> Runtime {
  let workflow = try service(store, user)
  let terminal = HeadlessTerminal(size: Size(width: width, height: height))
  let initial = InboxState(
    size: terminal.size, now: testNow,
    session: Session(
      user: user, role: workflow.workflow.actor.role, capabilities: [.workflow],
      inboxName: "~/inbox.sqlite"))
  let runtime = Runtime(
    state: initial, data: StoreDataSource(store: store, user: user, findings: nil),
    workflow: workflow, terminal: terminal, editor: editor, autosaveSpacing: autosaveSpacing)
  runtime.start()
  runtime.waitForBackground()
  return runtime
}

/// A pure state for `user` with the workflow's actions available.
func actingState(
  _ messages: [Message], role: Role = .clinician, width: Int = 120, height: Int = 40
) -> InboxState {
  var current = loadedState(messages, width: width, height: height)
  current.session.role = role
  current.session.capabilities = [.workflow, .inboxActions]
  return current
}

extension InboxStore {
  /// The message as stored now.
  func item(_ id: Int64) throws -> WorkItem {
    try #require(try workItem(id: id))
  }
}
