import Foundation
import Triage

/// A template as the composer offers it: already filled from the practice's policy.
public struct TemplateChoice: Hashable, Sendable {
  public var name: String
  public var title: String
  public var text: String
  public var category: Triage.Category?

  public init(name: String, title: String, text: String, category: Triage.Category?) {
    self.name = name
    self.title = title
    self.text = text
    self.category = category
  }
}

/// Everything the composer needs when it opens on a message.
public struct ComposerData: Hashable, Sendable {
  public var item: WorkItem
  /// The person's working copy from an earlier session that did not save it.
  public var autosave: ComposerAutosave?
  /// The original's triage, so the live check does not classify it on every keystroke.
  public var triage: TriageResult?
  /// Templates that suit the message's category first.
  public var templates: [TemplateChoice]

  public init(
    item: WorkItem, autosave: ComposerAutosave?, triage: TriageResult?,
    templates: [TemplateChoice]
  ) {
    self.item = item
    self.autosave = autosave
    self.triage = triage
    self.templates = templates
  }
}

/// A live check of the reply: the text at one editor revision, and what it answers.
public struct ReplyCheckRequest: Hashable, Sendable {
  public var messageID: Int64
  public var revision: Int
  public var text: String
  public var original: ReplyOriginal
  public var triage: TriageResult?

  public init(
    messageID: Int64, revision: Int, text: String, original: ReplyOriginal,
    triage: TriageResult?
  ) {
    self.messageID = messageID
    self.revision = revision
    self.text = text
    self.original = original
    self.triage = triage
  }
}

/// The working copy to write to the autosave table.
public struct AutosaveRequest: Hashable, Sendable {
  public var messageID: Int64
  public var revision: Int
  public var text: String
  public var cursor: Int
  public var baseVersion: Int64
  public var baseRevision: Int?

  public init(
    messageID: Int64, revision: Int, text: String, cursor: Int, baseVersion: Int64,
    baseRevision: Int?
  ) {
    self.messageID = messageID
    self.revision = revision
    self.text = text
    self.cursor = cursor
    self.baseVersion = baseVersion
    self.baseRevision = baseRevision
  }
}

/// What submitting decided, as the composer shows it.
public struct SubmissionSummary: Hashable, Sendable {
  public var revision: Int
  public var reviewRequired: Bool
  /// nil when no checker ran.
  public var risks: [Finding]?

  public init(revision: Int, reviewRequired: Bool, risks: [Finding]?) {
    self.revision = revision
    self.reviewRequired = reviewRequired
    self.risks = risks
  }
}

/// The composer: the reply being written to one message, the live check of it, and where it
/// stands against what is saved.
public struct ComposerState: Sendable {
  /// What to do once the draft is saved.
  public enum Leaving: Hashable, Sendable {
    case close, quit
  }

  public var messageID: Int64
  /// nil while loading.
  public var item: WorkItem?
  public var triage: TriageResult?
  public var editor = TextEditor()
  /// The text of the latest saved revision (cleaned as the editor cleans), to know whether
  /// there is anything to save.
  public var savedText = ""
  /// The message version the next save must find (the one the composer opened or last saved
  /// on): a change by someone else in between is a conflict, never overwritten.
  public var baseVersion: Int64 = 0
  /// The reply checker's risks and the editor revision they are about.
  public var risks: [Finding] = []
  public var checkedRevision: Int?
  /// The last editor revision written to the autosave table, and when.
  public var autosavedRevision: Int?
  public var autosavedAt: Date?
  /// The first wrapped row shown.
  public var scroll = 0
  public var templates: [TemplateChoice] = []
  public var submission: SubmissionSummary?
  /// Set while a save on the way out is in flight.
  public var leaving: Leaving?
  /// A save on the way out failed: the same key again leaves without saving a revision
  /// (the text stays autosaved).
  public var leaveFailed = false
  /// Opened to write the reply in $EDITOR: the editor starts once the message is loaded.
  public var startInEditor = false

  public init(messageID: Int64, startInEditor: Bool = false) {
    self.messageID = messageID
    self.startInEditor = startInEditor
  }

  public var isLoaded: Bool { item != nil }
  public var text: String { editor.text }
  /// The text differs from the saved revision (saving trims the ends, so they do not count).
  public var hasUnsavedChanges: Bool {
    editor.text.trimmingCharacters(in: .whitespacesAndNewlines)
      != savedText.trimmingCharacters(in: .whitespacesAndNewlines)
  }
  /// The risks are about the text as it is now.
  public var isChecked: Bool { checkedRevision == editor.revision }
  public var blockCount: Int { risks.filter { $0.severity == .block }.count }

  public var original: Message? { item?.message }
}
