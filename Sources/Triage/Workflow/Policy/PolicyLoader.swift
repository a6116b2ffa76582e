import Foundation
import TOMLKit

/// Reads and validates `rounds.toml`. Every problem is collected (not just the first) with
/// its line, so `rounds policy check` can list them all.
public enum PolicyLoader {
  /// The policy file beside the database.
  public static let fileName = "rounds.toml"

  /// `explicit` when given (it must exist), else `rounds.toml` beside the database, else nil
  /// (the built-in defaults apply).
  public static func locate(explicit: String?, databasePath: String) throws -> String? {
    if let explicit, !explicit.isEmpty {
      guard FileManager.default.fileExists(atPath: explicit) else {
        throw RoundsError(
          .notFound, "there is no policy file at \(explicit)",
          fix: "check the path, or run `rounds policy init --policy \(explicit)`")
      }
      return explicit
    }
    let beside = (databasePath as NSString).deletingLastPathComponent + "/" + fileName
    return FileManager.default.fileExists(atPath: beside) ? beside : nil
  }

  /// The policy at `path`, or the built-in defaults when `path` is nil. Throws a usage
  /// error naming the file and the first problem when the file is not valid.
  public static func load(_ path: String?) throws -> PracticePolicy {
    guard let path else { return PracticePolicy() }
    let (policy, problems) = try check(path)
    if let first = problems.first {
      let more = problems.count > 1 ? " (and \(problems.count - 1) more)" : ""
      throw RoundsError(
        .usage, "\(path): \(first)\(more)", fix: "run `rounds policy check --policy \(path)`")
    }
    return policy
  }

  /// Reads the file at `path` and returns the policy with every problem found.
  public static func check(_ path: String) throws -> (PracticePolicy, [PolicyProblem]) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw RoundsError(.notFound, "cannot read the policy file \(path)", fix: "check the path")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      return (PracticePolicy(), [PolicyProblem(line: nil, "the file is not UTF-8 text")])
    }
    var (policy, problems) = parse(text)
    policy.source = path
    problems.sort { ($0.line ?? 0) < ($1.line ?? 0) }
    return (policy, problems)
  }

  /// Parses policy text.
  public static func parse(_ text: String) -> (PracticePolicy, [PolicyProblem]) {
    let table: TOMLTable
    do {
      table = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      return (PracticePolicy(), [PolicyProblem(line: error.source.begin.line, error.description)])
    } catch {
      return (PracticePolicy(), [PolicyProblem(line: nil, "not valid TOML")])
    }
    var reader = PolicyReader(lines: PolicyLineIndex(text))
    let policy = reader.read(table)
    return (policy, reader.problems)
  }
}
