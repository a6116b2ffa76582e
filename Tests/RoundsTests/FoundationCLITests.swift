import Foundation
import Testing

@Suite struct FoundationCLITests {
  @Test func initStaffAddThenListJSON() throws {
    let scratch = try Scratch()
    let db = scratch.path + "/x/inbox.sqlite"
    let created = try scratch.run(["init", "--db", db])
    #expect(created.status == 0, "\(created.stderr)")
    #expect(try permissions(db) == "600")
    #expect(try permissions(scratch.path + "/x") == "700")

    let listed = try scratch.run(["list", "--db", db, "--json"])
    #expect(listed.status == 0)
    #expect(listed.stdout == "[]\n")

    let added = try scratch.run(["staff", "add", "alice", "--role", "clinician", "--db", db])
    #expect(added.status == 0, "\(added.stderr)")
    let staff = try scratch.run(["staff", "list", "--json", "--db", db])
    let members =
      try JSONSerialization.jsonObject(with: Data(staff.stdout.utf8)) as? [[String: Any]]
    let roles = Dictionary(
      uniqueKeysWithValues: (members ?? []).map { ($0["user"] as! String, $0["role"] as! String) })
    #expect(roles["alice"] == "clinician")
    #expect(roles.values.contains("supervisor"))
  }

  @Test func theDatabaseComesFromTheEnvironmentWhenNoFlagIsGiven() throws {
    let scratch = try Scratch()
    let db = scratch.path + "/env/inbox.sqlite"
    #expect(try scratch.run(["init"], environment: ["ROUNDS_DB": db]).status == 0)
    #expect(FileManager.default.fileExists(atPath: db))
    #expect(try scratch.run(["init"]).status == 0)
    #expect(FileManager.default.fileExists(atPath: scratch.path + "/data/rounds/inbox.sqlite"))
  }

  @Test func initTwiceChangesNothing() throws {
    let scratch = try Scratch()
    let db = scratch.path + "/inbox.sqlite"
    #expect(try scratch.run(["init", "--db", db]).status == 0)
    let again = try scratch.run(["init", "--db", db])
    #expect(again.status == 0)
    #expect(again.stdout.contains("ready"))
  }

  @Test func usageErrorsExitWithTwoOnOneLine() throws {
    let scratch = try Scratch()
    let result = try scratch.run(["list", "--no-such-flag"])
    #expect(result.status == 2)
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(result.stderr.contains("--no-such-flag"))
    let badRole = try scratch.run(["staff", "add", "bob", "--role", "boss"])
    #expect(badRole.status == 2)
  }

  @Test func runtimeErrorsExitWithOneAndSayWhatToDo() throws {
    let scratch = try Scratch()
    let db = scratch.path + "/missing/inbox.sqlite"
    let result = try scratch.run(["list", "--db", db])
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "rounds: there is no inbox at \(db); run `rounds init --db \(db)` first, or pass the right --db\n"
    )
    #expect(try scratch.run(["show", "99", "--db", db]).status == 1)
  }

  @Test func aWorldReadableDatabaseIsRefused() throws {
    let scratch = try Scratch()
    let db = scratch.path + "/inbox.sqlite"
    #expect(try scratch.run(["init", "--db", db]).status == 0)
    chmod(db, 0o644)
    let result = try scratch.run(["list", "--db", db])
    #expect(result.status == 1)
    #expect(result.stderr.contains("chmod 600 \(db)"))
  }

  @Test func showAndStatsOnAnEmptyInbox() throws {
    let scratch = try Scratch()
    let db = scratch.path + "/inbox.sqlite"
    #expect(try scratch.run(["init", "--db", db]).status == 0)
    let missing = try scratch.run(["show", "1", "--db", db])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("there is no message 1"))
    let stats = try scratch.run(["stats", "--json", "--db", db])
    #expect(stats.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any]
    #expect(object?["total"] as? Int == 0)
  }

  @Test func completionScriptsAreGenerated() throws {
    let scratch = try Scratch()
    let result = try scratch.run(["--generate-completion-script", "bash"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("_rounds"))
  }
}

/// The permission bits of a file in octal, as `stat -c %a` prints them.
func permissions(_ path: String) throws -> String {
  let attributes = try FileManager.default.attributesOfItem(atPath: path)
  let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0
  return String(mode & 0o7777, radix: 8)
}
