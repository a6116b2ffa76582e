import Testing

@testable import Triage

/// Gaps the held-out samples clinical-notes-5 and tweets-3 showed, fixed with general rules.
/// Each rule is tested on wordings the samples do not contain, with hard negatives.
@Suite struct HeldOutFiveTests {
  // MARK: Times stay out of dates

  @Test(arguments: [
    ("signed 3/2/2025 08:15.", "3/2/2025"), ("When: 1999-12-01 23:59:59", "1999-12-01"),
    ("received 12/31/2024 11:05 PM", "12/31/2024"), ("at 2015-03-04T10:30:15Z", "2015-03-04"),
    ("on 04-05-2023 9:48", "04-05-2023"),
  ])
  func aTimeAfterADateIsNotPartOfIt(text: String, match: String) {
    let dates = detector.findings(in: text).filter { $0.category == "DATE" }.map(\.text)
    #expect(dates == [match], "\(found(text))")
  }

  // MARK: Month and day without a year

  @Test(arguments: [
    ("Eliquis: last dose 3/09 at 2100", "3/09"), ("flu shot given 10/3", "10/3"),
    ("MRI 1/7 at 8:15am please", "1/7"), ("labs 2/6 normal", "2/6"),
    ("appt 9/4 @ 1400", "9/4"), ("ultrasound 5/3 at 10 am", "5/3"),
    ("echo 4/9 14:30 in clinic", "4/9"), ("born 3.09.25 at home", "3.09.25"),
    ("DOB 12.1.98", "12.1.98"),
  ])
  func bareMonthDayWithEvidence(text: String, match: String) {
    #expect(finds(text, .date, match), "\(found(text))")
  }

  @Test(arguments: [
    "BP 120/80 at 10:30", "BP 98/6 at 0800", "take 1/2 at 8pm", "pain 4/10 at 0800",
    "2/3 of the bottle is gone", "given 1/2 of a tab", "v 1.2.3 released", "version 1.2.10",
    "updated to 10.15.26", "dose 0.5 mg", "we meet at 10:30", "score 3/4 at 9:00",
    "scored 4/5 at 14:00", "labs 1/2 done", "given 3/4", "dose 2/3 at 7pm", "rated 7/10 at 2 pm",
    "Norco 5/325 at 0800",
  ])
  func fractionsScoresAndVersionsAreNotDates(text: String) {
    #expect(!categories(text).contains("DATE"), "\(text): \(found(text))")
  }

  @Test func clockTimes() {
    let s = { (text: String) in ScalarText(text).scalars }
    #expect(DateRules.clockTime(s("x at 7:30am"), after: 1))
    #expect(DateRules.clockTime(s("x @ 1800"), after: 1))
    #expect(DateRules.clockTime(s("x at 9 p.m."), after: 1))
    #expect(DateRules.clockTime(s("x 14:30"), after: 1))
    #expect(!DateRules.clockTime(s("x 1800"), after: 1))
    #expect(!DateRules.clockTime(s("x at 2460"), after: 1))
    #expect(!DateRules.clockTime(s("x at 25:00"), after: 1))
    #expect(!DateRules.clockTime(s("x at 9 apples"), after: 1))
    #expect(!DateRules.clockTime(s("x at bedtime"), after: 1))
  }
}
