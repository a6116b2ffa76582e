/// A terminal that keeps frames in memory: for tests and the benchmark, which drive the real
/// runtime without curses.
public final class HeadlessTerminal: TerminalScreen {
  public var size: Size
  public private(set) var frames = 0
  public private(set) var lastFrame: Frame?
  public var inputs: [TerminalInput] = []

  public init(size: Size) {
    self.size = size
  }

  public func draw(_ frame: Frame) {
    frames += 1
    lastFrame = frame
  }

  public func nextInput(timeout: Int) -> TerminalInput? {
    inputs.isEmpty ? nil : inputs.removeFirst()
  }

  public private(set) var suspensions = 0

  public func suspend(_ body: () -> Void) {
    suspensions += 1
    body()
  }
}
