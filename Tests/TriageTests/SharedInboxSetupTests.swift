import Foundation
import Testing

@testable import Triage

@Suite struct SharedInboxSetupTests {
  private var ownGroup: String? {
    getgrgid(getgid()).map { String(cString: $0.pointee.gr_name) }
  }

  @Test func initialisingAgainWithoutTheGroupKeepsTheInboxShared() throws {
    let directory = try TemporaryDirectory()
    let path = directory.file("team/inbox.sqlite")
    let group = try #require(ownGroup)
    _ = try InboxStore.create(at: path, group: group)
    _ = try InboxStore.create(at: path)
    #expect(FileAccess.modeOf(path) == 0o660)
    #expect(FileAccess.modeOf(directory.file("team")) == 0o2770)
  }

  @Test func aPrivateInboxCanBeSharedLater() throws {
    let directory = try TemporaryDirectory()
    let path = directory.file("team/inbox.sqlite")
    let group = try #require(ownGroup)
    _ = try InboxStore.create(at: path)
    #expect(FileAccess.modeOf(path) == 0o600)
    _ = try InboxStore.create(at: path, group: group)
    #expect(FileAccess.modeOf(path) == 0o660)
    #expect(FileAccess.modeOf(directory.file("team")) == 0o2770)
    #expect(FileAccess.groupOf(path) == getgid())
  }

  /// As root this is covered by `SharedInboxTests` (a real user outside the group).
  @Test(.enabled(if: getuid() != 0, "root enters every folder: see SharedInboxTests"))
  func aFolderYouCannotEnterIsNamed() throws {
    let directory = try TemporaryDirectory()
    let path = directory.file("locked/inbox.sqlite")
    _ = try InboxStore.create(at: path)
    chmod(directory.file("locked"), 0o000)
    defer { chmod(directory.file("locked"), 0o700) }
    let error = #expect(throws: RoundsError.self) { try InboxStore.open(at: path) }
    #expect(error?.what.contains("you may not open the folder") == true)
  }
}
