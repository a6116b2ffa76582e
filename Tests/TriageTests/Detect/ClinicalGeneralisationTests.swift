import Testing

@testable import Triage

/// Rules added so notes written by others (lab reports, letters, nursing notes) are read as
/// well as the ones the rules were built on, with the hard negatives that come with them.
@Suite struct ClinicalGeneralisationTests {
  @Test func eponymousSignsScoresAndProductsAreNotNames() {
    for text in [
      "Romberg not tested. Babinski downgoing bilaterally.", "Braden 13, Morse 45.",
      "Hx Crohn's, HTN, Raynaud's.", "Mepilex applied to sacrum.", "Murphy's sign negative.",
      "POD#2 s/p Whipple. Advance diet.", "FNA on 8/30 was Bethesda III.",
      "Afebrile, HR 76, BP 124/70.", "Glasgow 14 on arrival.",
    ] {
      let found = categories(text)
      #expect(!found.contains("NAME") && !found.contains("LOCATION"), "\(text): \(found)")
    }
    // After a title an eponym is a person again.
    #expect(finds("Seen by Dr. Romberg today.", .name, "Romberg"))
  }

  @Test func vaccinesBreathingSupportAndTestsAreNotNames() {
    for text in [
      "Plan: NST twice weekly, Tdap today.", "Vaccines given: DTaP, IPV, MMR.",
      "GCS 13. Started on BiPAP. Admitted to MICU.", "Plan: Hep B #3, PCV13 #3.",
      "Spirometry on 3/1 showed FEV1 48% predicted.", "Echo at that time showed EF 45%.",
      "Hx Alzheimer's dementia, Graves' disease s/p RAI.",
    ] {
      #expect(!categories(text).contains("NAME"), "\(text): \(categories(text))")
    }
    // The bare apostrophe needs a word ending in s before it and a disease word after it.
    #expect(finds("Thanks to Dr. Graves for the visit", .name, "Graves"))
  }

  @Test func insurersAndDeviceMakersAreNotPeopleOrPlaces() {
    let plan = categories("Harvard Pilgrim policy no. HP5520918")
    #expect(!plan.contains("NAME") && plan.contains("HEALTH_PLAN"))
    #expect(!categories("Boston Scientific ICD, model D433").contains("LOCATION"))
    #expect(!categories("Medtronic Azure XT DR pacemaker").contains("NAME"))
  }

  @Test func drugBrandsAndAbbreviationsAreNotTowns() {
    #expect(!categories("Protonix 40 mg, Norco 5/325 PRN.").contains("LOCATION"))
    #expect(!categories("95-year-old man BIBA from home").contains("LOCATION"))
    #expect(finds("Norco 5/325 helps my dad a lot", .health, "Norco"))
  }

