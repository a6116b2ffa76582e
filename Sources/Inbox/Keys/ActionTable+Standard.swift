import Triage

extension ActionTable {
  /// The inbox's actions and their default keys (vim keys plus arrows and the usual keys).
  public static let standard = ActionTable(
    screenActions + movingActions + listActions + workflowActions + reviewActions
      + composerActions + viewNumberActions)

  static let screenActions = [
    ActionSpec(
      .help, "Show the keys (this screen); again to close it", hint: "help",
      keys: [.generic: [.char("?"), .function(1)]]),
    ActionSpec(
      .quit, "Quit Rounds", hint: "quit",
      keys: [.list: [.char("q")], .generic: [.char("Q"), .ctrl("c")]]),
    ActionSpec(
      .close, "Close this screen and go back (the composer saves your draft)", hint: "back",
      keys: [
        .reader: [.char("q"), .escape, .left, .char("h")], .composer: [.escape],
        .review: [.char("q"), .escape], .dashboard: [.char("q"), .escape],
        .help: [.char("q"), .escape],
      ]),
    ActionSpec(.showInbox, "Show the inbox list", keys: [.generic: [.char("i")]]),
    ActionSpec(
      .showDashboard, "Show the dashboard: counts, messages per day", hint: "dashboard",
      keys: [.list: [.char("d")], .reader: [.char("d")], .help: [.char("d")]]),
    ActionSpec(
      .refresh, "Reload from the database (other staff's changes)",
      keys: [.generic: [.ctrl("l"), .char("R")]]),
  ]

  static let movingActions = [
    ActionSpec(
      .moveDown, "Next message, or down a line",
      keys: [
        .list: [.char("j"), .down, .ctrl("n")], .reader: [.char("j"), .down],
        .composer: [.down], .review: [.char("j"), .down], .dashboard: [.char("j"), .down],
        .help: [.char("j"), .down],
      ]),
    ActionSpec(
      .moveUp, "Previous message, or up a line",
      keys: [
        .list: [.char("k"), .up, .ctrl("p")], .reader: [.char("k"), .up], .composer: [.up],
        .review: [.char("k"), .up], .dashboard: [.char("k"), .up], .help: [.char("k"), .up],
      ]),
    ActionSpec(
      .pageDown, "Down a screen",
      keys: [
        .list: [.pageDown, .ctrl("f")], .reader: [.pageDown, .char(" "), .ctrl("f")],
        .composer: [.pageDown], .review: [.pageDown, .char(" ")], .dashboard: [.pageDown],
        .help: [.pageDown, .char(" ")],
      ]),
    ActionSpec(
      .pageUp, "Up a screen",
      keys: [
        .list: [.pageUp, .ctrl("b")], .reader: [.pageUp, .char("b"), .ctrl("b")],
        .composer: [.pageUp], .review: [.pageUp, .char("b")], .dashboard: [.pageUp],
        .help: [.pageUp],
      ]),
    ActionSpec(
      .first, "To the top (the composer: the start)",
      keys: [
        .list: [.char("g"), .home], .reader: [.char("g"), .home], .composer: [.ctrlHome],
        .review: [.char("g"), .home], .dashboard: [.char("g"), .home],
        .help: [.char("g"), .home],
      ]),
    ActionSpec(
      .last, "To the bottom (the composer: the end)",
      keys: [
        .list: [.char("G"), .end], .reader: [.char("G"), .end], .composer: [.ctrlEnd],
        .review: [.char("G"), .end], .dashboard: [.char("G"), .end],
        .help: [.char("G"), .end],
      ]),
  ]

