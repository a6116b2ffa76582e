/// Finds protected health information in a text: every HIPAA Safe Harbor identifier, plus
/// health details tied to a person, each with its exact span (Unicode-scalar offsets), the
/// rule that fired and a one-line explanation. The practice's own details are reported as
/// `PRACTICE`, not PHI.
///
/// ```swift
/// let detector = PHIDetector()
/// for finding in detector.findings(in: "Pt John Smith, call 555-123-4567") {
///   print(finding.category, finding.text, finding.rule)
/// }
/// ```
///
/// Thread-safe and cheap to copy; the word lists and the tagger are shared and loaded once.
public struct PHIDetector: Sendable {
  /// The `detector` field of every finding this produces.
  public static let detectorName = "phi"

  public let profile: PracticeProfile
  private let practice: PracticeMatcher
  private let lexicon: Lexicon
  private let tagger: NameTagger

  public init(profile: PracticeProfile = PracticeProfile()) {
    self.profile = profile
    self.practice = PracticeMatcher(profile)
    self.lexicon = Lexicon.shared
    self.tagger = NameTagger.shared

  }

  /// The findings in `text`, ordered by position and never overlapping. Each attachment
  /// adds a `PHOTO` finding with an empty span at the end of the text (media are not part
  /// of the text) whose `text` is the attachment's name.
  public func findings(
    in text: String, attachments: [Attachment] = [], severity: Severity = .info
  ) -> [Finding] {
    let scalarText = ScalarText(text, lexicon: lexicon)
    var found = candidates(in: scalarText).map { candidate in
      Finding(
        detector: Self.detectorName, category: candidate.category.rawValue, severity: severity,
        start: candidate.start, end: candidate.end,
        text: scalarText.string(candidate.start, candidate.end), rule: candidate.rule.id,
        confidence: candidate.confidence, explanation: candidate.rule.explanation)
    }
    for attachment in attachments {
      found.append(
        Finding(
          detector: Self.detectorName, category: PHICategory.photo.rawValue, severity: severity,
          start: scalarText.count, end: scalarText.count, text: attachment.name,
          rule: PHIRule.photoAttachment.id, confidence: 0.8,
          explanation: PHIRule.photoAttachment.explanation))
    }
    return found
  }

  /// The number of PHI findings (everything but `PRACTICE`) in a text.
  public func phiCount(in text: String, attachments: [Attachment] = []) -> Int {
    findings(in: text, attachments: attachments).count { $0.isPHI }
  }

  /// The resolved candidates of a text, practice details relabelled.
  func candidates(in text: ScalarText) -> [Candidate] {
    var out = Candidates()
    InternetRules.apply(text, &out)
    PhotoFileRule.apply(text, &out)
    PhoneRules.apply(text, &out)
    NumberRules.apply(text, &out)
    DateRules.apply(text, &out)
    AgeRule.apply(text, &out)
    AddressRules.apply(text, &out)
    KeywordIDRules.apply(text, &out)
    NameContextRules.apply(text, lexicon: lexicon, &out)
    PlaceRules.apply(text, lexicon: lexicon, &out)
    CueWordRules.apply(text, &out)
    LowerCaseFacilityRule.apply(text, &out)
    PlaceNeighbourRule.apply(text, &out)
    let tags = tagger.tag(text, lexicon: lexicon)
    NameLexiconRules.apply(text, lexicon: lexicon, tags: tags, &out)
    tagger.apply(text, tags: tags, lexicon: lexicon, &out)
    HashtagNameRule.apply(text, &out)
    NameParticleRule.apply(text, &out)
    FieldNameRule.apply(text, &out)
    NameNeighbourRule.apply(text, &out)
    SignOffRule.apply(text, &out)
    ContractionFilter.apply(text, &out)
    MedicalFilter.apply(text, &out)
    RepeatedNameRule.apply(text, &out)
    let names = out.items.filter { $0.category == .name }
    HealthRule.apply(text, names: names, &out)
    practice.apply(text, &out)
    return out.resolved()
  }
}
