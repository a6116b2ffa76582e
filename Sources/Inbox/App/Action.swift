import Foundation
import Triage

/// Everything that can change the inbox's state: input from the person, and the results of
/// the data work the state asked for (see `Effect`).
public enum Action: Sendable {
  case key(Key)
  case mouse(MouseEvent)
  /// Text pasted into the terminal (bracketed paste), delivered whole.
  case paste(String)
  case resize(Size)
  /// The clock moved on (ages in the list are relative to it).
  case tick(Date)
  case pageLoaded(PageRequest, MessagePage)
  case windowLoaded(generation: Int, WindowAround, notice: String?)
  case noMatch(generation: Int, search: String)
  case readerLoaded(Int64, ReaderData?)
  case countsLoaded([ViewFilter: Int])
  case platformsLoaded([Platform])
  case dashboardLoaded(DashboardData)
  case savedViewsLoaded([SavedView], select: String?)
  case staffLoaded([Staff])
  /// A triage action (or an undo) ran, on one message or several.
  case worked(WorkReport)
  case composerLoaded(Int64, ComposerData)
  case replyChecked(Int64, revision: Int, [Finding])
  case autosaved(Int64, revision: Int, at: Date)
  case draftSaved(Int64, WorkItem, then: ComposerState.Leaving?)
  case submitted(Int64, Workflow.Submission)
  /// The text the person left in $EDITOR.
  case externalEdited(Int64, String)
  /// The composer's work failed (a save, a submission, the editor).
  case composerFailed(Int64, Problem, leaving: ComposerState.Leaving?)
  case reviewQueueLoaded([Message])
  case reviewPacketLoaded(Int64, Workflow.ReviewPacket)
  case decided(DecisionRequest, WorkItem)
  case decisionFailed(DecisionRequest, Problem)
  /// Data work failed; the text names what failed (never message text).
  case failed(String)
}

/// Why the library refused or failed, as the status bar shows it.
public struct Problem: Hashable, Sendable {
  public var kind: RoundsError.Kind
  public var message: String

  public init(_ kind: RoundsError.Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  public init(_ error: Error) {
    if let error = error as? RoundsError {
      self.init(error.kind, error.what)
    } else {
      self.init(.failure, "the inbox database failed: \(type(of: error))")
    }
  }
}

/// A request for one keyset page of the current list.
public struct PageRequest: Hashable, Sendable {
  public enum Placement: Hashable, Sendable {
    /// A fresh window at the top of the list, or at its bottom.
    case top, bottom
    /// Rows after the window, or before it.
    case append, prepend
  }

  public var generation: Int
  public var filter: ViewFilter
  public var cursor: MessageCursor?
  public var placement: Placement
  public var limit: Int

  public init(
    generation: Int, filter: ViewFilter, cursor: MessageCursor?, placement: Placement,
    limit: Int = ListWindow.pageSize
  ) {
    self.generation = generation
    self.filter = filter
    self.cursor = cursor
    self.placement = placement
    self.limit = limit
  }

  public var query: MessageQuery {
    let direction: MessageQuery.Direction =
      switch placement {
      case .top, .append: .forward
      case .bottom, .prepend: .backward
      }
    return filter.query(cursor: cursor, direction: direction, limit: limit)
  }
}

/// Data work the state asks for. The runtime performs it off the drawing path and answers
/// with an `Action`; quick work before the next frame, slow work (counts over the whole
/// inbox) in the background.
public enum Effect: Hashable, Sendable {
  case loadPage(PageRequest)
  /// Reload the window around a row (after a refresh), keeping it selected.
  case loadAround(generation: Int, filter: ViewFilter, cursor: MessageCursor)
  case find(
    generation: Int, filter: ViewFilter, search: String, from: MessageCursor?,
    direction: MessageQuery.Direction)
  case loadReader(Int64)
  case count([ViewFilter])
  case loadPlatforms
  case loadDashboard(days: Int)
  case loadSavedViews(select: String?)
  case saveView(SavedView)
  case deleteView(String)
  case loadStaff
  /// A triage action through the workflow.
  case work(WorkRequest)
  case openComposer(Int64)
  /// The live check of the reply (the latest request wins).
  case checkReply(ReplyCheckRequest)
  /// The composer's working copy to SQLite (the latest per message wins).
  case autosave(AutosaveRequest)
  case clearAutosave(Int64)
  case saveDraft(Int64, text: String, expecting: Int64, then: ComposerState.Leaving?)
  /// Saves the text as a revision when it changed, then submits it.
  case submitDraft(Int64, text: String, expecting: Int64)
  /// Hands the terminal to $EDITOR on the text.
  case editExternally(Int64, text: String)
  case loadReviewQueue
  case loadReviewPacket(Int64)
  case decide(DecisionRequest)
  case quit

  /// Where the runtime performs the work.
  public enum Lane: Hashable, Sendable {
    /// Before the next frame: quick reads and the person's own actions.
    case now
    /// In the background, in order: counts and figures over the whole inbox.
    case slow
    /// In the background, only the latest request: the reply check while typing.
    case check
    /// In the background, only the latest per message, at most every quarter second: the
    /// composer's autosave.
    case autosave
    /// With the terminal handed over (the external editor).
    case terminal
  }

  public var lane: Lane {
    switch self {
    case .count, .loadDashboard, .loadPlatforms: .slow
    case .checkReply: .check
    case .autosave, .clearAutosave: .autosave
    case .editExternally: .terminal
    default: .now
    }
  }

  /// Work that may take long on a large inbox and must not hold up a frame.
  public var isSlow: Bool { lane != .now && lane != .terminal }
}
