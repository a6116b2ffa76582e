import Foundation
import Testing

@testable import Inbox
@testable import Triage

/// The composer as pure state changes: what it asks the workflow and the background lanes
/// for, and what their answers do.
@Suite struct ComposerUpdateTests {
  static let messages = [
    message(1, "Is my knee MRI back?", minutes: 1, status: .new, category: .adviceRequest),
    message(2, "Do you have Saturday hours?", minutes: 2, status: .triaged, category: .admin),
  ]

  static let templates = [
    TemplateChoice(
      name: "appointment", title: "Appointment request",
      text: "Please call us at (555) 010-0100.", category: .admin)
  ]

  static func risk(_ severity: Severity, _ start: Int, _ end: Int, _ text: String) -> Finding {
    Finding(
      detector: "reply", category: "relationship", severity: severity, start: start, end: end,
      text: text, rule: "reply.relationship.confirm", explanation: "confirms a patient",
      suggestion: "Answer in general terms")
  }

  /// The composer open on message 2, loaded, with `draft` as its saved revision.
  static func composing(draft: String? = nil, autosave: String? = nil) -> InboxState {
    var current = actingState(messages)
    _ = Update.apply(.key(.char("j")), to: &current)
    let opened = Update.apply(.key(.char("A")), to: &current)
    #expect(opened == [.openComposer(2)])
    #expect(current.screen == .composer)
    var item = WorkItem(message: messages[1])
    if let draft {
      item.message.status = .drafting
      item.message.version = 3
      item.draft = Draft(
        id: 1, messageID: 2, author: "alice", text: draft, createdAt: testNow,
        updatedAt: testNow, revision: 1)
    }
    let saved = autosave.map {
      ComposerAutosave(
        user: "alice", messageID: 2, text: $0, cursor: 3, baseVersion: 1, baseRevision: nil,
        savedAt: testNow)
    }
    _ = Update.apply(
      .composerLoaded(
        2, ComposerData(item: item, autosave: saved, triage: nil, templates: templates)),
      to: &current)
    return current
  }

  static func type(_ text: String, _ state: inout InboxState) -> [Effect] {
    var effects: [Effect] = []
    for character in text { effects = Update.apply(.key(.char(character)), to: &state) }
    return effects
  }

