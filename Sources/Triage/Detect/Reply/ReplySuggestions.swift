/// The concrete fix each risk proposes, filled from the policy.
public enum ReplySuggestions {
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    case redirect, emergency, crisis, removeEcho, soften, reviewResponse, approvedLink, removeTag
    case signOff, disclaimer
  }

  static func text(_ kind: Kind, _ policy: PracticePolicy) -> String {
    switch kind {
    case .redirect:
      "Answer in general terms at most and redirect: \""
        + TemplateText.fill(BuiltInTemplates.redirect.body, with: policy) + "\""
    case .emergency:
      "Add 911 guidance: \"" + TemplateText.fill(BuiltInTemplates.emergency.body, with: policy)
        + "\""
    case .crisis:
      "Add the 988 Suicide & Crisis Lifeline: \""
        + TemplateText.fill(BuiltInTemplates.crisis.body, with: policy) + "\""
    case .removeEcho:
      "Remove it: never repeat a name, condition, date or identifier from the message, even "
        + "if the writer posted it."
    case .soften:
      "Drop the promise; say what is generally true (\"many people find...\") and redirect to "
        + "a private channel."
    case .reviewResponse:
      "Stay courteous and do not argue; for example: \""
        + TemplateText.fill(BuiltInTemplates.review.body, with: policy) + "\""
    case .approvedLink:
      "Link only to approved sites: "
        + policy.allApprovedDomains.sorted().joined(separator: ", ")
        + " (add others under [links] approved_domains in rounds.toml)."
    case .removeTag:
      "Remove the tag: do not draw third parties into a conversation about someone's health."
    case .signOff:
      "End the reply with: \"" + policy.signOff + "\""
    case .disclaimer:
      "Add: \"" + policy.disclaimer + "\""
    }
  }
}
