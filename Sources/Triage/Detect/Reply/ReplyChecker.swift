/// Checks a reply (a draft, or one of the practice's published replies) before anyone posts
/// it. Each risk is a `Finding` (detector `reply`) with a severity, rule id, exact span, a
/// message and a concrete suggestion:
///
/// - `block`: confirms a patient relationship; repeats PHI from the original message;
///   diagnoses; prescribes or doses; answers an emergency or crisis without 911 or 988.
/// - `warn`: individual advice without a redirect; guarantees; hostile tone; links the policy
///   does not approve; cost or insurance details; tagging third parties.
/// - `info`: a missing sign-off or disclaimer the policy requires.
///
/// Thread-safe; build one per policy and share it.
public struct ReplyChecker: ReplyChecking, Sendable {
  /// What a check reads, built once and shared: each check keeps its checker, and copying the
  /// policy, classifier, detector and lexicon by value retained every reference they hold.
  final class Parts: Sendable {
    let policy: PracticePolicy
    let classifier: TriageClassifier
    let detector: PHIDetector
    let lexicon: ReplyLexicon
    /// Suggestion texts, filled from the policy once.
    let suggestions: [ReplySuggestions.Kind: String]
    /// `policy.allApprovedDomains`, computed once.
    let approvedDomains: Set<String>
    /// The practice's own handles, lower-cased (tagging them is not tagging a third party).
    let ownHandles: Set<String>

    init(policy: PracticePolicy, classifier: TriageClassifier) {
      self.policy = policy
      self.classifier = classifier
      self.detector = PHIDetector(profile: policy.profile)
      self.lexicon = ReplyLexicon(additions: policy.replyAdditions, removals: policy.replyRemovals)
      self.approvedDomains = policy.allApprovedDomains
      self.ownHandles = Set(policy.handles.map { $0.lowercased() })
      self.suggestions = Dictionary(
        uniqueKeysWithValues: ReplySuggestions.Kind.allCases.map {
          ($0, ReplySuggestions.text($0, policy))
        })
    }
  }

  let parts: Parts

  public var policy: PracticePolicy { parts.policy }
  public var classifier: TriageClassifier { parts.classifier }
  public var detector: PHIDetector { parts.detector }

  public init(policy: PracticePolicy = PracticePolicy(), classifier: TriageClassifier? = nil) {
    self.parts = Parts(
      policy: policy, classifier: classifier ?? TriageClassifier(policy: policy))
  }

  /// `ReplyChecking`: the risks of `reply` as an answer to `original`.
  public func risks(in reply: String, answering original: Message?) -> [Finding] {
    check(
      reply,
      original: original.map {
        ReplyOriginal(text: $0.text, platform: $0.platform, authorHandle: $0.authorHandle)
      })
  }

  /// The risks of `reply`, given the text it answers when known (`rounds scan` `context`).
  public func risks(in reply: String, context: String?) -> [Finding] {
    check(reply, original: context.map { ReplyOriginal(text: $0) })
  }

  /// The risks of `reply` answering `original`; pass `triage` when the original has already
  /// been classified (the composer and the benchmark do) to skip classifying it again.
  public func check(
    _ reply: String, original: ReplyOriginal?, triage: TriageResult? = nil
  ) -> [Finding] {
    var review = ReplyReview(
      reply: reply, original: original, checker: parts,
      triage: triage ?? original.map { parts.classifier.classify($0.text, platform: $0.platform) })
    review.run()
    return review.findings.sorted {
      ($0.start, $0.end, $1.severity, $0.rule) < ($1.start, $1.end, $0.severity, $1.rule)
    }
  }
}

/// The message a reply answers, as far as it is known.
public struct ReplyOriginal: Sendable, Hashable {
  public var text: String
  public var platform: Platform?
  /// Its author's handle (tagging the person you answer is not tagging a third party).
  public var authorHandle: String?

  public init(text: String, platform: Platform? = nil, authorHandle: String? = nil) {
    self.text = text
    self.platform = platform
    self.authorHandle = authorHandle
  }
}

extension TriageClassifier {
  /// A classifier with the policy's lexicon changes and review platforms.
  public init(policy: PracticePolicy, model: LinearTextModel = .builtIn) {
    self.init(
      lexicon: TriageLexicon(additions: policy.triageAdditions, removals: policy.triageRemovals),
      model: model, reviewPlatforms: policy.reviewPlatforms)
  }
}
