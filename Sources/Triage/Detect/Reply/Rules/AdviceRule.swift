/// Individual advice without a redirect to a private channel. Advice cues are fine when the
/// reply also points to the phone, the portal or a private message.
enum AdviceRule {
  static let rule = ReplyRule(
    id: "reply.individual_advice", family: "advice", severity: .warn,
    message: "gives individual advice without redirecting to a private channel",
    suggestion: .redirect,
    phrases: TriageRule.lines(
      """
      you should
      you need to
      you must
      (i|we|id|wed) (recommend|suggest|advise)
      (i|we) would (recommend|suggest|advise|try)
      try (taking|to|using|applying|drinking|eating|avoiding)
      make sure (you|to)
      my advice
      (you can|you could) (try|take|use|apply|start|stop)
      (its|it is) best to
      (keep|stay) (taking|off)
      """))

  /// Phrases that send the conversation to a private channel.
  static let redirect = ReplyRule(
    id: "reply.redirect", family: "redirect", severity: .info,
    message: "redirects to a private channel", suggestion: .redirect,
    phrases: TriageRule.lines(
      """
      call (us|our office|the office|our clinic|the clinic|our team)
      give us a call
      (portal|patient portal)
      (message|email|contact|dm) us
      (direct|private|secure) message
      privately
      in private
      contact (our|the) (office|clinic|team)
      (schedule|book|request|make) (an|a) (appointment|visit|consultation)
      (talk|speak) (to|with) (your|a) (doctor|provider|clinician|pharmacist|physician)
      (see|call) (your|a) (doctor|provider|clinician|physician)
      reach (us|out to us)
      """))
}
