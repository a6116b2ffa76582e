/// A rule of the PHI detector: a stable id, the category it reports, the one line a
/// clinician sees, and an example it fires on (the tests run every example).
public struct PHIRule: Sendable, Hashable {
  public let id: String
  public let category: PHICategory
  public let explanation: String
  /// A text the rule flags, with the flagged part in `exampleMatch`.
  public let example: String
  public let exampleMatch: String
}

extension PHIRule {
  private init(
    _ id: String, _ category: PHICategory, _ explanation: String, _ example: String,
    _ exampleMatch: String
  ) {
    self.init(
      id: id, category: category, explanation: explanation, example: example,
      exampleMatch: exampleMatch)
  }

  // Internet
  static let email = PHIRule(
    "phi.email", .email, "An email address identifies a person.",
    "write to jane.doe@example.com today", "jane.doe@example.com")
  static let handle = PHIRule(
    "phi.handle", .handle, "An @-mention names another account, possibly a patient.",
    "thanks @maria_g for the ride", "@maria_g")
  static let url = PHIRule(
    "phi.url", .url, "A web address can lead to a person.",
    "see https://example.com/u/jdoe now", "https://example.com/u/jdoe")
  static let photoLink = PHIRule(
    "phi.photo.link", .photo, "A link to a photo, which may show a face.",
    "my rash pic.twitter.com/AbC123", "pic.twitter.com/AbC123")
  static let photoFile = PHIRule(
    "phi.photo.file", .photo, "An image file's name: the photo may show a face.",
    "photo saved as unk_face_0317.jpg today", "unk_face_0317.jpg")
  static let photoAttachment = PHIRule(
    "phi.photo.attachment", .photo, "Attached media may show a full face.",
    "", "")
  static let ipv4 = PHIRule(
    "phi.ip.v4", .ip, "An IP address can identify a person's device.",
    "logged in from 192.168.10.24", "192.168.10.24")
  static let ipv6 = PHIRule(
    "phi.ip.v6", .ip, "An IP address can identify a person's device.",
    "from 2001:db8::8a2e:370:7334", "2001:db8::8a2e:370:7334")

  // Numbers with a known format
  static let phone = PHIRule(
    "phi.phone", .phone, "A telephone number identifies a person.",
    "call me at (555) 123-4567", "(555) 123-4567")
  static let phoneInternational = PHIRule(
    "phi.phone.intl", .phone, "An international telephone number identifies a person.",
    "ring +44 20 7946 0958", "+44 20 7946 0958")
  static let fax = PHIRule(
    "phi.fax", .fax, "A fax number identifies a person or their office.",
    "fax: 555-123-4568", "555-123-4568")
  static let ssn = PHIRule(
    "phi.ssn", .ssn, "A Social Security number identifies a person.",
    "ssn 123-45-6789", "123-45-6789")
  static let card = PHIRule(
    "phi.account.card", .account, "A payment card number (checksum valid) is an account number.",
    "card 4111 1111 1111 1111", "4111 1111 1111 1111")
  static let iban = PHIRule(
    "phi.account.iban", .account, "A bank account number (IBAN, checksum valid).",
    "IBAN GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 32")
  static let mac = PHIRule(
    "phi.device.mac", .device, "A hardware (MAC) address identifies a device.",
    "device 00:1A:2B:3C:4D:5E", "00:1A:2B:3C:4D:5E")
  static let vin = PHIRule(
    "phi.vehicle.vin", .vehicle, "A vehicle identification number identifies a car's owner.",
    "VIN 1HGCM82633A004352", "1HGCM82633A004352")

