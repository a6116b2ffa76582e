import Foundation
import Testing
import Triage

@testable import Inbox

/// The real runtime over a real inbox, acting through the real workflow: what the keys do
/// ends up in the database and the audit log exactly as the command line's would.
@Suite struct WorkflowRuntimeTests {
  static let messages = [
    message(
      1, "Is my knee MRI back? Call me at 555-867-5309", minutes: 1, category: .adviceRequest),
    message(2, "Do you have Saturday hours?", minutes: 2, category: .admin),
    message(3, "Buy followers now", minutes: 3, category: .spam),
  ]

  @Test func triageThenUndoRestoresItAndTheAuditLogHasBoth() throws {
    let store = try workflowStore(Self.messages)
    let app = try workflowRuntime(store)
    // Category picker: emergency is first; then the urgency picker: 3 is last.
    app.press(.char("C"), .char("g"), .enter, .char("G"), .enter)
    var item = try store.item(1)
    #expect(item.message.category == .emergency)
    #expect(item.message.urgency == 3)
    #expect(item.status == .triaged)
    #expect(item.triagedBy == "alice")
    #expect(app.state.list.rows[0].category == .emergency)
    #expect(app.screenText.contains("Message 1 triaged as emergency, urgency 3 (z undoes)"))
    app.press(.char("z"))
    item = try store.item(1)
    #expect(item.message.category == .adviceRequest)
    #expect(item.message.urgency == 0)
    #expect(app.screenText.contains("Undone: message 1 triaged as advice, urgency 0"))
    let history = try service(store, "alice").workflow.history(1)
    #expect(history.filter { $0.action == .triage }.count == 2)
  }

  @Test func tagsOnMarkedMessagesAndTheirUndo() throws {
    let store = try workflowStore(Self.messages)
    let app = try workflowRuntime(store, user: "amy")
    app.press(.char("t"), .char("t"), .char(";"), .char("+"))
    app.type("billing, Follow Up")
    app.press(.enter)
    #expect(try store.item(1).tags == ["billing", "follow up"])
    #expect(try store.item(2).tags == ["billing", "follow up"])
    #expect(try store.item(3).tags == [])
    #expect(app.screenText.contains("2 messages tagged billing, follow up (z undoes)"))
    app.press(.char("z"))
    #expect(try store.item(1).tags == [])
    #expect(try store.item(2).tags == [])
    // An assistant may not triage: the library's rule, said in the status bar.
    app.press(.char("C"))
    #expect(app.screenText.contains("triage: needs the clinician role"))
  }

  @Test func someoneElsesChangeIsAConflictShownAndReloaded() throws {
    let store = try workflowStore(Self.messages)
    let app = try workflowRuntime(store)
    // Bob assigns message 1 while Alice has it on screen at version 1.
    try service(store, "bob").workflow.assign(1, to: "bob")
    app.press(.char("$"))
    #expect(try store.item(1).status == .new, "nothing was overwritten")
    let notice = try #require(app.state.notice)
    #expect(notice.isError)
    #expect(notice.text.hasPrefix("message 1 changed since you read it: you had version 1"))
    #expect(notice.text.hasSuffix("nothing was overwritten"))
    #expect(app.screenText.contains("message 1 changed since you read it"))
    #expect(app.state.list.rows[0].version == 2, "the row was reloaded")
    #expect(app.state.undo == nil)
    // Now it acts on what Alice sees.
    app.press(.char("$"))
    #expect(try store.item(1).status == .spam)
  }

