import Foundation
import Triage

/// Input from a terminal, already decoded.
public enum TerminalInput: Hashable, Sendable {
  case key(Key)
  case mouse(MouseEvent)
  /// Text pasted into the terminal, whole (bracketed paste).
  case paste(String)
  case resize(Size)
  /// The terminal went away: stop.
  case hangup
}

/// What the runtime needs from a terminal: its size, a way to show a finished frame, and the
/// next input. The curses driver is one; tests and the benchmark use others.
public protocol TerminalScreen: AnyObject {
  var size: Size { get }
  func draw(_ frame: Frame)
  /// The next input, or nil after `timeout` milliseconds (negative: wait for ever).
  func nextInput(timeout: Int) -> TerminalInput?
  /// Gives the terminal to another program (the external editor) while `body` runs, then
  /// takes it back.
  func suspend(_ body: () -> Void)
}

/// The loop that joins state, data and terminal: input → `Update` → effects performed off the
/// drawing path → `Render` → one frame drawn. Quick data work (a page, a message) is done
/// before the next frame; slow work (counts over the whole inbox) runs on a background queue
/// and its result arrives as an action when ready.
public final class Runtime {
  public private(set) var state: InboxState
  let effects: EffectRunner
  let terminal: TerminalScreen
  let editor: ExternalEditor
  private var queue: [Action] = []
  private let slowQueue = DispatchQueue(label: "rounds.inbox.slow")
  private let mailbox = Mailbox()
  private let checks: LatestLane
  private let autosaves: LatestLane
  private var lastTick = Date()
  /// Inputs read in one go before a frame is drawn (a paste without bracketed paste, keys
  /// typed faster than frames): one frame for all of them.
  static let burst = 512

  /// `autosaveSpacing`: the least time between two autosaves of the composer (every change
  /// reaches the database within this, plus the write).
  public init(
    state: InboxState, data: any InboxDataSource, workflow: WorkflowService? = nil,
    terminal: TerminalScreen, editor: ExternalEditor = ExternalEditor(),
    autosaveSpacing: TimeInterval = 0.25
  ) {
    var state = state
    if workflow != nil { state.session.capabilities.insert(.inboxActions) }
    self.state = state
    self.effects = EffectRunner(data: data, workflow: workflow)
    self.terminal = terminal
    self.editor = editor
    checks = LatestLane(label: "rounds.inbox.check", spacing: 0, mailbox: mailbox)
    autosaves = LatestLane(
      label: "rounds.inbox.autosave", spacing: autosaveSpacing, mailbox: mailbox)
  }

  /// Runs until the person quits.
  public func run() {
    state.size = terminal.size
    perform(Update.start(&state))
    defer { finishWrites() }
    while !state.isQuitting {
      settle()
      if state.isQuitting { break }
      terminal.draw(Render.frame(state, size: state.size))
      let waiting = mailbox.pending > 0
      guard let input = terminal.nextInput(timeout: waiting ? 40 : 30_000) else {
        tick()
        continue
      }
      guard let action = action(for: input) else { break }
      queue.append(action)
      // Whatever else is already waiting joins this frame.
      var hungUp = false
      for _ in 1..<Self.burst {
        guard let more = terminal.nextInput(timeout: 0) else { break }
        guard let action = self.action(for: more) else {
          hungUp = true
          break
        }
        queue.append(action)
      }
      if hungUp {
        settle()
        break
      }
      tick()
    }
  }

  private func tick() {
    let now = Date()
    if now.timeIntervalSince(lastTick) >= 30 {
      lastTick = now
      queue.append(.tick(now))
    }
  }

  /// Writes still queued (the composer's autosave) reach the database before the end.
  public func finishWrites() {
    autosaves.wait()
    queue += mailbox.drain()
  }

  /// Applies queued actions and the results of background work until nothing is left.
  public func settle() {
    while true {
      queue += mailbox.drain()
      guard !queue.isEmpty else { return }
      let next = queue.removeFirst()
      perform(Update.apply(next, to: &state))
      if state.isQuitting { return }
    }
  }

  /// Feeds one input through the loop without drawing (for tests and the benchmark).
  public func handle(_ input: TerminalInput) {
    guard let action = action(for: input) else {
      state.isQuitting = true
      return
    }
    queue.append(action)
    settle()
  }

  /// Starts the inbox without a loop: the first effects done, background work included
  /// once `waitForBackground` returns.
  public func start() {
    state.size = terminal.size
    perform(Update.start(&state))
    settle()
  }

  /// Blocks until the reply check asked for so far is done and applied (the benchmark times
  /// a keystroke to the frame that shows its check).
  public func waitForChecks() {
    checks.wait()
    settle()
  }

  /// Blocks until background work is done and applied (tests and the benchmark).
  public func waitForBackground() {
    repeat {
      slowQueue.sync {}
      checks.wait()
      autosaves.wait()
      settle()
    } while mailbox.pending > 0
  }

  /// nil when the terminal hung up.
  private func action(for input: TerminalInput) -> Action? {
    switch input {
    case .key(let key): .key(key)
    case .mouse(let event): .mouse(event)
    case .paste(let text): .paste(text)
    case .resize(let size): .resize(size)
    case .hangup: nil
    }
  }

  private func perform(_ list: [Effect]) {
    let runner = effects
    let now = state.now
    for effect in list {
      if effect == .quit {
        state.isQuitting = true
        continue
      }
      switch effect.lane {
      case .now:
        if let result = effects.perform(effect, now: now) { queue.append(result) }
      case .slow:
        mailbox.begin()
        let box = mailbox
        slowQueue.async {
          let result = runner.perform(effect, now: now)
          box.finish(result)
        }
      case .check:
        checks.submit(key: 0) { runner.perform(effect, now: now) }
      case .autosave:
        let key: Int64 =
          switch effect {
          case .autosave(let request): request.messageID
          case .clearAutosave(let id): id
          default: 0
          }
        autosaves.submit(key: key) { runner.perform(effect, now: now) }
      case .terminal:
        if case .editExternally(let id, let text) = effect { queue.append(edit(id, text)) }
      }
    }
  }

  /// Hands the terminal to the external editor and comes back with its text.
  private func edit(_ id: Int64, _ text: String) -> Action {
    // Anything typed so far must be in the database before the terminal is given away.
    autosaves.wait()
    var result: Action = .composerFailed(
      id, Problem(.failure, "the editor did not run"), leaving: nil)
    terminal.suspend {
      do {
        result = .externalEdited(id, try editor.edit(text, name: "reply-to-\(id).txt"))
      } catch {
        result = .composerFailed(id, Problem(error), leaving: nil)
      }
    }
    return result
  }
}

/// Results of background work waiting for the loop, and how many are still running.
final class Mailbox: @unchecked Sendable {
  private let lock = NSLock()
  private var results: [Action] = []
  private var running = 0

  var pending: Int { lock.withLock { running + results.count } }

  func begin() { lock.withLock { running += 1 } }

  func finish(_ action: Action?) {
    lock.withLock {
      running -= 1
      if let action { results.append(action) }
    }
  }

  func drain() -> [Action] {
    lock.withLock {
      defer { results = [] }
      return results
    }
  }
}