  // Dates and ages
  static let dateNumeric = PHIRule(
    "phi.date.numeric", .date,
    "A date written in digits (all date elements except the year are PHI).",
    "seen on 3/4/2015", "3/4/2015")
  static let dateMonthName = PHIRule(
    "phi.date.month", .date, "A date with a month name and a day or year.",
    "surgery on March 4th, 2015", "March 4th, 2015")
  static let dateShort = PHIRule(
    "phi.date.short", .date,
    "A day and month without a year, with a cue: \"on\", \"since\", an event (\"last dose\"), a time after it, or a day past the 10th.",
    "admitted on 3/4 for pain", "3/4")
  static let dateOrdinal = PHIRule(
    "phi.date.ordinal", .date, "A day of the month (\"on the 12th\").",
    "she fell on the 12th", "12th")
  static let age = PHIRule(
    "phi.age", .age, "Ages over 89 are identifying.",
    "my grandmother is 93 years old", "93")

  // Locations
  static let zip = PHIRule(
    "phi.location.zip", .location, "A ZIP code is a geographic unit smaller than a state.",
    "Springfield, IL 62704", "62704")
  static let street = PHIRule(
    "phi.location.street", .location, "A street address.",
    "she lives at 42 Oak Street now", "42 Oak Street")
  static let internationalStreet = PHIRule(
    "phi.location.street.intl", .location,
    "A street address written the way many countries write it (street, then number).",
    "she lives at Rua do Arenque 1634 now", "Rua do Arenque 1634")
  static let unitAddress = PHIRule(
    "phi.location.unit", .location, "An address line ending in an apartment or suite.",
    "send it to 6750 Koskikatu 25 Apt. 864 please", "6750 Koskikatu 25 Apt. 864")
  static let military = PHIRule(
    "phi.location.military", .location, "A military post address (PSC or unit, box, APO/FPO).",
    "write to PSC 0413, Box 8144 soon", "PSC 0413, Box 8144")
  static let poBox = PHIRule(
    "phi.location.pobox", .location, "A post office box is an address.",
    "mail it to PO Box 1234", "PO Box 1234")
  static let cityState = PHIRule(
    "phi.location.citystate", .location, "A town named before its state, as in an address.",
    "write to Tarrowby, MA 01234 soon", "Tarrowby")
  static let facility = PHIRule(
    "phi.location.facility", .location, "A hospital, clinic or other facility places a person.",
    "transferred to Mercy General Hospital", "Mercy General Hospital")
  static let organization = PHIRule(
    "phi.location.organization", .location,
    "A named organisation (a center, program, firm) places a person.",
    "she was seen at Northgate Sleep Disorders Center", "Northgate Sleep Disorders Center")
  static let workplace = PHIRule(
    "phi.location.workplace", .location, "A workplace named after \"works at\" or \"Employer:\".",
    "he works nights at the Pellman Foundry", "Pellman Foundry")
  static let locationField = PHIRule(
    "phi.location.field", .location,
    "A form's place field (\"Location:\", \"Address:\", \"School:\") names where a person is.",
    "Location: Bellmont CPEP, Unit 3", "Bellmont CPEP")
  static let landFeature = PHIRule(
    "phi.location.feature", .location,
    "A small place named by a feature of the land (Wash, Flats, Creek) after \"from\" or \"near\".",
    "no ride from Coyote Wash this week", "Coyote Wash")
  static let city = PHIRule(
    "phi.location.city", .location, "A city or town is smaller than a state.",
    "we moved to Springfield last year", "Springfield")
  static let placeContext = PHIRule(
    "phi.location.context", .location, "A place named after \"lives in\", \"from\" or similar.",
    "my son lives in Hollowbrook", "Hollowbrook")
  static let taggedPlace = PHIRule(
    "phi.location.tagger", .location, "The place tagger reads this as a place name.",
    "a week at Lake Tahoe", "Lake Tahoe")

