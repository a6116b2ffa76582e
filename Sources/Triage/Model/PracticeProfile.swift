/// What the practice publishes about itself. Detectors report these as `PRACTICE`, not PHI, so a
/// reply may give the clinic's phone number or name a doctor who works there. Filled from the
/// policy file (`rounds.toml`).
public struct PracticeProfile: Sendable, Hashable, Codable {
  public var name: String
  public var staffNames: [String]
  public var phones: [String]
  public var addresses: [String]
  /// Websites and the patient portal, e.g. `https://portal.example.org`.
  public var websites: [String]

  public init(
    name: String = "", staffNames: [String] = [], phones: [String] = [],
    addresses: [String] = [], websites: [String] = []
  ) {
    self.name = name
    self.staffNames = staffNames
    self.phones = phones
    self.addresses = addresses
    self.websites = websites
  }
}