  @Test func theComposerAutosavesChecksRestoresAndSavesARevisionOnLeaving() throws {
    let store = try workflowStore(Self.messages)
    try service(store, "alice").workflow.triage(1, category: .adviceRequest)
    var app = try workflowRuntime(store)
    app.press(.enter, .char("r"))
    #expect(app.state.screen == .composer)
    app.type("As your doctor I can confirm your MRI is fine.")
    app.waitForBackground()
    // The live check found the block risk and highlights it.
    #expect(app.state.composer?.isChecked == true)
    #expect((app.state.composer?.blockCount ?? 0) > 0)
    #expect(app.screenText.contains("BLOCK"))
    let frame = app.frame
    let row = try #require(frame.lines.firstIndex { $0.hasPrefix(" As your doctor") })
    #expect(frame[1, row].style.attributes.contains(.underline))
    #expect(frame[1, row].style.attributes.contains(.bold))
    // The working copy is in the database, not as a revision.
    let autosave = try #require(try store.autosave(user: "alice", messageID: 1))
    #expect(autosave.text == "As your doctor I can confirm your MRI is fine.")
    #expect(try store.item(1).draft == nil)
    #expect(try service(store, "alice").workflow.history(1).allSatisfy { $0.action != .draftSave })

    // The terminal is gone without leaving the composer: a new session gets the text back.
    app = try workflowRuntime(store)
    app.press(.enter, .char("r"))
    #expect(app.state.composer?.text == "As your doctor I can confirm your MRI is fine.")
    #expect(app.screenText.contains("Restored the text you had not saved"))
    // Fix it: cut the line, write a safe reply, leave: one revision, the working copy gone.
    app.press(.ctrl("u"))
    app.type("Thank you for reaching out. Please call the office so we can help.")
    app.press(.escape)
    app.waitForBackground()
    #expect(app.state.screen == .reader)
    let item = try store.item(1)
    #expect(item.status == .drafting)
    #expect(item.draft?.revision == 1)
    #expect(
      item.draft?.text == "Thank you for reaching out. Please call the office so we can help.")
    #expect(try store.autosave(user: "alice", messageID: 1) == nil)
    let saves = try service(store, "alice").workflow.history(1).filter { $0.action == .draftSave }
    #expect(saves.count == 1)
  }

  @Test func submittingThenAnotherSupervisorApprovesWithAnOverride() throws {
    let store = try workflowStore(Self.messages)
    try service(store, "alice").workflow.triage(2, category: .admin)
    let alice = try workflowRuntime(store)
    alice.press(.char("j"), .char("A"))
    alice.type("As your doctor I can confirm you are our patient.")
    alice.waitForBackground()
    alice.press(.ctrl("r"))
    #expect(alice.screenText.contains("Submit this reply for review? The checker finds"))
    alice.press(.char("y"))
    #expect(try store.item(2).status == .inReview)
    #expect(
      alice.screenText.contains("Submitted revision 1 for review: a supervisor must approve it"))
    #expect(alice.screenText.contains("in review, a supervisor must approve it"))

    let bob = try workflowRuntime(store, user: "bob")
    bob.press(.char("V"))
    bob.waitForBackground()
    var screen = bob.screenText
    #expect(screen.contains("Review · 1 of 1 waiting"))
    #expect(screen.contains("ORIGINAL"))
    #expect(screen.contains("REPLY, revision 1 (written by alice)"))
    #expect(screen.contains("It still has a block risk"))
    bob.press(.char("a"))
    bob.type("confirmed with the patient")
    bob.press(.enter)
    #expect(bob.screenText.contains("why approve it anyway"))
    bob.type("the patient asked us to confirm publicly")
    bob.press(.enter)
    bob.waitForBackground()
    let item = try store.item(2)
    #expect(item.status == .approved)
    #expect(item.lastReview?.reviewer == "bob")
    #expect(item.lastReview?.overrideReason == "the patient asked us to confirm publicly")
    screen = bob.screenText
    #expect(screen.contains("Approved revision 1 of the reply to message 2 (override recorded)"))
    #expect(screen.contains("Nothing is waiting for review."))
  }

  @Test func theAuthorCannotApproveTheirOwnDraft() throws {
    let store = try workflowStore(Self.messages)
    let workflow = try service(store, "bob").workflow
    try workflow.triage(2, category: .admin)
    try workflow.saveDraft(2, text: "Our hours are 9 to 5 on Saturdays.")
    _ = try workflow.submit(2)
    let bob = try workflowRuntime(store, user: "bob")
    bob.press(.char("V"))
    bob.waitForBackground()
    #expect(
      bob.screenText.contains(
        "bob wrote part of the reply to message 2 and cannot review it (four eyes)"))
    bob.press(.char("a"))
    #expect(bob.state.overlay == nil)
    #expect(try store.item(2).status == .inReview)
  }

  @Test func theExternalEditorReplacesTheTextAndItIsChecked() throws {
    let store = try workflowStore(Self.messages)
    try service(store, "alice").workflow.triage(2, category: .admin)
    let editor = ExternalEditor(command: "printf 'Written in my editor.\\n' >")
    let app = try workflowRuntime(store, editor: editor)
    app.press(.char("j"), .char("e"))
    app.waitForBackground()
    #expect(app.state.screen == .composer)
    #expect(app.state.composer?.text == "Written in my editor.")
    #expect(app.state.composer?.isChecked == true)
    #expect(try store.autosave(user: "alice", messageID: 2)?.text == "Written in my editor.")
    // An editor that fails changes nothing.
    let failing = try workflowRuntime(
      store, editor: ExternalEditor(command: "exit 3; true"))
    failing.press(.char("j"), .char("A"), .ctrl("o"))
    #expect(failing.state.composer?.text == "Written in my editor.")
    #expect(failing.screenText.contains("exited with status 3"))
  }

  @Test func theDashboardShowsTheResponseTimeDistribution() throws {
    let store = try workflowStore(Self.messages)
    let alice = try service(store, "alice").workflow
    try alice.triage(2, category: .admin)
    try alice.saveDraft(2, text: "Our hours are 9 to 5.")
    _ = try alice.submit(2)
    try service(store, "bob").workflow.approve(2, note: "fine")
    let app = try workflowRuntime(store)
    app.press(.char("d"))
    app.waitForBackground()
    app.press(.char("G"))
    let screen = app.screenText
    #expect(screen.contains("Time to the first approved reply: distribution"))
    // Approved "before" the test clock's messages were written: under an hour.
    #expect(screen.contains("< 1h          1 100% █"))
    #expect(screen.contains("> 7d          0   0%"))
    #expect(try store.responseTimeDistribution().map(\.count).reduce(0, +) == 1)
  }
}