  // Names
  static let titledName = PHIRule(
    "phi.name.title", .name, "A name after a title (Dr., Mrs., Nurse...).",
    "seen by Dr. Okafor today", "Okafor")
  static let relativeName = PHIRule(
    "phi.name.relative", .name, "A name after a relation or role (\"my son\", \"patient\").",
    "my daughter Emma has a fever", "Emma")
  static let introducedName = PHIRule(
    "phi.name.introduced", .name, "A name someone introduces (\"my name is\", \"signed\").",
    "hi, my name is Priya Raman", "Priya Raman")
  static let initialsName = PHIRule(
    "phi.name.initial", .name, "An initial with a surname.",
    "reviewed by J. Whitaker", "J. Whitaker")
  static let credentialName = PHIRule(
    "phi.name.credential", .name, "A name followed by a clinical credential (MD, RN, NP...).",
    "Chidi Okonkwo, MD reviewed the chart", "Chidi Okonkwo")
  static let invertedName = PHIRule(
    "phi.name.inverted", .name, "A surname, comma, given name (as records list people).",
    "Whitaker, John called twice", "Whitaker, John")
  static let lexiconName = PHIRule(
    "phi.name.lexicon", .name, "A known first name followed by a surname.",
    "thank you Maria Gonzalez", "Maria Gonzalez")
  static let hashtagName = PHIRule(
    "phi.name.hashtag", .name, "A hashtag spelling out a first name and surname.",
    "praying for #JohnnyWinter tonight", "JohnnyWinter")
  static let repeatedName = PHIRule(
    "phi.name.repeated", .name, "A word found as a name elsewhere in the same text.",
    "Dr. Bliss called. Bliss said to rest", "Bliss")
  static let taggedName = PHIRule(
    "phi.name.tagger", .name, "The name tagger reads this as a person's name.",
    "shoutout to jake for the help", "jake")

  // Identifiers announced by a keyword
  static let mrn = PHIRule(
    "phi.mrn", .mrn, "A medical record number.",
    "MRN: 00482913", "00482913")
  static let healthPlan = PHIRule(
    "phi.health_plan", .healthPlan, "A health plan member or policy number.",
    "member id XJH448812", "XJH448812")
  static let account = PHIRule(
    "phi.account", .account, "An account number.",
    "account # 88231-004", "88231-004")
  static let license = PHIRule(
    "phi.license", .license, "A licence or certificate number.",
    "driver's license D1234567", "D1234567")
  static let vehicle = PHIRule(
    "phi.vehicle", .vehicle, "A licence plate or vehicle number.",
    "license plate 7ABC123", "7ABC123")
  static let device = PHIRule(
    "phi.device", .device, "A device serial number or identifier.",
    "pacemaker serial number PJN123456", "PJN123456")
  static let ssnKeyword = PHIRule(
    "phi.ssn.keyword", .ssn, "A Social Security number (announced).",
    "social security 123456789", "123456789")
  static let biometric = PHIRule(
    "phi.biometric", .biometric, "A biometric identifier (fingerprint, retina, voice print).",
    "they kept my fingerprints on file", "fingerprints")
  static let keywordID = PHIRule(
    "phi.id.keyword", .id, "An encounter, accession or reference number.",
    "accession # S22-01873", "S22-01873")
  static let otherID = PHIRule(
    "phi.id", .id, "A long number or code that could identify a person.",
    "quote A7734921 when you call", "A7734921")

  // Health
  static let health = PHIRule(
    "phi.health", .health, "A health detail tied to a person in the same text.",
    "my husband has diabetes", "diabetes")

  // The practice
  static let practice = PHIRule(
    "phi.practice", .practice, "The practice's own published details: not PHI.",
    "", "")

  /// Every rule, for documentation and tests.
  public static let catalogue: [PHIRule] = [
    email, handle, url, photoLink, photoFile, photoAttachment, ipv4, ipv6, phone,
    phoneInternational, fax,
    ssn, card, iban, mac, vin, dateNumeric, dateMonthName, dateShort, dateOrdinal, age, zip,
    street, internationalStreet, unitAddress, military, poBox, cityState, facility, organization,
    workplace, locationField, landFeature, city,
    placeContext, taggedPlace, titledName, relativeName,
    introducedName, initialsName, credentialName, invertedName, lexiconName, hashtagName,
    repeatedName,
    taggedName, mrn, healthPlan,
    account, license, vehicle, device, ssnKeyword, biometric, keywordID, otherID, health, practice,
  ]
}
