import Foundation

/// Runs the `rounds` executable that `swift build` produced next to this test bundle.
struct BuiltBinary {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// `$ROUNDS_BIN`, else the `rounds` beside the test bundle in the build folder.
  static let path: String = {
    if let explicit = ProcessInfo.processInfo.environment["ROUNDS_BIN"] { return explicit }
    var folder = Bundle.main.bundleURL
    for _ in 0..<3 {
      let candidate = folder.appendingPathComponent("rounds").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      folder.deleteLastPathComponent()
    }
    return Bundle.main.bundleURL.appendingPathComponent("rounds").path
  }()

  /// Runs `rounds ARGS` with a private HOME and data folder so tests never touch real inboxes.
  static func run(
    _ arguments: [String], stdin: String? = nil, home: String,
    environment extra: [String: String] = [:]
  ) throws -> Result {
    try runProgram(path, arguments, stdin: stdin, home: home, environment: extra)
  }

  /// Runs any program (`runuser`, `script`) the same way, to drive `rounds` through it.
  static func runProgram(
    _ program: String, _ arguments: [String], stdin: String? = nil, home: String,
    environment extra: [String: String] = [:]
  ) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    var environment = [
      "HOME": home, "XDG_DATA_HOME": home + "/data", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
    ]
    environment.merge(extra) { $1 }
    process.environment = environment
    let output = Pipe()
    let errors = Pipe()
    let input = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    // Read both pipes before waiting so a chatty process cannot block on a full pipe.
    let (out, err) = readBoth(output, errors)
    process.waitUntilExit()
    return Result(status: process.terminationStatus, stdout: out, stderr: err)
  }

  private static func readBoth(_ output: Pipe, _ errors: Pipe) -> (String, String) {
    nonisolated(unsafe) var errorData = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errorData = errors.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    return (String(decoding: outData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
  }
}

/// A private folder for one test, removed afterwards.
final class Scratch {
  let path: String

  init() throws {
    var template = Array(
      (FileManager.default.temporaryDirectory.path + "/rounds-e2e-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
    path = String(cString: made)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws
    -> BuiltBinary.Result
  {
    try BuiltBinary.run(arguments, stdin: stdin, home: path, environment: environment)
  }
}
