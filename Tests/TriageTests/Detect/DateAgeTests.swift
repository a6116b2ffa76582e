import Testing

@testable import Triage

@Suite struct DateAgeTests {
  @Test(arguments: [
    ("seen on 3/4/2015 for", "3/4/2015"), ("2015-03-04", "2015-03-04"),
    ("on 03-04-15", "03-04-15"), ("since 12.31.2019", "12.31.2019"),
    ("in 03/2015 we", "03/2015"), ("surgery on March 4th, 2015", "March 4th, 2015"),
    ("Mar. 4", "Mar. 4"), ("on 4 March 2015", "4 March 2015"),
    ("the 4th of July", "4th of July"), ("on 04-Mar-2015", "04-Mar-2015"),
    ("born March 2015", "March 2015"), ("on Jan 5", "Jan 5"), ("admitted on 3/4", "3/4"),
    ("she fell on the 12th", "12th"), ("on May 5th", "May 5th"), ("04-Mar", "04-Mar"),
  ])
  func dates(text: String, match: String) {
    #expect(finds(text, .date, match), "\(found(text))")
  }

  @Test(arguments: [
    "in 2015", "in March", "on Monday", "you may 5 times", "1/2 cup", "March on", "at 10:30",
    "version 1.2.10", "score 3/4", "we march 4 miles", "13/13/2015", "2/30 tablets",
  ])
  func notDates(text: String) {
    #expect(!categories(text).contains("DATE"), "\(text): \(found(text))")
  }

  @Test(arguments: [
    ("my grandmother is 93 years old", "93"), ("92 y/o female", "92"), ("age 97", "97"),
    ("a 95-year-old man", "95"), ("aged 101", "101"), ("in her 90s", "90"), ("91yo M", "91"),
  ])
  func agesOver89(text: String, match: String) {
    #expect(finds(text, .age, match), "\(found(text))")
  }

  @Test(arguments: [
    "she is 89 years old", "67 y/o", "92 mg", "the 90s were fun", "BP 95/60", "95 percent",
  ])
  func notAges(text: String) {
    #expect(!categories(text).contains("AGE"), "\(text)")
  }
}
