import ArgumentParser
import Foundation
import Inbox
import Triage

struct PolicyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "policy",
    abstract: "Check, create or show the practice policy (rounds.toml).",
    discussion: """
      The policy is --policy PATH, else rounds.toml beside the inbox database; without a file \
      the built-in defaults apply.
      """,
    subcommands: [Check.self, Init.self, Show.self],
    defaultSubcommand: Show.self)

  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Validate the policy file and list every problem with its line.")

    @OptionGroup var store: StoreOptions

    func run() throws {
      guard let path = try store.policyPath() else {
        print(
          "No policy file (looked for \(PolicyLoader.fileName) beside \(store.path)); the built-in defaults apply."
        )
        return
      }
      let (_, problems) = try PolicyLoader.check(path)
      if problems.isEmpty {
        print("\(path): ok")
        return
      }
      for problem in problems {
        let place = problem.line.map { "\(path):\($0)" } ?? path
        print("\(place): \(TerminalText.sanitize(problem.message))")
      }
      throw ExitCode(1)
    }
  }

  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a commented example policy (never overwrites a file).")

    @OptionGroup var store: StoreOptions

    func run() throws {
      // Policy is a supervisor's to change, and the new file goes into the audit log. (The
      // file does not exist yet, so the workflow is opened without loading it.)
      let workflow = try Workflow.forCurrentUser(store: try store.open(), checker: nil)
      try workflow.authorize(.managePolicy)
      let path =
        store.policy ?? (store.path as NSString).deletingLastPathComponent + "/"
        + PolicyLoader.fileName
      guard !FileManager.default.fileExists(atPath: path) else {
        throw RoundsError(
          .conflict, "\(path) already exists", fix: "edit it, or remove it first to start again")
      }
      let folder = (path as NSString).deletingLastPathComponent
      if !folder.isEmpty {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      }
      try PolicyExample.text.write(toFile: path, atomically: true, encoding: .utf8)
      try workflow.notePolicy(path: path, contents: Array(PolicyExample.text.utf8))
      print("Wrote \(path); edit it, then run `rounds policy check`.")
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show the policy in force.")

    @OptionGroup var store: StoreOptions

    func run() throws {
      let policy = try store.loadPolicy()
      let rows: [(String, String)] = [
        ("file", policy.source ?? "(none: built-in defaults)"),
        ("practice", policy.practiceName),
        ("phone", policy.phone),
        ("portal", policy.portal),
        ("websites", policy.websites.joined(separator: ", ")),
        ("addresses", policy.addresses.joined(separator: "; ")),
        ("handles", policy.handles.joined(separator: ", ")),
        ("staff", policy.staffNames.joined(separator: ", ")),
        ("approved links", policy.allApprovedDomains.sorted().joined(separator: ", ")),
        (
          "review needed for",
          Severity.allCases.filter(policy.requiresReview).map(\.rawValue).joined(separator: ", ")
        ),
        ("sign-off", policy.signOff),
        ("disclaimer", policy.disclaimer),
        (
          "review platforms",
          policy.reviewPlatforms.map(\.rawValue).sorted().joined(separator: ", ")
        ),
      ]
      for (label, value) in rows {
        print(
          "\(label.padding(toLength: 18, withPad: " ", startingAt: 0))"
            + TerminalText.sanitize(value.isEmpty ? "-" : value))
      }
    }
  }
}
