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
}
