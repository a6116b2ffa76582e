/// Something wrong in a policy file: the line (when known) and what to change. Messages name
/// keys and values from the policy, never message text.
public struct PolicyProblem: Sendable, Hashable, CustomStringConvertible {
  public var line: Int?
  public var message: String

  public init(line: Int?, _ message: String) {
    self.line = line
    self.message = message
  }

  public var description: String {
    line.map { "line \($0): \(message)" } ?? message
  }
}
