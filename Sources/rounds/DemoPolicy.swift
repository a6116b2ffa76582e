import Foundation
import Triage

/// The demo inbox's policy: the sample practice, Maple Grove Family Medicine, so its own
/// details (its phone, portal, handles and doctors) show as PRACTICE rather than PHI, and its
/// replies carry its sign-off.
enum DemoPolicy {
  static let text = """
    # rounds.toml for the demo inbox: the sample practice of the bundled exports.
    # Its own details are reported as PRACTICE, never as PHI. Check it with
    # `rounds policy check --db <the demo inbox>`; edit it to try other rules.

    [practice]
    name = "Maple Grove Family Medicine"
    phone = "(555) 010-0100"
    portal = "https://portal.maplegrovefamilymed.example"
    websites = ["https://maplegrovefamilymed.example"]
    addresses = ["400 Orchard Lane, Maple Grove"]
    handles = ["MapleGroveMed", "maplegrovefamilymed"]
    staff = ["Dr. Priya Raman", "Dr. Raman", "Dr. Thomas Becker", "Dr. Becker"]

    [links]
    approved_domains = ["maplegrovefamilymed.example", "988lifeline.org", "cdc.gov", "medlineplus.gov"]

    [review]
    # Every draft goes to a supervisor.
    require_for = ["all"]

    [reply]
    sign_off = "— The care team at Maple Grove Family Medicine"

    """

  /// A second member of staff, so there is a clinician to assign messages to.
  static let clinician = (user: "praman", name: "Dr. Priya Raman")

  /// Writes the policy beside the demo database unless a policy is there already (the
  /// person's edits are kept). Readable by the inbox's group when the folder is shared.
  static func install(besideDatabase path: String) throws {
    let file = (path as NSString).deletingLastPathComponent + "/" + PolicyLoader.fileName
    guard !FileManager.default.fileExists(atPath: file) else { return }
    let descriptor = open(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o640)
    guard descriptor >= 0 else {
      throw RoundsError(
        .failure, "cannot write the demo policy \(file)", fix: "check the folder's permissions")
    }
    defer { close(descriptor) }
    // Whatever the umask, a shared inbox's staff must be able to read it.
    fchmod(descriptor, 0o640)
    let bytes = Array(text.utf8)
    let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
    guard written == bytes.count else {
      throw RoundsError(.failure, "cannot write the demo policy \(file)")
    }
  }
}
