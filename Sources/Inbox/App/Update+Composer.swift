import Foundation
import Triage

/// The composer: editing, the live check, the autosave, saving revisions and submitting, all
/// as state changes and effects (the workflow does the saving).
extension Update {
  static func openComposer(_ id: Int64, inEditor: Bool, _ state: inout InboxState) -> [Effect] {
    state.composer = ComposerState(messageID: id, startInEditor: inEditor)
    state.screens.append(.composer)
    return [.openComposer(id)]
  }

  static func composerAction(_ id: ActionID, _ state: inout InboxState) -> [Effect] {
    guard var composer = state.composer, composer.isLoaded else {
      state.notice = Notice("The message is still loading")
      return []
    }
    let layout = ComposerLayout(size: state.size)
    let wrapped = EditorLayout(composer.editor.characters, width: layout.editor.width)
    let before = composer.editor.revision
    var editor = composer.editor
    switch id {
    case .cursorLeft: editor.moveLeft()
    case .cursorRight: editor.moveRight()
    case .wordLeft: editor.moveWordLeft()
    case .wordRight: editor.moveWordRight()
    case .moveUp: editor.moveVertically(by: -1, layout: wrapped)
    case .moveDown: editor.moveVertically(by: 1, layout: wrapped)
    case .pageUp: editor.moveVertically(by: -max(1, layout.editor.height - 1), layout: wrapped)
    case .pageDown: editor.moveVertically(by: max(1, layout.editor.height - 1), layout: wrapped)
    case .first: editor.moveToStart()
    case .last: editor.moveToEnd()
    case .lineStart: editor.moveToRowStart(layout: wrapped)
    case .lineEnd: editor.moveToRowEnd(layout: wrapped)
    case .newline: editor.insert("\n")
    case .deleteBack: editor.deleteBackward()
    case .deleteForward: editor.deleteForward()
    case .deleteWordBack: editor.cutWordBackward()
    case .deleteWordForward: editor.cutWordForward()
    case .cutToLineEnd: editor.cutToLineEnd()
    case .cutToLineStart: editor.cutToLineStart()
    case .pasteCut: editor.paste()
    case .undoEdit:
      guard editor.canUndo else {
        state.notice = Notice("Nothing to undo")
        return []
      }
      editor.undo()
    case .redoEdit:
      guard editor.canRedo else {
        state.notice = Notice("Nothing to redo")
        return []
      }
      editor.redo()
    case .saveDraft: return saveDraft(&state)
    case .submit: return askToSubmit(&state)
    case .insertTemplate:
      guard !composer.templates.isEmpty else {
        state.notice = Notice("There are no templates (see `rounds templates`)")
        return []
      }
      state.overlay = .picker(
        Picker(
          title: "Insert a template",
          options: composer.templates.enumerated().map {
            Picker.Option("\($0.element.name): \($0.element.title)", .template($0.offset))
          }))
      return []
    case .openEditor:
      return [.editExternally(composer.messageID, text: composer.text)]
    default:
      return []
    }
    composer.editor = editor
    state.composer = composer
    keepCursorVisible(&state)
    return composer.editor.revision == before ? [] : textChanged(&state)
  }

  /// Typed (or pasted) text at the cursor.
  static func type(_ text: String, _ state: inout InboxState) -> [Effect] {
    guard state.composer?.isLoaded == true else { return [] }
    let before = state.composer?.editor.revision
    state.composer?.editor.insert(text)
    keepCursorVisible(&state)
    return state.composer?.editor.revision == before ? [] : textChanged(&state)
  }

  /// After every change: check the new text and autosave it (both in the background, the
  /// latest request winning).
  static func textChanged(_ state: inout InboxState) -> [Effect] {
    guard var composer = state.composer, let item = composer.item else { return [] }
    composer.submission = nil
    composer.leaveFailed = false
    state.composer = composer
    let message = item.message
    return [
      .checkReply(
        ReplyCheckRequest(
          messageID: composer.messageID, revision: composer.editor.revision,
          text: composer.text,
          original: ReplyOriginal(
            text: message.text, platform: message.platform, authorHandle: message.authorHandle),
          triage: composer.triage)),
      .autosave(
        AutosaveRequest(
          messageID: composer.messageID, revision: composer.editor.revision,
          text: composer.text, cursor: composer.editor.cursor, baseVersion: composer.baseVersion,
          baseRevision: item.draft?.revision)),
    ]
  }

