import ArgumentParser
import Foundation
import Logging
import Triage

#if canImport(Glibc)
  import Glibc
#endif

@main
struct Rounds: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rounds",
    abstract: "A terminal inbox for the public questions patients send a medical practice.",
    discussion: """
      The database is --db PATH, else $ROUNDS_DB, else $XDG_DATA_HOME/rounds/inbox.sqlite \
      (~/.local/share/rounds/inbox.sqlite).

      Exit status: 0 success, 1 runtime error, 2 usage error.
      """,
    version: "0.1.0",
    subcommands: [
      InitCommand.self, ListCommand.self, ShowCommand.self, StaffCommand.self, StatsCommand.self,
      ImportCommand.self, ImportsCommand.self,
      ScanCommand.self, RedactCommand.self,
      TriageCommand.self, PriorityCommand.self, AssignCommand.self, TagCommand.self,
      DraftCommand.self, SubmitCommand.self, ReviewCommand.self, MarkPostedCommand.self,
      CloseCommand.self, SpamCommand.self, NoReplyCommand.self, ReopenCommand.self,
      ExportCommand.self, AuditCommand.self, AuditRepliesCommand.self, BenchCommand.self,
      EvalCommand.self, TrainCommand.self, PolicyCommand.self, TemplatesCommand.self,
      TuiCommand.self, DemoCommand.self,
    ],
    defaultSubcommand: TuiCommand.self
  )

  static func main() {
    // Everything Rounds writes (databases, exports) may hold PHI: private unless shared on purpose.
    umask(0o077)
    LoggingSystem.bootstrap { label in
      var handler = StreamLogHandler.standardError(label: label)
      let level = ProcessInfo.processInfo.environment["ROUNDS_LOG"].flatMap {
        Logger.Level(rawValue: $0)
      }
      handler.logLevel = level ?? .warning
      return handler
    }
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      fail(error)
    }
  }

  /// One line on stderr naming what failed and what to do; exit 1, or 2 for usage errors.
  static func fail(_ error: Error) -> Never {
    if let error = error as? RoundsError {
      Terminal.printError("rounds: \(error)")
      Foundation.exit(error.kind == .usage ? 2 : 1)
    }
    let code = exitCode(for: error)
    if code == .success {
      exit(withError: error)  // --help, --version and completion scripts
    }
    let detail = message(for: error).split(whereSeparator: \.isNewline).first.map(String.init)
    if code == .validationFailure {
      Terminal.printError(
        "rounds: \(detail ?? "invalid arguments"); run `rounds help` or add --help for usage")
      Foundation.exit(2)
    }
    if code != .failure {
      exit(withError: error)  // ExitCode thrown on purpose carries its own status
    }
    Terminal.printError("rounds: \(detail ?? "\(error)")")
    Foundation.exit(1)
  }
}
