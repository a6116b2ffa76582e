import Foundation

/// What a classifier rule's phrases are evidence of.
public enum TriageSignal: String, Sendable, Hashable, CaseIterable, Codable {
  /// A medical emergency happening now.
  case emergency
  /// Suicidal thoughts, self-harm or harm to others.
  case crisis
  /// Hopelessness and other soft signs that support a crisis reading but never decide it alone.
  case distress
  /// A pregnancy: with a danger sign in the same message it is an emergency.
  case pregnancy
  /// A danger sign in pregnancy (bleeding, no movement, severe headache...).
  case pregnancyDanger
  /// A condition, symptom, medication, procedure or test.
  case health
  /// An individual request for advice ("should I", "my results", dosing).
  case advice
  /// A question asking for general information.
  case question
  /// Appointments, billing, insurance, hours, records, refills.
  case admin
  /// Praise of the practice.
  case praise
  /// A complaint about the practice.
  case complaint
  /// Marketing, scams and link bait.
  case spam
  /// Sympathy, condolences, grief for someone else, affection or gratitude: a text about or
  /// to another person, which the learned model alone does not call a crisis.
  case sympathy
  /// Phrases that look like evidence but are not ("stroke of luck", "killing it"): other
  /// matches inside them are dropped.
  case ignore
}

/// One rule family: an id, what it signals, how strongly, and its phrases.
public struct TriageRule: Sendable, Hashable {
  /// Stable id, e.g. `emergency.cardiac`.
  public var id: String
  public var signal: TriageSignal
  /// 2: decides on its own; 1: counts towards a decision with other evidence.
  public var weight: Int
  /// One line a clinician understands.
  public var explanation: String
  /// Phrases in `PhrasePattern` syntax.
  public var phrases: [String]
  /// The learned model's feature for this rule matching as said, and as a flag (negated,
  /// joked, past...): see `ModelFeatures.ruleFeatures`.
  let featureHash: UInt64
  let flaggedFeatureHash: UInt64

  public init(
    _ id: String, _ signal: TriageSignal, weight: Int, _ explanation: String, _ phrases: [String]
  ) {
    self.id = id
    self.signal = signal
    self.weight = weight
    self.explanation = explanation
    self.phrases = phrases
    featureHash = ModelFeatures.ruleHash(id, flagged: false)
    flaggedFeatureHash = ModelFeatures.ruleHash(id, flagged: true)
  }
}

extension TriageRule {
  /// One phrase per line; blank lines ignored.
  static func lines(_ text: String) -> [String] {
    if let lines = asciiPieces(text, separator: UInt8(ascii: "\n")) { return lines }
    return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty
    }
  }

  /// What `lines` and `terms` compute, for ASCII text without carriage returns (every
  /// built-in rule; thousands of phrases are read at every start): split on `separator`,
  /// spaces and tabs trimmed (the only ASCII `.whitespaces`), empty pieces dropped. Nil for
  /// other text, which takes the Foundation path.
  static func asciiPieces(_ text: String, separator: UInt8) -> [String]? {
    var text = text
    return text.withUTF8 { bytes -> [String]? in
      guard !bytes.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "\r") }) else {
        return nil
      }
      var pieces: [String] = []
      var index = 0
      while index < bytes.count {
        var end = index
        while end < bytes.count, bytes[end] != separator { end += 1 }
        var first = index
        var last = end
        while first < last, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
        while last > first, bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09 { last -= 1 }
        if first < last {
          pieces.append(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<last]), as: UTF8.self))
        }
        index = end + 1
      }
      return pieces
    }
  }
}

extension TriageRule {
  /// Word lists: `|` separates terms, each term (possibly several words) its own phrase.
  static func terms(_ text: String) -> [String] {
    lines(text).flatMap { line -> [String] in
      if let terms = asciiPieces(line, separator: UInt8(ascii: "|")) { return terms }
      return line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
        !$0.isEmpty
      }
    }
  }
}