  @Test func facilities() {
    #expect(finds("Fills at CVS Pharmacy #2217 today.", .location, "CVS Pharmacy #2217"))
    #expect(
      finds(
        "Dr. Haddad\nMetrowest Endocrine Associates\nPhone", .location,
        "Metrowest Endocrine Associates"))
    #expect(finds("Dr. Haddad\nMetrowest Endocrine Associates", .name, "Haddad"))
    #expect(
      finds(
        "admitted from Brookhaven Senior Residence with fever", .location,
        "Brookhaven Senior Residence"))
    // A department is not a place; a credential on the line before is not part of a name.
    #expect(!categories("Anticoagulation clinic: Eliquis 2.5 mg BID.").contains("LOCATION"))
    #expect(!categories("Farid Haddad, MD, FACE\nCardiology Clinic").contains("LOCATION"))
  }

  @Test func namesAsRecordsListThem() {
    #expect(finds("Ordering: NAKAMURA, EMI DO", .name, "NAKAMURA, EMI"))
    #expect(finds("Name: LINDQVIST, BJORN A   MRN: E00721456", .name, "LINDQVIST, BJORN A"))
    #expect(finds("Witnesses: Bernadette Cho and Alistair Munroe.", .name, "Bernadette Cho"))
    #expect(finds("Contact Renata Silva, social worker", .name, "Renata Silva"))
    // A lone capital after a name is an initial only when no lower-case word follows.
    #expect(!found("Patient John A patient").contains { $0.1.hasSuffix(" A") })
  }

  @Test func agesSpelledOutOrSetOff() {
    #expect(finds("her father Otis Marsh, 97, fell last night", .age, "97"))
    #expect(finds("Rosario Benavides (96) has not eaten", .age, "96"))
    #expect(finds("a pleasant ninety-two-year-old woman", .age, "ninety-two"))
    #expect(finds("the patient is aged ninety one", .age, "ninety one"))
    #expect(finds("he is one hundred years old", .age, "one hundred"))
    #expect(finds("still sharp in her nineties", .age, "nineties"))
    for text in [
      "HR 98, SpO2 95% RA", "Vitals: T 98.6, BP 132/84, HR 96, RR 16", "Smith, 95.5 kg",
      "ninety minutes later", "in the nineties today (weather)", "Room 101, 99 beds",
    ] {
      #expect(!categories(text).contains("AGE"), "\(text)")
    }
  }

  @Test func weekdaysBeforeNumericDates() {
    #expect(finds("Progress note Wed 4/5", .date, "Wed 4/5"))
    #expect(finds("Likely discharge Thursday 9/15.", .date, "Thursday 9/15"))
    #expect(finds("seen Monday, 3/4/2015 in clinic", .date, "Monday, 3/4/2015"))
    #expect(!categories("Seen on Monday in clinic.").contains("DATE"))
    #expect(!categories("Tue 3/4 cup flour").contains("DATE"))
  }

  @Test func streetsStateCodesAndKeywordNumbers() {
    #expect(finds("Fills at 120 Broadway, Methuen", .location, "120 Broadway"))
    #expect(!categories("interpreter (Huong, Vietnamese, ID 44721)").contains("LOCATION"))
    for text in ["my Brazilian neighbour", "she speaks Danish at home", "trip to Northern Ireland"]
    {
      #expect(!categories(text).contains("LOCATION"), "\(text)")
    }
    #expect(finds("Boise, ID 83702", .location, "83702"))
    #expect(finds("Account #: 4419003872", .account, "4419003872"))
    #expect(finds("call 4419003872 today", .phone, "4419003872"))
  }

  @Test func addressesAsOtherCountriesWriteThem() {
    #expect(finds("lives at Rua do Arenque 1634, Goiânia", .location, "Rua do Arenque 1634"))
    #expect(finds("Adresse: Brucker Bundesstrasse 31", .location, "Bundesstrasse 31"))
    #expect(finds("office is at Király u. 15.", .location, "Király u. 15"))
    #expect(finds("send to 6750 Koskikatu 25 Apt. 864", .location, "6750 Koskikatu 25 Apt. 864"))
    #expect(finds("20789 Allika 46\n Suite 501\n Riisa", .location, "20789 Allika 46\n Suite 501"))
    #expect(finds("PSC 0413, Box 8144\nAPO AE 09012", .location, "PSC 0413, Box 8144"))
    #expect(finds("PSC 0413, Box 8144\nAPO AE 09012", .location, "APO AE 09012"))
    #expect(finds("Kissousa\n Cyprus 36903? I am away", .location, "36903"))
    #expect(finds("ZIP: 3520", .location, "3520"))
    for text in [
      "we visited Italy 2019.", "Via 3 routes", "serving Southern Italy", "Suite 200 is free",
      "take 2 tablets, Apt to improve",
    ] {
      #expect(!categories(text).contains("LOCATION"), "\(text)")
    }
  }

  @Test func phonesWithLabelsAndGroups() {
    #expect(finds("Phone:\n60-56-85-91\n", .phone, "60-56-85-91"))
    #expect(finds("416 60 039 office", .phone, "416 60 039"))
    let both = detector.findings(in: "+46 (0)8 928 571 38 fax\n+1-984-182-0190 mobile")
    #expect(both.map(\.category) == ["FAX", "PHONE"])
    #expect(finds("stop receiving messages to 699 956 915", .phone, "699 956 915"))
    #expect(!categories("NDC 0555-0952-02").contains("PHONE"))
    #expect(!categories("scores 60-56-85 today").contains("PHONE"))
  }

  @Test func titleCaseTextsAreKnown() {
    let text = ScalarText("Thanks For The Update Sherlock Holmes")
    #expect(text.caseProfile.isTitleCase)
    #expect(text.caseProfile.taggerCode == 3)
    #expect(ScalarText("thanks for the update sherlock").caseProfile.taggerCode == 2)
    #expect(ScalarText("THANKS FOR THE UPDATE").caseProfile.taggerCode == 1)
    #expect(ScalarText("Thanks for the update, Sherlock").caseProfile.taggerCode == 0)
  }
}

