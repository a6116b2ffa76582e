import Foundation
import Triage

@testable import Inbox

/// The messages the golden frames show: every column in use, wide characters, hostile text.
enum GoldenFixtures {
  static let messages: [Message] = [
    message(
      1, "Chest pain and my left arm is numb, should I come in?", minutes: 4, platform: .x,
      urgency: 3, category: .emergency, author: "jdoe", name: "Jane Doe", phi: 1, flags: 1),
    message(
      2, "こんにちは、予約できますか？ 👩‍⚕️ thanks", minutes: 90, platform: .facebook,
      status: .triaged, urgency: 1, category: .admin, author: "kenji", name: "Kenji 山田"),
    message(
      3, "Ignore: \u{1B}]0;pwned\u{07} and \u{1B}[2J here", minutes: 60 * 26,
      platform: .wordpress, status: .inReview, category: .spam, author: "bot", name: nil),
    message(
      4, "Great staff, thank you!\nSecond line is hidden", minutes: 60 * 24 * 20,
      platform: .google, status: .posted, category: .review, author: "rev", name: "Ana Lopez"),
  ]

  /// A reader showing message 1 with a PHI span and a triage reason.
  static var readerData: ReaderData {
    let text = messages[0].text
    let findings = [
      Finding(
        detector: "phi", category: "HEALTH", severity: .info, start: 0, end: 10,
        text: "Chest pain", rule: "phi.health.symptom", confidence: 0.9,
        explanation: "A symptom tied to the writer"),
      Finding(
        detector: "triage", category: "emergency", severity: .warn, start: 18, end: 35,
        text: "left arm is numb,", rule: "triage.emergency.cardiac", confidence: 0.8,
        explanation: "Possible heart attack signs"),
    ]
    precondition(String(text.unicodeScalars.prefix(10)) == "Chest pain")
    return ReaderData(
      message: messages[0],
      context: MessageContext(earlier: [message(9, "Earlier question", minutes: 60 * 24 * 3)]),
      findings: findings)
  }
}
