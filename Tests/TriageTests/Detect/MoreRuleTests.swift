import Testing

@testable import Triage

@Suite struct MoreRuleTests {
  @Test func datesWithTimesAndWeekdays() {
    // A time of day is not PHI: the date ends before it.
    #expect(finds("When: 2000-04-16 11:34:35", .date, "2000-04-16"))
    #expect(finds("dictated 11/23/2014 14:05.", .date, "11/23/2014"))
    #expect(finds("see you Tuesday, October 6 then", .date, "Tuesday, October 6"))
    #expect(finds("confused since Sunday the 3rd.", .date, "Sunday the 3rd"))
    #expect(finds("Labs 5/14: Na 138", .date, "5/14"))
    #expect(!categories("pain 7/10 today").contains("DATE"))
    #expect(!categories("rated it 10/10").contains("DATE"))
    #expect(!categories("1 1/12 cups").contains("DATE"))
  }

  @Test func agesStatedOfARelative() {
    #expect(finds("my grandpa is 97 and still drives", .age, "97"))
    #expect(finds("she turned 100 last week", .age, "100"))
    #expect(!categories("my score is 95%").contains("AGE"))
    #expect(!categories("the bill is 120 dollars").contains("AGE"))
  }

  @Test func streetsNamedWithoutANumber() {
    #expect(finds("the pharmacy on Main St never has it", .location, "Main St"))
    #expect(finds("we live off Elm Street.", .location, "Elm Street"))
    #expect(!categories("prayers to St Jude").contains("LOCATION"))
    #expect(!categories("lit a candle at St. Anne tonight").contains("LOCATION"))
    #expect(finds("waiting 2 hours in the ER at St. Mary's smh", .location, "St. Mary's"))
  }

  @Test func hashtagsAndRepeatedNames() {
    #expect(finds("praying for #JohnnyWinter tonight", .name, "JohnnyWinter"))
    #expect(!categories("loving #SummerVibes").contains("NAME"))
    #expect(finds("Dr. Okafor called. Okafor said to rest", .name, "Okafor"))
    let okafor = detector.findings(in: "Dr. Okafor called. Okafor said to rest").filter {
      $0.text == "Okafor"
    }
    #expect(okafor.count == 2)
    // A surname that is also a word is a name again only because the text named it so.
    let bliss = detector.findings(in: "Dr. Bliss called. Bliss said to rest")
    #expect(bliss.map(\.rule) == ["phi.name.title", "phi.name.repeated"])
  }

  @Test func informalNames() {
    #expect(finds("shoutout to jake for driving me lol", .name, "jake"))
    #expect(finds("KAREN MILLER AT THE FRONT DESK WAS RUDE", .name, "KAREN MILLER"))
    #expect(finds("me and tasha waited 2 hours", .name, "tasha"))
  }

  @Test func everydayWordsThatAreAlsoNames() {
    for text in [
      "will the clinic be open monday?", "hope everyone has a great weekend",
      "Grace period for the forms ends friday", "Will you take new patients?",
      "I will bring it",
    ] {
      #expect(!categories(text).contains("NAME"), "\(text): \(found(text))")
    }
    // A sentence-opening "Dawn" is left to the tagger (a rule against common words opening
    // a sentence cost ten name tokens on wnut17-dev: "Bill is...", "Trump's...").
    #expect(!categories("Dawn patrol at the beach").contains("NAME"))
  }

  @Test func abbreviationsAreNotNames() {
    for text in [
      "brought in by EMS after a fall", "No LOC. Denies CP, SOB.", "500 cc NS bolus given",
      "Gerald Fitzpatrick, MD. Dictated today",
    ] {
      let wrong = detector.findings(in: text).filter {
        ["EMS", "LOC", "CP", "SOB", "NS", "MD"].contains($0.text)
      }
      #expect(wrong.isEmpty, "\(text): \(wrong.map(\.text))")
    }
  }

  @Test func clinicalNoteEndToEnd() {
    let note = """
      Pt John Smith, 67 y/o, seen at Mercy Hospital on 3/4/2015, MRN 1234567, call 555-123-4567.
      """
    let expected: [(String, String)] = [
      ("NAME", "John Smith"), ("LOCATION", "Mercy Hospital"), ("DATE", "3/4/2015"),
      ("MRN", "1234567"), ("PHONE", "555-123-4567"),
    ]
    let actual = found(note)
    #expect(actual.count == expected.count, "\(actual)")
    for (pair, want) in zip(actual, expected) {
      #expect(pair == want)
    }
  }
}

@Suite struct ClinicalShorthandTests {
  @Test func namesWithCredentials() {
    #expect(finds("Chidi Okonkwo, MD reviewed the chart", .name, "Chidi Okonkwo"))
    #expect(finds("Seen with Ama K. Mensah, NP today", .name, "Ama K. Mensah"))
    #expect(finds("lives in College Park, MD now", .location, "College Park"))
    #expect(!categories("Follow Up, PT daily").contains("NAME"))
  }

  @Test func townsBeforeStates() {
    #expect(finds("Fall River, MA 02720", .location, "Fall River"))
    #expect(finds("Cape Cod Hospital, Hyannis, MA", .location, "Hyannis"))
    #expect(!categories("Thanks, OK I will").contains("LOCATION"))
  }

  @Test func referenceNumbers() {
    #expect(finds("accession # S22-01873", .id, "S22-01873"))
    #expect(finds("Encounter: 99812734", .id, "99812734"))
    #expect(finds("group 004471", .healthPlan, "004471"))
  }

  @Test func agesInShorthand() {
    #expect(finds("HPI: 91F w/ h/o AFib", .age, "91"))
    #expect(!categories("raised $92M last year").contains("AGE"))
  }
}

@Suite struct MedicineIsNotPeopleTests {
  @Test(arguments: [
    "my mother has Wilson's disease", "diagnosed with Turner syndrome", "she takes Ropinirole",
    "is Atorvastatin safe", "Charcot Marie Tooth disease runs in the family",
  ])
  func eponymsAndDrugsAreNotNames(text: String) {
    #expect(!categories(text).contains("NAME"), "\(text): \(found(text))")
  }

  @Test func drugCodesAreNotPhones() {
    #expect(!categories("NDC 0555-0952-02 tablets").contains("PHONE"))
  }

  @Test(arguments: ["flights to Mexico", "we live in Virginia", "news from Colombia today"])
  func statesAndCountriesAreNotLocations(text: String) {
    #expect(!categories(text).contains("LOCATION"), "\(text): \(found(text))")
  }

  @Test func peopleStillAreNames() {
    #expect(finds("Dr. Wilson will see you", .name, "Wilson"))
    #expect(finds("my friend Christine Adams called", .name, "Christine Adams"))
  }
}
