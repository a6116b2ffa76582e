/// How a message asks: an individual request for advice, or a question for general
/// information. Neither makes a text medical; with health terms they decide between
/// `advice_request` and `health_question`.
enum RequestRules {
  static let all: [TriageRule] = [
    TriageRule(
      "advice.individual", .advice, weight: 2,
      "asks what this person should do: individual advice belongs in a private channel",
      TriageRule.lines(
        """
        should i|we
        should my|he|she
        can|could|may i take|use|give|have|eat|drink|stop|mix|combine
        is it safe for me|my|him|her|to
        is it ok|okay|alright|normal for me|my|him|her|to
        is it normal
        is this normal
        is that normal
        what should|can|do i do
        what do i do
        do i need
        do you think i|my|this|it
        how much should i|he|she
        how many should i
        how often should i
        should i be worried|concerned
        my symptoms
        my results|labs|levels|numbers
        my test|blood|lab results
        my blood work|test|pressure|sugar
        i (was|have been|got|just got) diagnosed
        ive been diagnosed
        diagnosed me
        prescribed me
        i (have|had|get|got|keep getting|have been having|am having|am getting|am taking|am on)
        ive (been having|been getting|been taking|been on|had|got)
        im (having|getting|taking|on)
        i take|took|started|stopped
        my doctor|dr|physician|gp|pediatrician
        my son|daughter|mom|mother|dad|father|wife|husband|baby|child|kid|toddler has|is|was|had|took|got
        any advice
        need advice
        please advise
        help me
        what can i take
        """)),
    TriageRule(
      "question.general", .question, weight: 1,
      "asks for general information",
      TriageRule.lines(
        """
        what is|are|causes|happens|does
        whats
        how do|does|can|long|much|many|often|soon
        why do|does|is|am|would
        is there|it
        are there
        can you|a|an|people|someone
        does anyone|it|this
        where can i
        information on|about
        info on|about
        looking for information|info
        i would like to know
        i want to know
        i need to know
        wondering if|whether|what
        cure for
        treatment for|of
        side effects of
        """)),
  ]
}
