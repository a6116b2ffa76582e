import Foundation
import Triage

/// Performs the data work an `Effect` asks for and answers with the `Action` that carries
/// the result. Errors become a `.failed` notice naming what failed, never message text.
struct EffectRunner: Sendable {
  let data: any InboxDataSource
  /// nil when the inbox was opened read-only (tests of the list alone).
  let workflow: WorkflowService?

  func perform(_ effect: Effect, now: Date) -> Action? {
    do {
      return try run(effect, now: now)
    } catch let error as RoundsError {
      return .failed(error.description)
    } catch {
      return .failed("the inbox database failed: \(type(of: error))")
    }
  }

  private func run(_ effect: Effect, now: Date) throws -> Action? {
    switch effect {
    case .loadPage(let request):
      return .pageLoaded(request, try data.page(request.query))
    case .loadAround(let generation, let filter, let cursor):
      let window = try data.window(
        around: cursor, filter: filter, before: ListWindow.pageSize / 2,
        after: ListWindow.pageSize)
      return .windowLoaded(generation: generation, window, notice: "Reloaded")
    case .find(let generation, let filter, let search, let cursor, let direction):
      guard
        let (match, wrapped) = try data.findMatch(
          search, filter: filter, from: cursor, direction: direction)
      else { return .noMatch(generation: generation, search: search) }
      let window = try data.window(
        around: MessageCursor(match), filter: filter, before: ListWindow.pageSize / 2,
        after: ListWindow.pageSize)
      let notice =
        wrapped
        ? (direction == .forward ? "Search went on from the top" : "Search went on from the bottom")
        : nil
      return .windowLoaded(generation: generation, window, notice: notice)
    case .loadReader(let id):
      return .readerLoaded(id, try data.reader(messageID: id))
    case .count(let filters):
      var counts: [ViewFilter: Int] = [:]
      for filter in Set(filters) { counts[filter] = try data.count(filter) }
      return .countsLoaded(counts)
    case .loadPlatforms:
      return .platformsLoaded(try data.platforms())
    case .loadDashboard(let days):
      return .dashboardLoaded(try data.dashboard(days: days, now: now))
    case .loadSavedViews(let select):
      return .savedViewsLoaded(try data.savedViews(), select: select)
    case .saveView(let view):
      try data.save(view)
      return .savedViewsLoaded(try data.savedViews(), select: view.name)
    case .deleteView(let name):
      try data.deleteView(named: name)
      return .savedViewsLoaded(try data.savedViews(), select: nil)
    case .quit, .editExternally:
      return nil
    default:
      return try runWorkflow(effect, now: now)
    }
  }

  /// Effects that act through the workflow.
  private func runWorkflow(_ effect: Effect, now: Date) throws -> Action? {
    guard let workflow else {
      throw RoundsError(
        .failure, "the inbox was opened read-only", fix: "use the command line to act")
    }
    switch effect {
    case .loadStaff:
      return .staffLoaded(try workflow.staff())
    case .work(let request):
      return .worked(workflow.run(request))
    case .openComposer(let id):
      do {
        return .composerLoaded(id, try workflow.composer(id))
      } catch {
        return .composerFailed(id, Problem(error), leaving: .close)
      }
    case .checkReply(let request):
      return .replyChecked(
        request.messageID, revision: request.revision, workflow.check(request))
    case .autosave(let request):
      // The wall clock, not the inbox's (which moves every 30 seconds).
      let date = Date()
      try workflow.autosave(request, at: date)
      return .autosaved(request.messageID, revision: request.revision, at: date)
    case .clearAutosave(let id):
      try workflow.clearAutosave(id)
      return nil
    case .saveDraft(let id, let text, let expecting, let then):
      do {
        return .draftSaved(
          id, try workflow.saveDraft(id, text: text, expecting: expecting), then: then)
      } catch {
        return .composerFailed(id, Problem(error), leaving: then)
      }
    case .submitDraft(let id, let text, let expecting):
      do {
        return .submitted(id, try workflow.submit(id, text: text, expecting: expecting))
      } catch {
        return .composerFailed(id, Problem(error), leaving: nil)
      }
    case .loadReviewQueue:
      return .reviewQueueLoaded(try workflow.reviewQueue())
    case .loadReviewPacket(let id):
      do {
        return .reviewPacketLoaded(id, try workflow.reviewPacket(id))
      } catch {
        return .failed(Problem(error).message)
      }
    case .decide(let request):
      do {
        return .decided(request, try workflow.decide(request))
      } catch {
        return .decisionFailed(request, Problem(error))
      }
    default:
      return nil
    }
  }
}
