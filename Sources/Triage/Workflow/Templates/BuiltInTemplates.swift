/// The safe replies every inbox starts with (seeded by the `v4-templates` migration and used
/// by the reply checker's suggestions). None confirms or denies that anyone is a patient.
public enum BuiltInTemplates {
  public static let redirect = ReplyTemplate(
    name: "redirect", title: "General redirect to phone or portal",
    body: """
      Thank you for reaching out. We can't discuss personal health questions on social media. \
      Please call us at {phone} or send a secure message through {portal} so we can help.
      """, category: .adviceRequest, isBuiltIn: true)

  public static let emergency = ReplyTemplate(
    name: "emergency", title: "Emergency: call 911",
    body: """
      If this is a medical emergency, please call 911 or go to the nearest emergency room now. \
      We can't give medical advice here.
      """, category: .emergency, isBuiltIn: true)

  public static let crisis = ReplyTemplate(
    name: "crisis", title: "Crisis: 988 Suicide & Crisis Lifeline",
    body: """
      We're glad you reached out. If you are thinking about suicide or are in crisis, please \
      call or text 988 to reach the 988 Suicide & Crisis Lifeline, or chat at 988lifeline.org. \
      If you are in immediate danger, call 911.
      """, category: .crisis, isBuiltIn: true)

  public static let review = ReplyTemplate(
    name: "review", title: "Review response (neither confirms nor denies a relationship)",
    body: """
      Thank you for sharing your feedback. Privacy rules mean we can't discuss anyone's care \
      online, and we take every comment seriously. We'd welcome the chance to talk directly: \
      please call us at {phone}.
      """, category: .review, isBuiltIn: true)

  public static let appointment = ReplyTemplate(
    name: "appointment", title: "Appointment request",
    body: """
      Thank you for reaching out. To request an appointment, please call us at {phone} or use \
      {portal}.
      """, category: .admin, isBuiltIn: true)

  public static let all = [redirect, emergency, crisis, review, appointment]
}
