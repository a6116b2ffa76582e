import ArgumentParser
import Foundation
import Triage

#if canImport(Glibc)
  import Glibc
#endif

struct DraftCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "draft",
    abstract: "Write or revise the reply to a message (clinicians and supervisors).",
    discussion: """
      The text comes from --text, else from standard input when it is not a terminal, else \
      from your editor ($VISUAL, $EDITOR, else vi) opened on the current draft. Every save \
      is a new revision. If someone else changes the message while your editor is open, \
      nothing is overwritten: you get a conflict and your text is printed back to you.
      """)

  @OptionGroup var store: StoreOptions
  @OptionGroup var expect: ExpectVersion

  @Argument(help: "The message id.")
  var id: Int64

  @Option(help: ArgumentHelp("The reply's text.", valueName: "text"))
  var text: String?

  func run() throws {
    let workflow = try store.openWorkflow()
    let item = try workflow.item(id)
    let reply: String
    var expecting = expect.value
    if let text {
      reply = text
    } else if isatty(STDIN_FILENO) == 0 {
      reply = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    } else {
      // The editor may stay open a long time: save only onto the version it was opened on.
      if let refusal = workflow.refusal(.saveDraft, on: item) { throw refusal }
      expecting = expecting ?? item.version
      reply = try EditorInput.edit(item.draft?.text ?? "", name: "reply-to-\(id).txt")
    }
    let clean = reply.trimmingCharacters(in: .whitespacesAndNewlines)
    let saved: WorkItem
    do {
      saved = try workflow.saveDraft(id, text: clean, expecting: expecting)
    } catch let error as RoundsError where error.kind == .conflict && text == nil {
      // Keep what they wrote: it is on stdout, not in any log.
      print(clean)
      throw error
    }
    let revision = saved.draft?.revision ?? 0
    if saved.version == item.version {
      ActionOutput.report(saved, "the draft is unchanged at revision \(revision)")
    } else {
      ActionOutput.report(saved, "saved revision \(revision) of the reply")
    }
    if workflow.checker != nil {
      let risks = try workflow.risks(in: clean, answering: saved.message)
      if risks.isEmpty {
        print("The reply checker found nothing.")
      } else {
        print("The reply checker found:")
        ActionOutput.printRisks(risks)
      }
    }
  }
}
