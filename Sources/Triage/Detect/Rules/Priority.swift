/// Who wins when two rules claim overlapping text.
enum Priority {
  /// Structured identifiers with an unmistakable shape: email, URL, IP.
  static let structured = 100
  /// Numbers with a known format: phone, SSN, card, dates written with digits.
  static let formatted = 90
  /// Identifiers announced by a keyword ("MRN 12345").
  static let keyword = 85
  /// Digit groups read as a phone number from their grouping or a nearby "call": weaker
  /// than a keyword ("Medicaid number 1234-5678-90") or an SSN.
  static let groupedNumber = 80
  /// Names and places found through a context word or a title.
  static let context = 70
  /// Addresses and facilities.
  static let place = 65
  /// Dictionary knowledge and the learned tagger.
  static let lexical = 50
  /// Health details.
  static let health = 40
  /// Any other long number.
  static let fallback = 30
}
