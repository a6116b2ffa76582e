import Foundation
import Triage

/// Runs a system administration command (`groupadd`, `useradd`, ...) for the tests that need
/// real OS accounts, failing loudly when it does not succeed.
enum SystemCommand {
  static func run(_ program: String, _ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw RoundsError(.failure, "\(program) \(arguments.joined(separator: " ")) failed")
    }
  }
}
