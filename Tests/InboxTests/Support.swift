import Foundation
import Testing
import Triage

@testable import Inbox

/// Folders that live until the test process exits (stores keep their files open).
enum InboxTestRoot {
  static let path: String = {
    let root = FileManager.default.temporaryDirectory.path + "/rounds-inbox-tests-\(getpid())"
    mkdir(root, 0o700)
    atexit { try? FileManager.default.removeItem(atPath: InboxTestRoot.path) }
    return root
  }()

  static func newStore() throws -> InboxStore {
    let folder = path + "/" + UUID().uuidString
    mkdir(folder, 0o700)
    return try InboxStore.create(at: folder + "/inbox/inbox.sqlite")
  }
}

/// A fixed clock for frames that show ages.
let testNow = Date(timeIntervalSince1970: 1_800_000_000)

/// A message `minutes` before `testNow`.
func message(
  _ id: Int64, _ text: String = "Do you take new patients?", minutes: Double = 10,
  platform: Platform = .x, status: Status = .new, urgency: Int = 0,
  category: Triage.Category? = .admin, author: String = "pat_q", name: String? = "Pat Q",
  phi: Int = 0, flags: Int = 0, thread: String? = nil, parent: String? = nil
) -> Message {
  Message(
    id: id, platform: platform, externalID: "e\(id)", threadID: thread, parentID: parent,
    authorHandle: author, authorName: name, text: text,
    createdAt: testNow.addingTimeInterval(-minutes * 60),
    permalink: "https://x.com/\(author)/status/\(id)", status: status, category: category,
    urgency: urgency, phiCount: phi, flagCount: flags)
}

func session(role: Role? = .clinician, capabilities: Capabilities = []) -> Session {
  Session(user: "alice", role: role, capabilities: capabilities, inboxName: "~/inbox.sqlite")
}

func state(
  width: Int = 120, height: Int = 40, role: Role? = .clinician, capabilities: Capabilities = []
) -> InboxState {
  InboxState(
    size: Size(width: width, height: height), now: testNow,
    session: session(role: role, capabilities: capabilities))
}

/// A state whose list shows `messages` (one page, both ends reached), counts known.
func loadedState(_ messages: [Message], width: Int = 120, height: Int = 40) -> InboxState {
  var current = state(width: width, height: height)
  _ = Update.start(&current)
  let request = PageRequest(
    generation: current.generation, filter: current.filter, cursor: nil, placement: .top)
  _ = Update.apply(
    .pageLoaded(request, MessagePage(messages: messages, next: nil, previous: nil)), to: &current)
  var counts: [ViewFilter: Int] = [:]
  for view in current.views { counts[view.filter] = messages.count }
  _ = Update.apply(.countsLoaded(counts), to: &current)
  return current
}

/// Stores messages (ids are assigned by the store, in order) and returns the store.
func storeWith(_ messages: [Message]) throws -> InboxStore {
  let store = try InboxTestRoot.newStore()
  for var message in messages {
    message.id = nil
    try store.insertIfAbsent(message)
  }
  return store
}

/// Drives the real runtime over a real store with an in-memory terminal.
func runtime(
  _ store: InboxStore, width: Int = 120, height: Int = 40, capabilities: Capabilities = [],
  findings: FindingSource? = nil
) -> Runtime {
  let terminal = HeadlessTerminal(size: Size(width: width, height: height))
  let initial = InboxState(
    size: terminal.size, now: testNow, session: session(capabilities: capabilities))
  let runtime = Runtime(
    state: initial, data: StoreDataSource(store: store, user: "alice", findings: findings),
    terminal: terminal)
  runtime.start()
  runtime.waitForBackground()
  return runtime
}

extension Runtime {
  func press(_ keys: Key...) {
    for key in keys { handle(.key(key)) }
  }

  func type(_ text: String) {
    for character in text { handle(.key(.char(character))) }
  }

  var frame: Frame { Render.frame(state, size: state.size) }
  var screenText: String { frame.lines.joined(separator: "\n") }
}
