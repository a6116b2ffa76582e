/// Confirming or implying that someone is a patient ("your visit", "when we saw you", "as
/// your doctor", "our records show"): HHS has fined practices for exactly this.
enum RelationshipRule {
  static let rule = ReplyRule(
    id: "reply.relationship", family: "relationship", severity: .block,
    message: "confirms or implies that this person is a patient of the practice",
    suggestion: .redirect,
    phrases: TriageRule.lines(
      """
      your (visit|appointment|appt|chart|results|test results|lab results|labs|records|file)
      your (procedure|surgery|treatment|x ray|xray|scan|mri|diagnosis|follow up|followup|stay)
      your (exam|checkup|check up|last visit|recent visit|care plan|treatment plan|account|balance)
      your (prescription|medication|medications|meds|injection|vaccine|bloodwork|blood work)
      (when|since|after) we (saw|treated|examined|operated on) you
      (when|since) you (came in|were in|were here|visited us|saw us|saw dr)
      we (saw|treated|examined|operated on|prescribed) you
      you were (seen|treated|examined|here)
      as your (doctor|physician|dentist|provider|surgeon|nurse|therapist|care team|clinician)
      our (records|chart|charts|notes|files) (show|shows|indicate|indicates|say|says)
      according to our (records|chart|notes|files)
      in our (records|system|chart)
      (one of|as one of|as) our patients
      (you are|youre|you were|you have been|youve been) (a|our) patient
      during your (visit|stay|appointment|procedure|surgery)
      we have you down
      """))
}