  static let listActions = [
    ActionSpec(
      .open, "Read the selected message", hint: "open",
      keys: [.list: [.enter, .right, .char("l")]]),
    ActionSpec(
      .nextMessage, "Read the next message in the list (review: the next in the queue)",
      keys: [.reader: [.char("J")], .review: [.char("J")]]),
    ActionSpec(
      .previousMessage, "Read the previous message in the list (review: the previous one)",
      keys: [.reader: [.char("K")], .review: [.char("K")]]),
    ActionSpec(
      .search, "Search text and authors; jumps to the next match", hint: "search",
      keys: [.list: [.char("/")]]),
    ActionSpec(.searchNext, "Next match of the search", keys: [.list: [.char("n")]]),
    ActionSpec(.searchPrevious, "Previous match of the search", keys: [.list: [.char("N")]]),
    ActionSpec(
      .limitToSearch, "Show only the search's matches (again to show all)",
      keys: [.list: [.char("L")]]),
    ActionSpec(
      .toggleSort, "Sort by urgency or by age", hint: "sort", keys: [.list: [.char("o")]]),
    ActionSpec(
      .filterStatus, "Filter by status", hint: "status", keys: [.list: [.char("s")]]),
    ActionSpec(.filterPlatform, "Filter by platform", keys: [.list: [.char("p")]]),
    ActionSpec(.filterCategory, "Filter by triage category", keys: [.list: [.char("c")]]),
    ActionSpec(
      .filterUrgent, "Only urgent messages (urgency 2 or more); again to undo", hint: "urgent",
      keys: [.list: [.char("u")]]),
    ActionSpec(
      .filterNeedsReview, "Only replies waiting for review; again to undo",
      keys: [.list: [.char("r")]]),
    ActionSpec(
      .filterMine, "Only messages assigned to me", keys: [.list: [.char("m")]],
      minimumRole: .assistant, needs: .workflow),
    ActionSpec(
      .filterUnassigned, "Only unassigned messages", keys: [.list: [.char("U")]],
      minimumRole: .assistant, needs: .workflow),
    ActionSpec(
      .filterTag, "Only messages with a tag", keys: [.list: [.char("#")]], needs: .workflow),
    ActionSpec(.clearFilters, "Back to the view's own filters", keys: [.list: [.char("x")]]),
    ActionSpec(.nextView, "Next view in the sidebar", keys: [.list: [.tab, .char("]")]]),
    ActionSpec(
      .previousView, "Previous view in the sidebar", keys: [.list: [.backTab, .char("[")]]),
    ActionSpec(
      .saveView, "Save the filters as a view of your own", keys: [.list: [.char("S")]]),
    ActionSpec(
      .deleteView, "Delete the current saved view", keys: [.list: [.char("X")]],
      destructive: true),
    ActionSpec(
      .mark, "Mark or unmark the message for a bulk action", hint: "mark",
      keys: [.list: [.char("t")], .reader: [.char("t")]]),
    ActionSpec(
      .clearMarks, "Unmark every message", keys: [.list: [.char("T")]], destructive: true),
    ActionSpec(
      .applyToMarked, "Apply the next action (its key) to every marked message",
      keys: [.list: [.char(";")]], minimumRole: .assistant,
      needs: [.workflow, .inboxActions]),
  ]

  /// Workflow actions on the selected message in the list, the message open in the reader,
  /// or (after `;`) every marked message. The library decides who may, and from which status.
  static let workflowActions = [
    ActionSpec(
      .reply, "Write the reply in the built-in composer", hint: "reply",
      keys: [.list: [.char("A")], .reader: [.char("r"), .char("A")]], workflow: .saveDraft),
    ActionSpec(
      .replyInEditor, "Write the reply in your $EDITOR instead",
      keys: [.list: [.char("e")], .reader: [.char("e")]], workflow: .saveDraft),
    ActionSpec(
      .triage, "Triage: set the category and urgency", hint: "triage",
      keys: [.list: [.char("C")], .reader: [.char("C")]], workflow: .triage, bulk: true),
    ActionSpec(
      .setPriority, "Set the priority (urgency 0-3)",
      keys: [.list: [.char("P")], .reader: [.char("P")]], workflow: .setPriority, bulk: true),
    ActionSpec(
      .assign, "Assign to me, a clinician, or nobody",
      keys: [.list: [.char("a")], .reader: [.char("a")]], workflow: .assign, bulk: true),
    ActionSpec(
      .tag, "Add tags (free-form labels)",
      keys: [.list: [.char("+")], .reader: [.char("+")]], workflow: .tag, bulk: true),
    ActionSpec(
      .untag, "Remove tags",
      keys: [.list: [.char("-")], .reader: [.char("-")]], workflow: .untag, bulk: true),
    ActionSpec(
      .markSpam, "Mark as spam",
      keys: [.list: [.char("$")], .reader: [.char("$")]], destructive: true,
      workflow: .markSpam, bulk: true),
    ActionSpec(
      .noReply, "Mark as needing no reply",
      keys: [.list: [.char("w")], .reader: [.char("w")]], destructive: true,
      workflow: .markNoReplyNeeded, bulk: true),
    ActionSpec(
      .closeConversation, "Close the conversation (after posting, or a rejected reply)",
      keys: [.list: [.char("F")], .reader: [.char("F")]], destructive: true, workflow: .close,
      bulk: true),
    ActionSpec(
      .reopen, "Reopen a closed, spam or no-reply message (it becomes new)",
      keys: [.list: [.char("O")], .reader: [.char("O")]], workflow: .reopen, bulk: true),
    ActionSpec(
      .markPosted, "Record that the approved reply was posted (its link optional)",
      keys: [.list: [.char("M")], .reader: [.char("M")]], workflow: .markPosted),
    ActionSpec(
      .undo, "Undo the last triage action (applies its inverse; both are in the audit log)",
      hint: "undo", keys: [.list: [.char("z"), .ctrl("z")], .reader: [.char("z"), .ctrl("z")]],
      minimumRole: .assistant, needs: [.workflow, .inboxActions]),
    ActionSpec(
      .reviewQueue, "The review queue: drafts waiting for a supervisor", hint: "review",
      keys: [.list: [.char("V")], .reader: [.char("V")]], minimumRole: .supervisor,
      needs: [.workflow, .inboxActions]),
  ]