  /// Scrolls the reply so the cursor's row is on screen.
  static func keepCursorVisible(_ state: inout InboxState) {
    guard let composer = state.composer else { return }
    let layout = ComposerLayout(size: state.size)
    let wrapped = EditorLayout(composer.editor.characters, width: layout.editor.width)
    let row = wrapped.position(of: composer.editor.cursor).row
    var scroll = composer.scroll
    if row < scroll { scroll = row }
    if row >= scroll + layout.editor.height { scroll = row - layout.editor.height + 1 }
    scroll = max(0, min(scroll, max(0, wrapped.rows.count - layout.editor.height)))
    state.composer?.scroll = min(scroll, row)
  }

  static func saveDraft(_ state: inout InboxState) -> [Effect] {
    guard let composer = state.composer, let item = composer.item else { return [] }
    if composer.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      state.notice = Notice("Nothing to save: the reply is empty")
      return []
    }
    if !composer.hasUnsavedChanges, item.status == .drafting {
      state.notice = Notice("Saved already (revision \(item.draft?.revision ?? 0))")
      return []
    }
    return [
      .saveDraft(
        composer.messageID, text: composer.text, expecting: composer.baseVersion, then: nil)
    ]
  }

  /// Esc or quit: saves a revision when the text changed, then goes (the save's answer
  /// finishes the move). A second try after a failed save goes without saving.
  static func leaveComposer(_ leaving: ComposerState.Leaving, _ state: inout InboxState)
    -> [Effect]
  {
    guard let composer = state.composer else { return [] }
    let empty = composer.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    if !composer.isLoaded || composer.leaveFailed || !composer.hasUnsavedChanges || empty {
      var effects: [Effect] = []
      // Nothing worth keeping: the working copy goes. After a failed save it stays.
      if composer.isLoaded, !composer.leaveFailed, !composer.hasUnsavedChanges || empty {
        effects.append(.clearAutosave(composer.messageID))
      }
      if composer.leaveFailed {
        state.notice = Notice("Left without saving a revision: your text stays autosaved")
      } else if empty, composer.hasUnsavedChanges {
        state.notice = Notice("The reply was empty: nothing saved")
      }
      return effects + finishLeaving(leaving, &state)
    }
    state.composer?.leaving = leaving
    return [
      .saveDraft(
        composer.messageID, text: composer.text, expecting: composer.baseVersion, then: leaving)
    ]
  }

  static func finishLeaving(_ leaving: ComposerState.Leaving, _ state: inout InboxState)
    -> [Effect]
  {
    state.composer = nil
    state.screens.removeAll { $0 == .composer }
    if leaving == .quit {
      state.isQuitting = true
      return [.quit]
    }
    return []
  }

  static func askToSubmit(_ state: inout InboxState) -> [Effect] {
    guard let composer = state.composer else { return [] }
    if composer.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      state.notice = Notice("Nothing to submit: the reply is empty")
      return []
    }
    var question = "Submit this reply for review?"
    if composer.isChecked {
      let counts = Severity.allCases.reversed().compactMap { severity -> String? in
        let count = composer.risks.filter { $0.severity == severity }.count
        return count > 0 ? "\(count) \(severity.rawValue)" : nil
      }
      question +=
        counts.isEmpty
        ? " The checker finds no risk."
        : " The checker finds " + counts.joined(separator: ", ") + "."
    }
    state.overlay = .confirm(Confirmation(question, .submitDraft))
    return []
  }

  static func submitDraft(_ state: inout InboxState) -> [Effect] {
    guard let composer = state.composer, composer.isLoaded else { return [] }
    return [.submitDraft(composer.messageID, text: composer.text, expecting: composer.baseVersion)]
  }

  static func insertTemplate(_ index: Int, _ state: inout InboxState) -> [Effect] {
    guard let composer = state.composer, composer.templates.indices.contains(index) else {
      return []
    }
    let template = composer.templates[index]
    if composer.editor.isEmpty {
      state.composer?.editor.replaceAll(with: template.text)
    } else {
      state.composer?.editor.insert(template.text, kind: .other)
    }
    state.notice = Notice("Inserted the template \(template.name)")
    keepCursorVisible(&state)
    return textChanged(&state)
  }

  /// Results of the composer's work.
  static func composerLoaded(_ action: Action, _ state: inout InboxState) -> [Effect] {
    switch action {
    case .composerLoaded(let id, let data):
      guard state.composer?.messageID == id else { return [] }
      return loadComposer(data, &state)
    case .replyChecked(let id, let revision, let risks):
      guard var composer = state.composer, composer.messageID == id,
        revision <= composer.editor.revision, revision >= (composer.checkedRevision ?? -1)
      else { return [] }
      composer.risks = risks
      composer.checkedRevision = revision
      state.composer = composer
      return []
    case .autosaved(let id, let revision, let date):
      guard state.composer?.messageID == id else { return [] }
      state.composer?.autosavedRevision = revision
      state.composer?.autosavedAt = date
      return []
    case .draftSaved(let id, let item, let then):
      updateEverywhere(item, &state)
      guard var composer = state.composer, composer.messageID == id else { return [] }
      composer.item = item
      composer.baseVersion = item.version
      composer.savedText = TextEditor.clean(item.draft?.text ?? "")
      composer.leaving = nil
      state.composer = composer
      let revision = item.draft?.revision ?? 0
      state.notice = Notice("Saved revision \(revision) of the reply to message \(id)")
      var effects: [Effect] = [.clearAutosave(id)] + recount(state)
      if let then { effects += finishLeaving(then, &state) }
      return effects
    case .submitted(let id, let submission):
      updateEverywhere(submission.item, &state)
      guard var composer = state.composer, composer.messageID == id else { return [] }
      let item = submission.item
      composer.item = item
      composer.baseVersion = item.version
      composer.savedText = TextEditor.clean(item.draft?.text ?? "")
      if let risks = submission.risks {
        composer.risks = risks
        composer.checkedRevision = composer.editor.revision
      }
      let revision = item.draft?.revision ?? 0
      composer.submission = SubmissionSummary(
        revision: revision, reviewRequired: submission.reviewRequired, risks: submission.risks)
      state.composer = composer
      state.notice = Notice(
        submission.reviewRequired
          ? "Submitted revision \(revision) for review: a supervisor must approve it"
          : "Revision \(revision) approved by the practice's policy: no review needed")
      return [.clearAutosave(id)] + recount(state)
    case .externalEdited(let id, let text):
      guard state.composer?.messageID == id else { return [] }
      var edited = text
      while edited.hasSuffix("\n") { edited.removeLast() }
      guard edited != state.composer?.text else {
        state.notice = Notice("Back from the editor: no change")
        return []
      }
      state.composer?.editor.replaceAll(with: edited)
      state.notice = Notice("Back from the editor (C-z undoes the change)")
      keepCursorVisible(&state)
      return textChanged(&state)
    case .composerFailed(let id, let problem, let leaving):
      guard var composer = state.composer, composer.messageID == id else { return [] }
      composer.leaving = nil
      if !composer.isLoaded {
        state.notice = Notice(problem.message, isError: true)
        return finishLeaving(.close, &state)
      }
      var text = problem.message
      var effects: [Effect] = []
      if problem.kind == .conflict {
        text += " — reloaded; your text is kept (C-s saves it as a new revision)"
        effects.append(.openComposer(id))
      }
      if let leaving {
        composer.leaveFailed = true
        text += "; \(leaving == .quit ? "quit" : "Esc") again to go without saving a revision"
      }
      state.composer = composer
      state.notice = Notice(text, isError: true)
      return effects
    default:
      return []
    }
  }

  /// The message loaded: the text is the person's unsaved working copy when there is one,
  /// else the latest revision of the draft. A reload (after a conflict) keeps the text.
  static func loadComposer(_ data: ComposerData, _ state: inout InboxState) -> [Effect] {
    guard var composer = state.composer else { return [] }
    let reloading = composer.isLoaded
    let item = data.item
    composer.item = item
    composer.triage = data.triage
    composer.templates = data.templates
    composer.baseVersion = item.version
    composer.savedText = TextEditor.clean(item.draft?.text ?? "")
    var effects: [Effect] = []
    if !reloading {
      if let autosave = data.autosave, TextEditor.clean(autosave.text) != composer.savedText {
        composer.editor = TextEditor(autosave.text, cursor: autosave.cursor)
        var notice =
          "Restored the text you had not saved (autosaved \(DateText.minute(autosave.savedAt)) UTC)"
        if autosave.baseVersion != item.version {
          notice +=
            "; the message has changed since (version \(autosave.baseVersion) → \(item.version))"
        }
        state.notice = Notice(notice)
      } else {
        composer.editor = TextEditor(composer.savedText)
      }
      if let refusal = refusal(.saveDraft, on: item, state) {
        state.notice = Notice(refusal, isError: true)
      }
    }
    state.composer = composer
    keepCursorVisible(&state)
    if !reloading {
      effects += checkOnly(&state)
      if composer.startInEditor {
        state.composer?.startInEditor = false
        effects.append(.editExternally(composer.messageID, text: composer.text))
      }
    }
    return effects
  }

  /// A check of the text as it is, without an autosave (nothing changed).
  static func checkOnly(_ state: inout InboxState) -> [Effect] {
    textChanged(&state).filter {
      if case .checkReply = $0 { true } else { false }
    }
  }
}
