import Foundation
import GRDB
import Triage

/// A large, realistic-looking inbox for benchmarks: deterministic (seeded), written in big
/// transactions. Old messages are mostly finished, recent ones open; urgency, categories,
/// platforms, threads and authors follow plausible skews. A few marker words with known
/// frequencies make search timings comparable between runs.
struct SyntheticInbox {
  /// Marker words and how often they appear (one message in N).
  /// One account writes every `prolificEvery`th message (an account that posts all day), so
  /// that the reader's "earlier from this author" is timed at its bound too.
  static let prolificAuthor = "busy_poster"
  static let prolificEvery = 100

  static let markers: [(word: String, every: Int)] = [
    ("appointment", 8), ("rash", 200), ("zygomatic", 100_000),
  ]

  var count: Int
  var now: Date
  var seed: UInt64 = 0x5EED

  func generate(into store: InboxStore, progress: (Int) -> Void) throws {
    var random = SplitMix(seed: seed)
    let batch = 20_000
    var written = 0
    let span = 730.0 * 86_400
    while written < count {
      let size = min(batch, count - written)
      try store.pool.write { db in
        for offset in 0..<size {
          let index = written + offset
          // More messages lately: the square pulls times towards now.
          let fraction = random.unit()
          let age = span * fraction * fraction
          let created = now.addingTimeInterval(-age)
          let message = makeMessage(index: index, created: created, age: age, &random)
          _ = try InboxStore.insertIfAbsent(message, in: db)
        }
      }
      written += size
      progress(written)
    }
  }

  private func makeMessage(index: Int, created: Date, age: Double, _ random: inout SplitMix)
    -> Message
  {
    let platforms: [Platform] = [.x, .x, .x, .facebook, .facebook, .wordpress, .google, .instagram]
    let platform = platforms[random.below(platforms.count)]
    let urgencyRoll = random.below(100)
    let urgency = urgencyRoll < 80 ? 0 : urgencyRoll < 92 ? 1 : urgencyRoll < 98 ? 2 : 3
    let category: Triage.Category =
      urgency == 3
      ? (random.below(2) == 0 ? .emergency : .crisis)
      : [.adviceRequest, .healthQuestion, .admin, .admin, .review, .spam, .other][random.below(7)]
    let status: Status
    if age < 14 * 86_400 {
      status =
        [.new, .new, .new, .triaged, .drafting, .inReview, .changesRequested, .approved][
          random.below(8)]
    } else if random.below(100) < 3 {
      status = [.new, .triaged][random.below(2)]
    } else {
      status = [.posted, .posted, .closed, .noReplyNeeded, .spam][random.below(5)]
    }
    let thread = index / 5
    let author = random.below(50_000)
    let prolific = index % Self.prolificEvery == Self.prolificEvery / 2
    return Message(
      platform: platform, externalID: "s\(index)", threadID: "t\(thread)",
      parentID: index % 5 == 0 ? nil : "s\(thread * 5)",
      authorHandle: prolific ? Self.prolificAuthor : "user\(author)",
      authorName: prolific ? "Busy Poster" : "Person \(author)",
      text: text(index: index, &random), createdAt: created,
      permalink: "https://example.org/\(platform.rawValue)/s\(index)", status: status,
      category: category, urgency: urgency,
      phiCount: random.below(10) == 0 ? 1 + random.below(3) : 0,
      flagCount: random.below(20) == 0 ? 1 : 0)
  }

  static let openings = [
    "Hi doctor,", "Quick question:", "Hello!", "Good morning,", "Dear team,", "Hey,",
    "Thank you for", "Is it normal that", "Can I ask", "My mother",
  ]
  static let words = [
    "knee", "pain", "since", "last", "week", "insurance", "accept", "new", "patients", "refill",
    "prescription", "fever", "child", "cough", "headache", "clinic", "hours", "saturday",
    "parking", "results", "blood", "test", "waiting", "room", "staff", "friendly", "great",
    "doctor", "nurse", "helpful", "terrible", "service", "portal", "login", "vaccine", "flu",
    "shot", "allergy", "season", "dizzy", "morning", "evening", "medication", "dose", "side",
    "effects", "sleep", "anxiety", "back", "shoulder", "surgery", "recovery", "physio",
    "referral", "specialist", "cardiology", "pressure", "sugar", "diet", "weight", "covid",
    "mask", "telehealth", "video", "call", "bill", "payment", "thanks", "amazing", "rude",
  ]

  private func text(index: Int, _ random: inout SplitMix) -> String {
    var parts = [Self.openings[random.below(Self.openings.count)]]
    for _ in 0..<(6 + random.below(18)) {
      parts.append(Self.words[random.below(Self.words.count)])
    }
    for marker in Self.markers where index % marker.every == marker.every / 2 {
      parts.insert(marker.word, at: 1 + random.below(parts.count - 1))
    }
    return parts.joined(separator: " ") + (random.below(3) == 0 ? "?" : ".")
  }
}

/// A small, fast, seeded random number generator (SplitMix64).
struct SplitMix {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

  mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
