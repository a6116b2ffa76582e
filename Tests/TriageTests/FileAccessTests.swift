import Foundation
import Testing

@testable import Triage

@Suite struct FileAccessTests {
  @Test func createsAPrivateFileInAPrivateFolder() throws {
    let directory = try TemporaryDirectory()
    let path = directory.file("nested/deeper/inbox.sqlite")
    _ = try InboxStore.create(at: path)
    #expect(FileAccess.modeOf(path) == 0o600)
    #expect(FileAccess.modeOf(directory.file("nested/deeper")) == 0o700)
    #expect(FileAccess.modeOf(directory.file("nested")) == 0o700)
  }

  @Test func refusesAFileEveryUserCanRead() throws {
    let directory = try TemporaryDirectory()
    let path = directory.file("inbox.sqlite")
    _ = try InboxStore.create(at: path)
    chmod(path, 0o644)
    let error = #expect(throws: RoundsError.self) { try InboxStore.open(at: path) }
    #expect(error?.kind == .permission)
    #expect(error?.fix?.contains("chmod 600 \(path)") == true)
  }

  @Test func refusesAFileEveryUserCanWrite() throws {
    let directory = try TemporaryDirectory()
    let path = directory.file("inbox.sqlite")
    _ = try InboxStore.create(at: path)
    chmod(path, 0o602)
    #expect(throws: RoundsError.self) { try InboxStore.open(at: path) }
  }

  @Test func refusesAFolderEveryUserCanRead() throws {
    let directory = try TemporaryDirectory()
    let path = directory.file("shared/inbox.sqlite")
    _ = try InboxStore.create(at: path)
    chmod(directory.file("shared"), 0o755)
    let error = #expect(throws: RoundsError.self) { try InboxStore.open(at: path) }
    #expect(error?.fix?.contains("chmod o-rwx") == true)
  }

  @Test func allowsGroupAccess() throws {
    let directory = try TemporaryDirectory()
    let path = directory.file("inbox.sqlite")
    _ = try InboxStore.create(at: path)
    chmod(path, 0o660)
    chmod(directory.path, 0o2770)
    _ = try InboxStore.open(at: path)
  }

  @Test func sharesWithAGroup() throws {
    let directory = try TemporaryDirectory()
    let path = directory.file("team/inbox.sqlite")
    guard let group = getgrgid(getgid()) else { return }
    let name = String(cString: group.pointee.gr_name)
    _ = try InboxStore.create(at: path, group: name)
    #expect(FileAccess.modeOf(path) == 0o660)
    #expect(FileAccess.modeOf(directory.file("team")) == 0o2770)
  }

  @Test func refusesAnUnknownGroup() throws {
    let directory = try TemporaryDirectory()
    let error = #expect(throws: RoundsError.self) {
      try InboxStore.create(at: directory.file("inbox.sqlite"), group: "no-such-group-rounds")
    }
    #expect(error?.kind == .notFound)
  }

  @Test func missingInboxesPointToInit() throws {
    let directory = try TemporaryDirectory()
    let path = directory.file("inbox.sqlite")
    let error = #expect(throws: RoundsError.self) { try InboxStore.open(at: path) }
    #expect(error?.fix?.contains("rounds init --db \(path)") == true)
  }

  @Test func resolvesTheDefaultLocation() {
    #expect(
      StoreLocation.resolve(explicit: "/a/b.sqlite", environment: ["ROUNDS_DB": "/c"])
        == "/a/b.sqlite")
    #expect(
      StoreLocation.resolve(explicit: nil, environment: ["ROUNDS_DB": "/c/d.sqlite"])
        == "/c/d.sqlite")
    #expect(
      StoreLocation.resolve(
        explicit: nil, environment: ["XDG_DATA_HOME": "/xdg", "HOME": "/home/u"])
        == "/xdg/rounds/inbox.sqlite")
    #expect(
      StoreLocation.resolve(
        explicit: nil, environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/u"])
        == "/home/u/.local/share/rounds/inbox.sqlite")
    #expect(
      StoreLocation.resolve(explicit: nil, environment: ["HOME": "/home/u"])
        == "/home/u/.local/share/rounds/inbox.sqlite")
  }
}
