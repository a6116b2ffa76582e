import Testing

@testable import Triage

/// Gaps the held-out samples clinical-notes-5 and tweets-3 showed, fixed with general rules.
/// Each rule is tested on wordings the samples do not contain, with hard negatives.
@Suite struct HeldOutFiveTests {
  // MARK: Keyword identifiers keep their prefix

  @Test(arguments: [
    ("Requisition #: QX-88120455 drawn", "QX-88120455"),
    ("Employee #: ABC-99012 on file", "ABC-99012"),
    ("Report #: IR-25-00912", "IR-25-00912"),
    ("filed police report PD-24-551203 today", "PD-24-551203"),
    ("incident number 2024-118", "2024-118"), ("ticket #: 88412", "88412"),
    ("case no. 1193", "1193"), ("badge 4471", "4471"), ("order #: W-20931", "W-20931"),
  ])
  func keywordIdentifiersWithPrefixes(text: String, match: String) {
    #expect(finds(text, .id, match), "\(found(text))")
  }

  @Test(arguments: [
    ("interpreter ID 4471, in person", "4471"), ("staff ID: 0913 at the desk", "0913"),
    ("my student ID 22817", "22817"),
  ])
  func anIdentifierAfterAWordAndID(text: String, match: String) {
    #expect(finds(text, .id, match), "\(found(text))")
  }

  @Test func identifierKeywordsBeforeIDKeepTheirCategory() {
    #expect(finds("member ID XJH448812", .healthPlan, "XJH448812"))
    #expect(finds("patient ID 00482913", .mrn, "00482913"))
    #expect(finds("Boise, ID 83702", .location, "83702"))
    #expect(!categories("Vietnamese, ID 4471").contains("ID"))
  }

  @Test(arguments: [
    "report 3 episodes of pain", "order 500 mg", "case 2 of 3 this week", "in case 911 is busy",
    "report 120 mg taken", "the order 250 times", "req 2 units", "price tag 500 dollars",
    "name tag said Brittany", "tag 3 friends below", "hired as an hourly employee in 2010",
    "a badge of 2019", "employee 401k match",
  ])
  func everydayKeywordsNeedACue(text: String) {
    let kinds = categories(text)
    #expect(!kinds.contains("ID") && !kinds.contains("VEHICLE"), "\(text): \(found(text))")
  }

  @Test func aLongNumberKeepsItsHyphenatedPrefix() {
    #expect(finds("quote QZ-A7-99812 when you call", .id, "QZ-A7-99812"))
    #expect(finds("ticket INC-2024-0093321", .id, "INC-2024-0093321"))
    // Lower-case words and dates stay apart.
    #expect(finds("see 2026-11-04 and 123456", .id, "123456"))
    #expect(finds("covid-19 then 1234567", .id, "1234567"))
    #expect(!categories("COVID-19 since 2020").contains("ID"))
  }

  @Test func batchNumbersAreNotPeople() {
    #expect(!categories("Tdap given today, lot U7713AA.").contains("ID"))
    #expect(!categories("flu shot lot #: 88A2201").contains("ID"))
    #expect(finds("accession U7713AA", .id, "U7713AA"))
  }

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

  // MARK: Last digits of a card, account, phone or SSN

  @Test(arguments: [
    ("my Visa ending in 4417 was charged", PHICategory.account, "4417"),
    ("card ending in 2019", .account, "2019"),
    ("debit card ending with ...0921", .account, "0921"),
    ("last four of my card: 5521", .account, "5521"), ("acct last 4 digits 1029", .account, "1029"),
    ("SSN last 4 is 1234", .ssn, "1234"), ("cell ending in 0158", .phone, "0158"),
    ("last four digits 7781 please", .id, "7781"),
  ])
  func lastDigits(text: String, category: PHICategory, match: String) {
    #expect(finds(text, category, match), "\(found(text))")
  }

  @Test(arguments: [
    "a season ending in 2019", "the story ending in 1999 was sad", "last four years",
    "the last 4 weeks", "last 4 of 10 doses", "ending in 3 days", "last four 12",
  ])
  func lastDigitsNeedTheirContext(text: String) {
    let kinds = categories(text)
    #expect(!kinds.contains("ACCOUNT") && !kinds.contains("ID"), "\(text): \(found(text))")
  }

  // MARK: Plates with a space

  @Test(arguments: [
    ("CT plate 4TRX 617 on file", "4TRX 617"), ("license plate 7 ABC 123.", "7 ABC 123"),
    ("tag ABC 1234 was seen", "ABC 1234"), ("plate 8XYZ 42 MA", "8XYZ 42"),
  ])
  func platesAcrossASpace(text: String, match: String) {
    #expect(finds(text, .vehicle, match), "\(found(text))")
  }

  @Test func platesStopAtWordsAndLines() {
    #expect(finds("plate 4TRX 617 NY registered", .vehicle, "4TRX 617"))
    #expect(finds("plate 5KJ2231\n42 Oak Street", .vehicle, "5KJ2231"))
    #expect(!categories("growth plate 2 cm wide").contains("VEHICLE"))
  }

  // MARK: Rural routes and numbered roads

  @Test(arguments: [
    ("Address: RR 3 Box 42, Dover, NH", "RR 3 Box 42"), ("HC 71, Box 9 Elk Lake", "HC 71, Box 9"),
    ("mail to Rural Route 4 Box 118", "Rural Route 4 Box 118"),
    ("lives on rural route 2 outside town", "rural route 2"),
    ("crash on Route 17 last night", "Route 17"), ("Hwy 101 near the exit", "Hwy 101"),
    ("we live off State Road 46", "State Road 46"),
    ("on County Road 12 past the farm", "County Road 12"),
    ("pileup on I-84 this morning", "I-84"), ("took route 6A home", "route 6A"),
    ("Rte. 9 eastbound", "Rte. 9"), ("on Rt 128 north", "Rt 128"),
  ])
  func roadsNamedByANumber(text: String, match: String) {
    #expect(finds(text, .location, match), "\(found(text))")
  }

  @Test(arguments: [
    "RR 26, HR 112, SpO2 95%", "HC 45 cm at birth", "route of administration: PO",
    "change the IV route 2 times", "Route 2 of 3 for the study", "Rt 2 toes swollen",
    "rt 5th finger", "road 7 miles", "Type I-2 lesion", "on Road 7", "Route: IV",
    "highway to hell", "route 1/2 dose",
  ])
  func numbersThatAreNotRoads(text: String) {
    #expect(!categories(text).contains("LOCATION"), "\(text): \(found(text))")
  }
}