  @Test func aNewMessageMustBeTriagedBeforeAReply() {
    var current = actingState(Self.messages)
    let effects = Update.apply(.key(.char("A")), to: &current)
    #expect(effects.isEmpty)
    #expect(
      current.notice?.text.hasPrefix("cannot save a draft reply to message 1: its status is new")
        == true)
  }

  @Test func typingAsksForACheckAndAnAutosaveOfThatRevision() throws {
    var current = Self.composing()
    #expect(current.composer?.text == "")
    // Characters are text here, even those that are keys elsewhere (q, ?, j).
    let effects = Self.type("q? j", &current)
    let composer = try #require(current.composer)
    #expect(composer.text == "q? j")
    #expect(composer.editor.revision == 4)
    #expect(effects.count == 2)
    guard case .checkReply(let check) = effects[0], case .autosave(let save) = effects[1] else {
      Issue.record("expected a check and an autosave, got \(effects)")
      return
    }
    #expect(check.revision == 4)
    #expect(check.text == "q? j")
    #expect(check.original.text == "Do you have Saturday hours?")
    #expect(
      save
        == AutosaveRequest(
          messageID: 2, revision: 4, text: "q? j", cursor: 4, baseVersion: 1, baseRevision: nil))
    #expect(effects.allSatisfy { $0.isSlow })
    // Moving the cursor changes nothing to check or save.
    #expect(Update.apply(.key(.left), to: &current).isEmpty)
  }

  @Test func checksForOldTextNeverReplaceNewerOnes() {
    var current = Self.composing()
    _ = Self.type("As your doctor", &current)
    let risk = Self.risk(.block, 0, 14, "As your doctor")
    _ = Update.apply(.replyChecked(2, revision: 14, [risk]), to: &current)
    #expect(current.composer?.isChecked == true)
    #expect(current.composer?.blockCount == 1)
    _ = Update.apply(.replyChecked(2, revision: 3, []), to: &current)
    #expect(current.composer?.risks == [risk])
    _ = Update.apply(.key(.char(",")), to: &current)
    #expect(current.composer?.isChecked == false)
  }

  @Test func leavingSavesARevisionThenGoesBack() {
    var current = Self.composing()
    _ = Self.type("Hi", &current)
    let effects = Update.apply(.key(.escape), to: &current)
    #expect(effects == [.saveDraft(2, text: "Hi", expecting: 1, then: .close)])
    #expect(current.screen == .composer, "still there until the save is answered")
    var saved = WorkItem(message: Self.messages[1])
    saved.message.status = .drafting
    saved.message.version = 2
    saved.draft = Draft(
      id: 1, messageID: 2, author: "alice", text: "Hi", createdAt: testNow, updatedAt: testNow)
    let after = Update.apply(.draftSaved(2, saved, then: .close), to: &current)
    #expect(after.first == .clearAutosave(2))
    #expect(current.screen == .list)
    #expect(current.composer == nil)
    #expect(current.list.rows[1].status == .drafting)
    #expect(current.notice?.text == "Saved revision 1 of the reply to message 2")
  }

  @Test func leavingUnchangedSavesNothingAndDropsTheWorkingCopy() {
    var current = Self.composing(draft: "Our hours are 9-5.")
    #expect(current.composer?.text == "Our hours are 9-5.")
    let effects = Update.apply(.key(.escape), to: &current)
    #expect(effects == [.clearAutosave(2)])
    #expect(current.screen == .list)
  }

  @Test func aFailedSaveKeepsTheTextAndTheSecondEscLeavesWithoutSaving() {
    var current = Self.composing(draft: "Our hours are 9-5.")
    _ = Self.type(" Call us.", &current)
    _ = Update.apply(.key(.escape), to: &current)
    let conflict = Problem(
      .conflict,
      "message 2 changed since you read it: you had version 3, it is now version 4 (last by bob: draft.save)"
    )
    let effects = Update.apply(.composerFailed(2, conflict, leaving: .close), to: &current)
    #expect(effects == [.openComposer(2)])
    #expect(current.screen == .composer)
    #expect(current.notice?.isError == true)
    #expect(current.notice?.text.contains("your text is kept") == true)
    #expect(current.notice?.text.hasSuffix("Esc again to go without saving a revision") == true)
    // The reload brings the new version; the person's text stays.
    var newer = WorkItem(message: Self.messages[1])
    newer.message.status = .drafting
    newer.message.version = 4
    newer.draft = Draft(
      id: 1, messageID: 2, author: "bob", text: "Bob's version", createdAt: testNow,
      updatedAt: testNow, revision: 2)
    _ = Update.apply(
      .composerLoaded(2, ComposerData(item: newer, autosave: nil, triage: nil, templates: [])),
      to: &current)
    #expect(current.composer?.text == "Our hours are 9-5. Call us.")
    #expect(current.composer?.baseVersion == 4)
    #expect(Update.apply(.key(.escape), to: &current).isEmpty, "the working copy stays")
    #expect(current.screen == .list)
    #expect(current.notice?.text == "Left without saving a revision: your text stays autosaved")
  }

  @Test func anUnsavedWorkingCopyIsRestored() {
    let current = Self.composing(draft: "Our hours are 9-5.", autosave: "Our hours are 9-6 now")
    #expect(current.composer?.text == "Our hours are 9-6 now")
    #expect(current.composer?.editor.cursor == 3)
    #expect(current.composer?.hasUnsavedChanges == true)
    #expect(
      current.notice?.text
        == "Restored the text you had not saved (autosaved 2027-01-15 08:00 UTC); the message has changed since (version 1 → 3)"
    )
  }

  @Test func submittingAsksFirstWithTheRisks() {
    var current = Self.composing()
    _ = Self.type("As your doctor", &current)
    _ = Update.apply(
      .replyChecked(2, revision: 14, [Self.risk(.block, 0, 14, "As your doctor")]), to: &current)
    _ = Update.apply(.key(.ctrl("r")), to: &current)
    #expect(
      current.overlay
        == .confirm(
          Confirmation("Submit this reply for review? The checker finds 1 block.", .submitDraft)))
    let effects = Update.apply(.key(.char("y")), to: &current)
    #expect(effects == [.submitDraft(2, text: "As your doctor", expecting: 1)])
    var item = WorkItem(message: Self.messages[1])
    item.message.status = .inReview
    item.message.version = 3
    item.draft = Draft(
      id: 1, messageID: 2, author: "alice", text: "As your doctor", createdAt: testNow,
      updatedAt: testNow, revision: 1, submittedRevision: 1)
    let after = Update.apply(
      .submitted(
        2,
        Workflow.Submission(
          item: item, risks: [Self.risk(.block, 0, 14, "As your doctor")], reviewRequired: true)),
      to: &current)
    #expect(after.first == .clearAutosave(2))
    #expect(current.composer?.submission?.reviewRequired == true)
    #expect(current.notice?.text == "Submitted revision 1 for review: a supervisor must approve it")
    #expect(current.composer?.hasUnsavedChanges == false)
  }

  @Test func templatesPastesAndTheExternalEditorEditTheText() {
    var current = Self.composing()
    _ = Update.apply(.key(.ctrl("t")), to: &current)
    var effects = Update.apply(.key(.enter), to: &current)
    #expect(current.composer?.text == "Please call us at (555) 010-0100.")
    #expect(effects.count == 2)
    effects = Update.apply(.paste("\nThanks!\r\n— The team"), to: &current)
    #expect(current.composer?.text == "Please call us at (555) 010-0100.\nThanks!\n— The team")
    #expect(effects.count == 2)
    effects = Update.apply(.key(.ctrl("o")), to: &current)
    #expect(
      effects == [
        .editExternally(2, text: "Please call us at (555) 010-0100.\nThanks!\n— The team")
      ])
    effects = Update.apply(.externalEdited(2, "Edited elsewhere\n"), to: &current)
    #expect(current.composer?.text == "Edited elsewhere")
    #expect(current.notice?.text == "Back from the editor (C-z undoes the change)")
    _ = Update.apply(.key(.ctrl("z")), to: &current)
    #expect(current.composer?.text == "Please call us at (555) 010-0100.\nThanks!\n— The team")
  }

  @Test func quittingFromTheComposerSavesFirst() {
    var current = Self.composing()
    _ = Self.type("Hello", &current)
    let effects = Update.apply(.key(.ctrl("c")), to: &current)
    #expect(effects == [.saveDraft(2, text: "Hello", expecting: 1, then: .quit)])
    #expect(!current.isQuitting)
    var saved = WorkItem(message: Self.messages[1])
    saved.draft = Draft(
      id: 1, messageID: 2, author: "alice", text: "Hello", createdAt: testNow, updatedAt: testNow)
    let after = Update.apply(.draftSaved(2, saved, then: .quit), to: &current)
    #expect(after.contains(.quit))
    #expect(current.isQuitting)
  }

  @Test func theCursorStaysOnScreenInALongReply() throws {
    var current = Self.composing()
    for _ in 0..<60 { _ = Update.apply(.key(.enter), to: &current) }
    let layout = ComposerLayout(size: current.size)
    let composer = try #require(current.composer)
    #expect(composer.scroll == 61 - layout.editor.height)
    _ = Update.apply(.key(.ctrlHome), to: &current)
    #expect(current.composer?.scroll == 0)
  }
}