@Suite struct ClinicalNamesInContextTests {
  @Test func particlesPossessivesAndCredentials() {
    #expect(finds("Sister Marisa de la Cruz is her contact", .name, "Marisa de la Cruz"))
    #expect(finds("pt's wife mary called at 2100", .name, "mary"))
    #expect(finds("John's daughter Emma has a fever", .name, "Emma"))
    #expect(!found("the patient's wife said no").contains { $0.0 == "NAME" })
    #expect(!found("Sister de la Salle").contains { $0.1.hasSuffix("de") })
  }

  @Test func aidsAndAbbreviationsAreNotPeopleOrPlaces() {
    #expect(!categories("Ambulating 150 ft with walker. Remove Foley.").contains("NAME"))
    #expect(!categories("Remove Foley. Likely discharge Thursday.").contains("LOCATION"))
    #expect(!categories("hx of HTN, HLD, OSA on CPAP").contains("LOCATION"))
    #expect(!found("Sarah Goldberg RN notified Dr. Patel").contains { $0.1.hasSuffix("RN") })
  }
}

@Suite struct LabReportLayoutTests {
  @Test func namesDoNotRunIntoTheNextLineOrUnits() {
    let text = "Ordering provider: PATEL, RAVI K MD\nNa 138 mmol/L, K 4.9 mmol/L"
    #expect(finds(text, .name, "PATEL, RAVI K"))
    #expect(!found(text).contains { $0.1 == "Na" })
    #expect(!categories("TSH 2.1 mIU/L.\nComment: called to RN").contains("NAME"))
    #expect(!categories("donepezil 10 mg. Apgar N/A. Ortho paged").contains("NAME"))
    // A colon announces a name on the next line.
    #expect(finds("Attending:\nRebecca Hollis", .name, "Rebecca Hollis"))
  }

  @Test func facilitiesStopAtSentencesAndRecordWords() {
    #expect(
      finds(
        "Next visit age 5. Attends Little Sprouts Preschool in Holyoke.", .location,
        "Little Sprouts Preschool"))
    #expect(
      !categories("witnessed by Nadia Farouk. Health care proxy: J. Reyes").contains("LOCATION"))
    #expect(!categories("Next INR check Monday. Pt's pharmacy: none").contains("LOCATION"))
    #expect(finds("transferred to St. Luke's Hospital today", .location, "St. Luke's Hospital"))
  }
}

@Suite struct ContractedAgeTests {
  @Test func agesAfterContractions() {
    #expect(finds("visiting my nana, she's 93 and sharper than me", .age, "93"))
    #expect(finds("my grandma's 95 today", .age, "95"))
    #expect(!categories("she's 93% sure").contains("AGE"))
    #expect(!categories("he's 100 miles away").contains("AGE"))
  }
}

@Suite struct ByNameTests {
  @Test func byAnnouncesAPersonOnlyWhenItCan() {
    #expect(finds("Dictated by Gregory Ainsworth, MD.", .name, "Gregory Ainsworth"))
    #expect(finds("a new song by Adele tonight", .name, "Adele"))
    for text in [
      "Exploring Insomnia By Studying Social Media Habits", "Two Times by Kid Karate",
      "YOU DESTROY IT BY DOING THIS",
    ] {
      #expect(!categories(text).contains("NAME"), "\(text)")
    }
  }
}
