import Testing

@testable import Triage

@Suite struct NameLocationTests {
  @Test(arguments: [
    ("seen by Dr. Okafor today", "Okafor"), ("Mrs Lee called", "Lee"),
    ("Nurse Patel was kind", "Patel"), ("my daughter Emma has a fever", "Emma"),
    ("Pt John Smith, 67 y/o", "John Smith"), ("hi, my name is Priya Raman", "Priya Raman"),
    ("reviewed by J. Whitaker", "J. Whitaker"), ("Patient: Whitaker, John", "Whitaker, John"),
    ("thank you Maria Gonzalez", "Maria Gonzalez"),
    ("Dr. Mary-Kate Olsen-Smith", "Mary-Kate Olsen-Smith"),
    ("our son, Liam, is sick", "Liam"),
  ])
  func names(text: String, match: String) {
    #expect(finds(text, .name, match), "\(found(text))")
  }

  @Test(arguments: [
    "I will call you", "There is hope", "The Doctor will see you", "my dr appointment",
    "Thank You So Much", "Monday in March", "Lasix 40 mg daily", "Good Morning Everyone",
  ])
  func notNames(text: String) {
    #expect(!categories(text).contains("NAME"), "\(text): \(found(text))")
  }

  @Test(arguments: [
    ("she lives at 42 Oak Street now", "42 Oak Street"),
    ("1600 Pennsylvania Ave NW, Apt 4B", "1600 Pennsylvania Ave NW, Apt 4B"),
    ("mail it to PO Box 1234", "PO Box 1234"), ("P.O. Box 12", "P.O. Box 12"),
    ("transferred to Mercy General Hospital", "Mercy General Hospital"),
    ("at St. Luke's Medical Center", "St. Luke's Medical Center"),
    ("Hospital of the University of Pennsylvania", "Hospital of the University of Pennsylvania"),
    ("we moved to Springfield last year", "Springfield"),
    ("I live in San Francisco", "San Francisco"),
    ("Springfield, IL 62704", "62704"), ("zip code 90210", "90210"),
    ("my son lives in Hollowbrook", "Hollowbrook"),
  ])
  func locations(text: String, match: String) {
    #expect(finds(text, .location, match), "\(found(text))")
  }

  @Test(arguments: [
    "I moved to California", "born in Texas", "we flew to France", "go to the hospital",
    "the clinic was busy", "20 mg", "in New York State", "Reading is fun", "my mobile number",
  ])
  func notLocations(text: String) {
    #expect(!categories(text).contains("LOCATION"), "\(text): \(found(text))")
  }

  @Test func healthTiedToAPerson() {
    #expect(finds("my husband has diabetes", .health, "diabetes"))
    #expect(finds("She had chest pain all night", .health, "chest pain"))
    #expect(!categories("is diabetes genetic?").contains("HEALTH"))
  }

  /// Phones type a right single quote for the apostrophe; the possessive must not end the
  /// sentence that ties the health detail to the person, while a quote closing a sentence
  /// still ends it.
  @Test func healthAfterACurlyPossessive() {
    #expect(finds("my mom Linda’s MRI was clear", .health, "MRI"), "\(found("Linda’s MRI"))")
    #expect(finds("Did Linda’s MRI come back", .health, "MRI"))
    #expect(finds("Grandpa Joe’s dementia is worse", .health, "dementia"))
    #expect(!categories("I asked my doctor ‘why.’ Is diabetes genetic?").contains("HEALTH"))
  }
}
