import Foundation
import Triage

/// The inbox's writes, all through `Workflow` (the same rules, transactions and audit log as
/// the command line), plus the composer's live check and working copy. The person acting is
/// the workflow's actor: the OS user at the keyboard.
public struct WorkflowService: Sendable {
  public let workflow: Workflow
  /// The same checker the workflow uses, called directly for the live check so the original's
  /// triage is not recomputed on every keystroke. Built on first use (see `warmUp`).
  let builtChecker: BackgroundBuilt<ReplyChecker>
  /// For filling templates.
  public let policy: PracticePolicy

  /// Opens the workflow for `user` with the policy's checker and review rule; refuses anyone
  /// not on the staff list (the library's error). The checker is built when first needed.
  public static func open(store: InboxStore, user: String, policy: PracticePolicy) throws
    -> WorkflowService
  {
    let checker = BackgroundBuilt { ReplyChecker(policy: policy) }
    let workflow = try Workflow(
      store: store, user: user, checker: LazyReplyChecker(checker: checker),
      policy: policy.reviewPolicy)
    return WorkflowService(workflow: workflow, builtChecker: checker, policy: policy)
  }

  /// The reply checker of the policy.
  public var checker: ReplyChecker { builtChecker.value }

  /// Builds the reply checker in the background now, so the first frame does not wait for it
  /// and the composer finds it ready.
  public func warmUp() {
    builtChecker.warmUp()
  }

  var store: InboxStore { workflow.store }
  var user: String { workflow.user }

  public func staff() throws -> [Staff] { try store.allStaff() }

  // MARK: - Triage actions

  /// Runs every step, each in its own transaction, and works out how to undo what changed.
  public func run(_ request: WorkRequest) -> WorkReport {
    var report = WorkReport(request: request)
    var inverse: [WorkStep] = []
    var refusals: [Int64: String] = [:]
    for step in request.steps {
      let id = step.target.id
      do {
        let before = try workflow.item(id)
        // Marked messages off screen act on the version read now; it is the one undone.
        let after = try perform(
          step.operation, on: id, expecting: step.target.expecting ?? before.version)
        report.items.append(after)
        guard after.version != before.version else {
          report.unchanged.append(id)
          continue
        }
        switch step.operation.inverse(before: before, after: after) {
        case .success(let operation):
          inverse.append(WorkStep(WorkTarget(id: id, expecting: after.version), operation))
        case .failure(let refusal):
          refusals[id] = refusal.reason
        }
      } catch {
        report.failures.append(WorkReport.Failure(id: id, Problem(error)))
      }
    }
    if !request.isUndo, !inverse.isEmpty || !refusals.isEmpty {
      report.undo = UndoRecord(
        summary: WorkText.summary(request, count: inverse.count + refusals.count),
        steps: inverse, refusals: refusals)
    }
    return report
  }

  func perform(_ operation: WorkOperation, on id: Int64, expecting: Int64?) throws -> WorkItem {
    switch operation {
    case .triage(let category, let urgency):
      try workflow.triage(id, category: category, urgency: urgency, expecting: expecting)
    case .priority(let urgency): try workflow.setPriority(id, to: urgency, expecting: expecting)
    case .assign(let user): try workflow.assign(id, to: user, expecting: expecting)
    case .tag(let tags): try workflow.tag(id, tags, expecting: expecting)
    case .untag(let tags): try workflow.untag(id, tags, expecting: expecting)
    case .spam: try workflow.markSpam(id, expecting: expecting)
    case .noReply: try workflow.markNoReplyNeeded(id, expecting: expecting)
    case .close: try workflow.close(id, expecting: expecting)
    case .reopen: try workflow.reopen(id, expecting: expecting)
    case .markPosted(let url): try workflow.markPosted(id, url: url, expecting: expecting)
    }
  }

  // MARK: - The composer

  public func composer(_ id: Int64) throws -> ComposerData {
    let item = try workflow.item(id)
    let autosave = try store.autosave(user: user, messageID: id)
    let triage = checker.classifier.classify(item.message.text, platform: item.message.platform)
    let category = item.message.category
    let templates = try store.templates()
      .sorted {
        ($0.category == category ? 0 : 1, $0.name) < ($1.category == category ? 0 : 1, $1.name)
      }
      .map {
        TemplateChoice(
          name: $0.name, title: $0.title, text: TemplateText.fill($0.body, with: policy),
          category: $0.category)
      }
    return ComposerData(item: item, autosave: autosave, triage: triage, templates: templates)
  }

  public func check(_ request: ReplyCheckRequest) -> [Finding] {
    checker.check(request.text, original: request.original, triage: request.triage)
  }

  public func autosave(_ request: AutosaveRequest, at date: Date) throws {
    try store.saveAutosave(
      ComposerAutosave(
        user: user, messageID: request.messageID, text: request.text, cursor: request.cursor,
        baseVersion: request.baseVersion, baseRevision: request.baseRevision, savedAt: date))
  }

  public func clearAutosave(_ id: Int64) throws {
    try store.deleteAutosave(user: user, messageID: id)
  }

  public func saveDraft(_ id: Int64, text: String, expecting: Int64) throws -> WorkItem {
    try workflow.saveDraft(
      id, text: text.trimmingCharacters(in: .whitespacesAndNewlines), expecting: expecting)
  }

  /// Saves the text as a revision (when it changed), then submits it, expecting the version
  /// the save left.
  public func submit(_ id: Int64, text: String, expecting: Int64) throws -> Workflow.Submission {
    let saved = try saveDraft(id, text: text, expecting: expecting)
    return try workflow.submit(id, expecting: saved.version)
  }

  // MARK: - Review

  /// Messages in review, most urgent first, then oldest.
  public func reviewQueue() throws -> [Message] {
    let page = try store.page(
      ViewFilter(statuses: [.inReview], order: .urgency).query(
        cursor: nil, direction: .forward, limit: 500))
    return page.messages
  }

  public func reviewPacket(_ id: Int64) throws -> Workflow.ReviewPacket {
    try workflow.reviewPacket(id)
  }

  public func decide(_ request: DecisionRequest) throws -> WorkItem {
    switch request.decision {
    case .approve:
      try workflow.approve(
        request.id, note: request.note, overrideReason: request.overrideReason,
        expecting: request.expecting)
    case .requestChanges:
      try workflow.requestChanges(request.id, note: request.note, expecting: request.expecting)
    case .reject:
      try workflow.reject(request.id, note: request.note, expecting: request.expecting)
    }
  }
}

/// How actions are described in the status bar.
enum WorkText {
  /// "3 messages marked as spam", "message 12 triaged as admin, urgency 1".
  static func summary(_ request: WorkRequest, count: Int) -> String {
    guard let first = request.steps.first else { return "nothing" }
    let subject =
      request.steps.count == 1
      ? "message \(first.target.id)" : "\(count) message\(count == 1 ? "" : "s")"
    let sameOperation = request.steps.allSatisfy { $0.operation == first.operation }
    return sameOperation ? "\(subject) \(first.operation.pastTense)" : "\(subject) changed"
  }
}
