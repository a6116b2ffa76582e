import Foundation
import Triage

#if canImport(Glibc)
  import Glibc
#endif

/// Opens the person's editor on a private temporary file and returns what they saved.
enum EditorInput {
  /// `$VISUAL`, else `$EDITOR`, else `vi`, run through the shell so `EDITOR="code --wait"`
  /// works. The file is 0600 in a 0700 folder (it holds a reply that may name a patient)
  /// and is removed afterwards.
  static func edit(_ initial: String, name: String) throws -> String {
    let environment = ProcessInfo.processInfo.environment
    let editor =
      [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }
      .first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? "vi"
    var template = Array((NSTemporaryDirectory() + "/rounds-draft-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else {
      throw RoundsError(.failure, "cannot create a temporary folder for the editor")
    }
    let folder = String(cString: made)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/" + name
    guard
      FileManager.default.createFile(
        atPath: path, contents: Data(initial.utf8), attributes: [.posixPermissions: 0o600])
    else {
      throw RoundsError(.failure, "cannot write the draft to \(path)")
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", editor + " \"$1\"", "sh", path]
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw RoundsError(
        .failure,
        "the editor (\(editor)) exited with status \(process.terminationStatus); nothing was saved")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw RoundsError(.failure, "the editor left no file at \(path); nothing was saved")
    }
    return String(decoding: data, as: UTF8.self)
  }
}
