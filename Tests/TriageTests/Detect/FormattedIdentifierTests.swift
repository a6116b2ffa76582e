import Testing

@testable import Triage

@Suite struct FormattedIdentifierTests {
  @Test(arguments: [
    ("write to jane.doe@example.com today", "jane.doe@example.com"),
    ("JOHN_SMITH+tag@mail.example.co.uk.", "JOHN_SMITH+tag@mail.example.co.uk"),
  ])
  func emails(text: String, match: String) {
    #expect(finds(text, .email, match))
  }

  @Test func handlesAreMentionsNotEmails() {
    #expect(finds("thanks @maria_g!", .handle, "@maria_g"))
    #expect(!categories("me@home").contains("HANDLE"))
  }

  @Test(arguments: [
    ("see https://example.com/u/jdoe.", "https://example.com/u/jdoe"),
    ("(see www.example.org/path)", "www.example.org/path"),
    ("visit mercyclinic.org today", "mercyclinic.org"),
  ])
  func urls(text: String, match: String) {
    #expect(finds(text, .url, match))
  }

  @Test func photoLinksArePhotos() {
    #expect(finds("my rash pic.twitter.com/AbC123", .photo, "pic.twitter.com/AbC123"))
    #expect(finds("https://example.com/me.jpg", .photo, "https://example.com/me.jpg"))
  }

  @Test func attachmentsArePhotosWithAnEmptySpan() throws {
    let findings = detector.findings(in: "look", attachments: [Attachment(name: "face.jpg")])
    let photo = try #require(findings.first)
    #expect(photo.category == "PHOTO")
    #expect(photo.start == 4 && photo.end == 4)
    #expect(photo.text == "face.jpg")
  }

  @Test func notDomains() {
    for text in ["e.g. this", "i.e. that", "at 3 p.m. today", "U.S. citizens", "Dr.Smith said"] {
      #expect(!categories(text).contains("URL"), "\(text)")
    }
  }

  @Test func ipAddresses() {
    #expect(finds("from 192.168.10.24 yesterday", .ip, "192.168.10.24"))
    #expect(finds("addr 2001:db8::8a2e:370:7334", .ip, "2001:db8::8a2e:370:7334"))
    #expect(!categories("version 1.2.3.4.5").contains("IP"))
    #expect(!categories("999.1.1.1").contains("IP"))
    #expect(!categories("at 10:30:00").contains("IP"))
  }

  @Test(arguments: [
    "(555) 123-4567", "555-123-4567", "555.123.4567", "+1 555 123 4567", "1-555-123-4567",
    "5551234567", "555-123-4567 ext. 12", "555-123-4567x4587",
  ])
  func phones(number: String) {
    #expect(finds("call \(number) now", .phone, number))
  }

  @Test func internationalAndLocalPhones() {
    #expect(finds("ring +44 20 7946 0958", .phone, "+44 20 7946 0958"))
    #expect(finds("call 123-4567", .phone, "123-4567"))
  }

  @Test func groupedNumbersReadAsPhones() {
    #expect(finds("call me at 0494 92 82 32 please", .phone, "0494 92 82 32"))
    #expect(finds("Tel: 03.93.92.16.85", .phone, "03.93.92.16.85"))
    #expect(finds("desk: +46 (0)8 928 571 38", .phone, "+46 (0)8 928 571 38"))
    #expect(finds("my number is 699 956 915", .phone, "699 956 915"))
    #expect(!categories("we sold 120 450 units").contains("PHONE"))
    #expect(!categories("between 10 20 and 30").contains("PHONE"))
  }

  @Test func faxNumbers() {
    #expect(finds("Fax: 555-123-4568", .fax, "555-123-4568"))
    #expect(finds("phone 555-123-4567, fax (555) 123-4568", .fax, "(555) 123-4568"))
    #expect(finds("phone 555-123-4567, fax (555) 123-4568", .phone, "555-123-4567"))
  }

  @Test func socialSecurityNumbers() {
    #expect(finds("ssn 123-45-6789", .ssn, "123-45-6789"))
    #expect(finds("social security 123456789", .ssn, "123456789"))
    #expect(!categories("000-12-3456").contains("SSN"))
  }

  @Test func cardsAndBankAccounts() {
    #expect(finds("card 4111 1111 1111 1111 ok", .account, "4111 1111 1111 1111"))
    #expect(finds("4111111111111111", .account, "4111111111111111"))
    #expect(finds("IBAN GB82 WEST 1234 5698 7654 32", .account, "GB82 WEST 1234 5698 7654 32"))
    #expect(!categories("4111 1111 1111 1112").contains("ACCOUNT"))
  }

  @Test func keywordIdentifiers() {
    #expect(finds("MRN: 00482913", .mrn, "00482913"))
    #expect(finds("medical record # A-44821", .mrn, "A-44821"))
    #expect(finds("member id XJH448812", .healthPlan, "XJH448812"))
    #expect(finds("Medicaid number 1234-5678-90", .healthPlan, "1234-5678-90"))
    #expect(finds("account # 88231-004", .account, "88231-004"))
    #expect(finds("driver's license D1234567", .license, "D1234567"))
    #expect(finds("license plate 7ABC123", .vehicle, "7ABC123"))
    #expect(finds("pacemaker serial number PJN123456", .device, "PJN123456"))
    #expect(finds("device 00:1A:2B:3C:4D:5E", .device, "00:1A:2B:3C:4D:5E"))
    #expect(finds("VIN 1HGCM82633A004352", .vehicle, "1HGCM82633A004352"))
    #expect(finds("they kept my fingerprints", .biometric, "fingerprints"))
  }

  @Test func otherLongNumbersAreIDs() {
    #expect(finds("reference A7734921 attached", .id, "A7734921"))
    #expect(finds("case 20240117", .id, "20240117"))
  }

  @Test(arguments: [
    "take 200 mg twice a day", "5 ml every 4 hours", "BP 120/80, HR 72, O2 98%",
    "PMH: CAD, COPD, HTN x3", "at 10:30 am", "it cost $45,000", "paid $12000", "version 2.3.1",
    "walked 10000 steps", "1/2 tablet at night", "in 2015 I moved", "on Monday in March",
    "up 3.5 lbs", "iOS 17.4.1", "about 1,000,000 people", "room 12", "10000mg of vitamin C",
  ])
  func hardNegatives(text: String) {
    let identifiers = categories(text).filter { $0 != "HEALTH" }
    #expect(identifiers.isEmpty, "\(text): \(identifiers)")
  }
}
