import Foundation
import Triage

/// Input from a terminal, already decoded.
public enum TerminalInput: Hashable, Sendable {
  case key(Key)
  case mouse(MouseEvent)
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
}

/// The loop that joins state, data and terminal: input → `Update` → effects performed off the
/// drawing path → `Render` → one frame drawn. Quick data work (a page, a message) is done
/// before the next frame; slow work (counts over the whole inbox) runs on a background queue
/// and its result arrives as an action when ready.
public final class Runtime {
  public private(set) var state: InboxState
  let effects: EffectRunner
  let terminal: TerminalScreen
  private var queue: [Action] = []
  private let slowQueue = DispatchQueue(label: "rounds.inbox.slow")
  private let mailbox = Mailbox()
  private var lastTick = Date()

  public init(state: InboxState, data: any InboxDataSource, terminal: TerminalScreen) {
    self.state = state
    self.effects = EffectRunner(data: data)
    self.terminal = terminal
  }

  /// Runs until the person quits.
  public func run() {
    state.size = terminal.size
    perform(Update.start(&state))
    while !state.isQuitting {
      settle()
      if state.isQuitting { break }
      terminal.draw(Render.frame(state, size: state.size))
      let waiting = mailbox.pending > 0
      if let input = terminal.nextInput(timeout: waiting ? 40 : 30_000) {
        guard let action = action(for: input) else { break }
        queue.append(action)
      }
      let now = Date()
      if now.timeIntervalSince(lastTick) >= 30 {
        lastTick = now
        queue.append(.tick(now))
      }
    }
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

  /// Blocks until background work is done and applied (tests and the benchmark).
  public func waitForBackground() {
    slowQueue.sync {}
    settle()
  }

  /// nil when the terminal hung up.
  private func action(for input: TerminalInput) -> Action? {
    switch input {
    case .key(let key): .key(key)
    case .mouse(let event): .mouse(event)
    case .resize(let size): .resize(size)
    case .hangup: nil
    }
  }

  private func perform(_ list: [Effect]) {
    for effect in list {
      if effect == .quit {
        state.isQuitting = true
        continue
      }
      if effect.isSlow {
        mailbox.begin()
        let runner = effects
        let now = state.now
        let box = mailbox
        slowQueue.async {
          let result = runner.perform(effect, now: now)
          box.finish(result)
        }
      } else if let result = effects.perform(effect, now: state.now) {
        queue.append(result)
      }
    }
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
