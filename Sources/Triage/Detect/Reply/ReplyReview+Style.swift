/// Checks that look at characters rather than phrases: shouting in capitals, runs of
/// exclamation marks, "100%", dollar amounts, and the sign-off and disclaimer the policy
/// requires.
extension ReplyReview {
  mutating func checkStyle() {
    let tokens = text.tokens
    // The current run of words in capitals (punctuation inside it does not end it).
    var runFirst = 0
    var runLast = 0
    var runCount = 0
    for (position, token) in tokens.enumerated() {
      if token.kind == .word, token.isAllCaps {
        if runCount == 0 { runFirst = position }
        runLast = position
        runCount += 1
      } else if token.kind != .punctuation {
        addShouting(runFirst, runLast, runCount)
        runCount = 0
      }
      if token.kind == .punctuation, token.mark == "!", position + 1 < tokens.count,
        tokens[position + 1].kind == .punctuation, tokens[position + 1].mark == "!"
      {
        add(
          "reply.tone", "tone", .warn, first: position, last: position + 1,
          "exclamation marks read as shouting", .reviewResponse)
      }
    }
    addShouting(runFirst, runLast, runCount)
    scanSymbols()
  }

  /// Three words in capitals or more in a row shout.
  private mutating func addShouting(_ first: Int, _ last: Int, _ count: Int) {
    guard count >= 3 else { return }
    add(
      "reply.tone", "tone", .warn, first: first, last: last, "shouts in capital letters",
      .reviewResponse)
  }

  /// "100%" (a guarantee) and "$40" (a cost), which the tokenizer does not keep as words.
  private mutating func scanSymbols() {
    let scalars = text.scalars
    for token in text.tokens where token.kind == .number {
      if token.end < scalars.count, scalars[token.end] == "%", text.text(of: token) == "100" {
        add(
          "reply.guarantee", "guarantee", .warn, start: token.start, end: token.end + 1,
          "promises an outcome", .soften)
      }
      if token.start > 0, scalars[token.start - 1] == "$" {
        add(
          "reply.cost", "cost", .warn, start: token.start - 1, end: token.end,
          "discusses cost, billing or insurance", .redirect)
      }
    }
  }

  mutating func checkRequiredText() {
    guard !policy.signOff.isEmpty || !policy.disclaimer.isEmpty else { return }
    let end = text.scalars.count
    let normalized = Self.normalized(reply)
    if !policy.signOff.isEmpty, !normalized.contains(Self.normalized(policy.signOff)) {
      add(
        "reply.missing_sign_off", "sign_off", .info, start: end, end: end,
        "the policy requires a sign-off", .signOff)
    }
    if !policy.disclaimer.isEmpty, !normalized.contains(Self.normalized(policy.disclaimer)) {
      add(
        "reply.missing_disclaimer", "disclaimer", .info, start: end, end: end,
        "the policy requires a disclaimer", .disclaimer)
    }
  }

  static func normalized(_ text: String) -> String {
    text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
