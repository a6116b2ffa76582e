/// Reviews: praise of the practice and complaints about it. Anything imported from a review
/// site is a review whatever it says; these rules find reviews posted elsewhere.
enum ReviewRules {
  static let all: [TriageRule] = [
    TriageRule(
      "review.rating", .praise, weight: 2, "a star rating",
      TriageRule.lines(
        """
        <num> stars|star
        one|two|three|four|five|zero stars|star
        <num> out of <num>
        10/10
        """)),
    TriageRule(
      "review.praise", .praise, weight: 2, "praise for the practice",
      TriageRule.lines(
        """
        thank you dr|doctor|nurse|team|staff
        thanks dr|doctor|nurse|team|staff
        best doctor|dentist|practice|clinic|staff|office|care
        great|amazing|wonderful|excellent|fantastic|awesome|outstanding|fabulous doctor|dentist|staff|care|service|experience|team|office|practice|nurse|nurses|visit|clinic
        highly recommend
        would|definitely recommend
        recommend dr|this|them|him|her
        bedside manner
        took the time
        listened to me
        friendly staff
        caring staff|doctor|team
        """)),
    TriageRule(
      "review.complaint", .complaint, weight: 2, "a complaint about the practice",
      TriageRule.lines(
        """
        rude (staff|doctor|nurse|receptionist|front desk)
        staff|doctor|nurse|receptionist was|were|is|are rude
        front desk
        receptionist
        worst doctor|dentist|practice|clinic|office|experience|service|care
        terrible|horrible|awful|poor service|care|experience|staff|doctor
        unprofessional
        waited ... hours|hour|minutes
        wait time|times
        never again
        (would not|wouldnt|dont|do not|cannot|cant) recommend
        stay away
        avoid this
        misdiagnosed
        malpractice
        incompetent
        overcharged
        never called back
        no one called me back
        file a complaint
        complaint
        """)),
  ]
}
