import Foundation
import Testing

@testable import Triage

@Suite struct PolicyTests {
  @Test func theExampleIsValidAndComplete() {
    let (policy, problems) = PolicyLoader.parse(PolicyExample.text)
    #expect(problems.isEmpty, "\(problems)")
    #expect(policy.practiceName == "Example Family Medicine")
    #expect(policy.phone == "(555) 010-0100")
    #expect(policy.handles == ["examplefm"])
    #expect(policy.allApprovedDomains.contains("portal.example.org"))
    #expect(policy.requiresReview(.warn) && !policy.requiresReview(.info))
    #expect(policy.reviewPolicy.threshold == .warn)
    #expect(policy.triageAdditions[.admin] == ["flu shot clinic"])
    #expect(policy.replyAdditions["tone"] == ["do your homework"])
    #expect(policy.triageRemovals[.spam] == ["free"])
    #expect(policy.profile.phones == ["(555) 010-0100"])
    #expect(policy.profile.websites.contains("https://portal.example.org"))
  }

  @Test func defaultsWithoutAFile() throws {
    let policy = try PolicyLoader.load(nil)
    #expect(policy.source == nil)
    #expect(policy.reviewAll)
    #expect(policy.reviewPolicy == .default)
    #expect(policy.allApprovedDomains.contains("988lifeline.org"))
  }

  @Test func everyProblemHasItsLine() {
    let text = """
      [practice]
      name = "Clinic"
      phone = "12"
      portal = "portal.example.org"
      nmae = "typo"
      staff = "Dr. A"

      [review]
      require_for = ["block", "urgent"]

      [lexicon.add]
      emergency = ["(broken"]
      weather = ["rain"]

      [colors]
      x = 1
      """
    let (_, problems) = PolicyLoader.parse(text)
    let lines = problems.compactMap(\.line).sorted()
    #expect(lines == [3, 4, 5, 6, 9, 12, 13, 15], "\(problems)")
    #expect(problems.contains { $0.line == 5 && $0.message.contains("practice.nmae") })
    #expect(problems.contains { $0.line == 6 && $0.message.contains("list of strings") })
    #expect(problems.contains { $0.line == 12 && $0.message.contains("(broken") })
  }

  @Test func syntaxErrorsNameTheLine() {
    let (_, problems) = PolicyLoader.parse("[practice]\nname = \"Clinic\nphone = 1\n")
    #expect(problems.count == 1)
    #expect(problems.first?.line == 2)
  }

  @Test func aPolicyIsFoundBesideTheDatabase() throws {
    let folder = TestRoot.newFolder()
    let database = folder + "/inbox.sqlite"
    #expect(try PolicyLoader.locate(explicit: nil, databasePath: database) == nil)
    try PolicyExample.text.write(toFile: folder + "/rounds.toml", atomically: true, encoding: .utf8)
    #expect(
      try PolicyLoader.locate(explicit: nil, databasePath: database) == folder + "/rounds.toml")
    #expect(throws: RoundsError.self) {
      try PolicyLoader.locate(explicit: folder + "/missing.toml", databasePath: database)
    }
    try "[practice]\nphone = 5\n".write(
      toFile: folder + "/bad.toml", atomically: true, encoding: .utf8)
    #expect(throws: RoundsError.self) { try PolicyLoader.load(folder + "/bad.toml") }
  }
}