  static let reviewActions = [
    ActionSpec(
      .approve, "Approve the draft (asks for a note; a block risk also needs a reason)",
      hint: "approve", keys: [.review: [.char("a")]], workflow: .approve),
    ActionSpec(
      .requestChanges, "Send the draft back to its author with a note", hint: "changes",
      keys: [.review: [.char("c")]], workflow: .requestChanges),
    ActionSpec(
      .reject, "Reject the draft: no reply in this form (asks for a note)", hint: "reject",
      keys: [.review: [.char("x")]], workflow: .reject),
  ]

  static let composerActions = [
    ActionSpec(
      .saveDraft, "Save the reply as a draft revision", hint: "save",
      keys: [.composer: [.ctrl("s")]], workflow: .saveDraft),
    ActionSpec(
      .submit, "Submit the reply for review (asks first, showing its risks)", hint: "submit",
      keys: [.composer: [.ctrl("r")]], workflow: .submit),
    ActionSpec(
      .insertTemplate, "Insert a template, filled from the practice's policy",
      hint: "template", keys: [.composer: [.ctrl("t")]]),
    ActionSpec(
      .openEditor, "Edit the reply in your $EDITOR, then come back", hint: "$EDITOR",
      keys: [.composer: [.ctrl("o")]]),
    ActionSpec(.undoEdit, "Undo the last edit", hint: "undo", keys: [.composer: [.ctrl("z")]]),
    ActionSpec(.redoEdit, "Redo what was undone", keys: [.composer: [.ctrl("y")]]),
    ActionSpec(.cursorLeft, "Cursor left a character", keys: [.composer: [.left]]),
    ActionSpec(.cursorRight, "Cursor right a character", keys: [.composer: [.right]]),
    ActionSpec(.wordLeft, "Cursor to the previous word", keys: [.composer: [.ctrlLeft]]),
    ActionSpec(.wordRight, "Cursor to the next word", keys: [.composer: [.ctrlRight]]),
    ActionSpec(
      .lineStart, "Cursor to the start of the line", keys: [.composer: [.home, .ctrl("a")]]),
    ActionSpec(.lineEnd, "Cursor to the end of the line", keys: [.composer: [.end, .ctrl("e")]]),
    ActionSpec(.newline, "A new line", keys: [.composer: [.enter]]),
    ActionSpec(
      .deleteBack, "Delete the character before the cursor", keys: [.composer: [.backspace]]),
    ActionSpec(
      .deleteForward, "Delete the character under the cursor",
      keys: [.composer: [.delete, .ctrl("d")]]),
    ActionSpec(
      .deleteWordBack, "Cut the word before the cursor", keys: [.composer: [.ctrl("w")]]),
    ActionSpec(
      .deleteWordForward, "Cut the word after the cursor", keys: [.composer: [.ctrlDelete]]),
    ActionSpec(
      .cutToLineEnd, "Cut to the end of the line", keys: [.composer: [.ctrl("k")]]),
    ActionSpec(
      .cutToLineStart, "Cut to the start of the line", keys: [.composer: [.ctrl("u")]]),
    ActionSpec(.pasteCut, "Paste what was cut last", keys: [.composer: [.ctrl("v")]]),
  ]

  static let viewNumberActions = (1...9).map { number in
    ActionSpec(
      .view(number), "Show view \(number) of the sidebar",
      keys: [.list: [.char(Character(String(number)))]])
  }
}
