/// The fixed category names the PHI detector reports. `PRACTICE` marks the practice's own
/// details (name, staff, phone, address, website): reported so a person sees them, never PHI.
public enum PHICategory: String, Sendable, CaseIterable, Codable {
  case name = "NAME"
  case location = "LOCATION"
  case date = "DATE"
  case age = "AGE"
  case phone = "PHONE"
  case fax = "FAX"
  case email = "EMAIL"
  case ssn = "SSN"
  case mrn = "MRN"
  case healthPlan = "HEALTH_PLAN"
  case account = "ACCOUNT"
  case license = "LICENSE"
  case vehicle = "VEHICLE"
  case device = "DEVICE"
  case url = "URL"
  case ip = "IP"
  case biometric = "BIOMETRIC"
  case photo = "PHOTO"
  case id = "ID"
  case handle = "HANDLE"
  case health = "HEALTH"
  case practice = "PRACTICE"

  /// Whether a finding of this category is protected health information (or the health
  /// detail that makes an identifier PHI). `PRACTICE` is not.
  public var isPHI: Bool { self != .practice }
}

extension Finding {
  /// The PHI category of a finding from the `phi` detector, nil for other detectors.
  public var phiCategory: PHICategory? {
    detector == PHIDetector.detectorName ? PHICategory(rawValue: category) : nil
  }

  /// True for PHI findings (every `phi` category except `PRACTICE`).
  public var isPHI: Bool { phiCategory?.isPHI ?? false }
}
