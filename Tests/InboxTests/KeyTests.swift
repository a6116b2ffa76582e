import Foundation
import Testing
import Triage

@testable import Inbox

@Suite struct KeyTests {
  @Test func keyNamesRoundTrip() {
    let keys: [Key] = [
      .char("j"), .char("G"), .char("/"), .char(" "), .char("<"), .ctrl("l"), .up, .down,
      .pageUp, .pageDown, .home, .end, .enter, .escape, .backspace, .delete, .tab, .backTab,
      .function(1), .function(12),
    ]
    for key in keys {
      #expect(Key(name: key.name) == key, "\(key.name)")
    }
    #expect(Key(name: "<pagedown>") == .pageDown)
    #expect(Key(name: "<CR>") == .enter)
    #expect(Key(name: "C-X") == .ctrl("x"))
    #expect(Key(name: "") == nil)
    #expect(Key(name: "<Nope>") == nil)
    #expect(Key(name: "jj") == nil)
  }

  @Test func everyActionHasKeysASummaryAndNoDefaultKeyIsBoundTwice() {
    let table = ActionTable.standard
    #expect(Set(table.specs.map(\.id)).count == table.specs.count)
    for spec in table.specs {
      #expect(!spec.summary.isEmpty)
      #expect(!spec.keys.isEmpty, "\(spec.id) has no key")
    }
    for context in KeyContext.allCases {
      let keys = table.specs.flatMap { $0.keys[context] ?? [] }
      #expect(Set(keys).count == keys.count, "a key is bound twice in \(context)")
    }
  }

  @Test func screensFallBackToGenericBindings() {
    let map = KeyMap()
    #expect(map.action(for: .char("q"), in: .list) == .quit)
    #expect(map.action(for: .char("q"), in: .reader) == .close)
    #expect(map.action(for: .char("?"), in: .reader) == .help)
    #expect(map.action(for: .char("j"), in: .list) == .moveDown)
    #expect(map.keys(for: .help, in: .list) == [.char("?"), .function(1)])
  }

  @Test func theRoleGateAndMissingSubsystemsDisableActions() {
    let table = ActionTable.standard
    #expect(table.availability(of: .moveDown, role: nil, capabilities: []) == .available)
    #expect(
      table.availability(of: .filterMine, role: nil, capabilities: [.workflow])
        == .needsRole(.assistant))
    #expect(
      table.availability(of: .filterMine, role: .supervisor, capabilities: [])
        == .needs(.workflow))
    #expect(
      table.availability(of: .filterMine, role: .assistant, capabilities: [.workflow])
        == .available)
    let gated = ActionTable([
      ActionSpec("approve", "Approve", keys: [.reader: [.char("a")]], minimumRole: .supervisor)
    ])
    #expect(
      gated.availability(of: "approve", role: .clinician, capabilities: [])
        == .needsRole(.supervisor))
    #expect(gated.availability(of: "approve", role: .supervisor, capabilities: []) == .available)
  }

  @Test func keysConfRebindsAndUnbinds() throws {
    let text = """
      # my keys
      bind list J move-down   # trailing comment
      bind generic C-q quit
      unbind list d
      bind list # filter-tag
      bind reader <Space> page-down

      """
    let map = try KeyConfig.apply(text, to: KeyMap(), source: "keys.conf")
    #expect(map.action(for: .char("J"), in: .list) == .moveDown)
    #expect(map.action(for: .char("j"), in: .list) == .moveDown)
    #expect(map.action(for: .ctrl("q"), in: .reader) == .quit)
    #expect(map.action(for: .char("d"), in: .list) == nil)
    #expect(map.action(for: .char("#"), in: .list) == .filterTag)
  }

  @Test func keysConfMistakesNameTheLine() {
    let cases: [(String, String)] = [
      ("bind list j fly", "keys.conf line 1: unknown action \"fly\""),
      ("\nbind lists j quit", "keys.conf line 2: unknown context \"lists\""),
      ("bind list <Nope> quit", "keys.conf line 1: unknown key \"<Nope>\""),
      ("bind list j", "keys.conf line 1: bind takes a context, a key and an action"),
      ("map list j quit", "keys.conf line 1: unknown command \"map\""),
      ("bind reader s filter-status", "keys.conf line 1: filter-status does nothing in reader"),
    ]
    for (text, expected) in cases {
      do {
        _ = try KeyConfig.apply(text, to: KeyMap(), source: "keys.conf")
        Issue.record("accepted \(text)")
      } catch let error as RoundsError {
        #expect(error.kind == .usage)
        #expect(error.what.hasPrefix(expected), "\(error.what)")
      } catch {
        Issue.record("unexpected \(error)")
      }
    }
  }

  @Test func theDefaultKeysFileFollowsXDG() {
    #expect(
      KeyConfig.defaultPath(environment: ["XDG_CONFIG_HOME": "/c", "HOME": "/h"])
        == "/c/rounds/keys.conf")
    #expect(
      KeyConfig.defaultPath(environment: ["XDG_CONFIG_HOME": "rel", "HOME": "/h"])
        == "/h/.config/rounds/keys.conf")
  }

  @Test func aMissingKeysFileMeansTheDefaults() throws {
    let map = try KeyConfig.load(path: "/nonexistent/keys.conf")
    #expect(map.action(for: .char("j"), in: .list) == .moveDown)
  }
}

@Suite struct KeyDocsTests {
  /// docs/tui.md documents every action of the table (the help screen is generated; the
  /// document is written, so a test keeps them together).
  @Test func everyActionIsInTheDocs() throws {
    let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/tui.md")
    let text = try String(contentsOf: docs, encoding: .utf8)
    for spec in ActionTable.standard.specs where spec.id.viewNumber == nil {
      #expect(text.contains("`\(spec.id.rawValue)`"), "\(spec.id) is not in docs/tui.md")
    }
    #expect(text.contains("`view-1` … `view-9`"))
  }
}
