import Foundation

/// Which column (CSV) or field path (JSON Lines, dotted: `user.name`) holds each part of a
/// message, for exports Rounds has no reader of its own for — social-media-management inbox
/// exports, for instance. Given with `--map-*` flags or a small `key = value` file.
public struct FieldMapping: Sendable, Hashable {
  /// A fixed platform name for every row...
  public var platform: String?
  /// ...or the column naming it per row ("Twitter", "Facebook", ... are understood).
  public var platformField: String?
  public var id: String?
  public var text: String?
  public var created: String?
  public var authorHandle: String?
  public var authorName: String?
  public var thread: String?
  public var parent: String?
  public var permalink: String?
  public var sourceStatus: String?
  /// A column telling inbound from the practice's own messages, and its value for "own".
  public var directionField: String?
  public var ownValue: String?
  /// The UTC offset of times written without one (tools export in a chosen zone), `+02:00`.
  public var utcOffset: String?

  public init() {}

  /// The keys a mapping file may use, with what they mean.
  public static let keys: [(key: String, meaning: String)] = [
    ("platform", "a fixed platform name, e.g. x, facebook, instagram"),
    ("platform_field", "the column naming each row's network (Twitter, Facebook, ...)"),
    ("id", "the message id, unique per platform (required)"),
    ("text", "the message text (required)"),
    (
      "created",
      "when it was written: ISO 8601, `YYYY-MM-DD HH:MM[:SS]`, or Unix seconds (required)"
    ),
    ("author_handle", "the author's handle or id"),
    ("author_name", "the author's display name"),
    ("thread", "the conversation or post id"),
    ("parent", "the id of the message it answers"),
    ("permalink", "a link to the message"),
    ("source_status", "the platform's moderation state (spam, deleted, ...)"),
    ("direction_field", "the column telling inbound from outbound messages"),
    ("own_value", "the direction_field value of the practice's own messages, e.g. Outbound"),
    ("utc_offset", "the zone of times written without one, e.g. -05:00"),
  ]

  /// Sets one key; throws a usage error for unknown keys.
  public mutating func set(_ key: String, _ value: String) throws {
    switch key.lowercased().replacingOccurrences(of: "-", with: "_") {
    case "platform": platform = value
    case "platform_field": platformField = value
    case "id": id = value
    case "text": text = value
    case "created": created = value
    case "author_handle": authorHandle = value
    case "author_name": authorName = value
    case "thread": thread = value
    case "parent": parent = value
    case "permalink": permalink = value
    case "source_status": sourceStatus = value
    case "direction_field": directionField = value
    case "own_value": ownValue = value
    case "utc_offset": utcOffset = value
    default:
      throw RoundsError(
        .usage, "unknown mapping key \(key)",
        fix: "use one of: \(Self.keys.map(\.key).joined(separator: ", "))")
    }
  }

  /// Reads a mapping file: `key = value` lines (values may be quoted), `#` comments.
  public static func load(path: String) throws -> FieldMapping {
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else {
      throw RoundsError(.usage, "cannot read the mapping file \(path)", fix: "check the path")
    }
    var mapping = FieldMapping()
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      let content = line.trimmingCharacters(in: " \t\r")
      if content.isEmpty || content.hasPrefix("#") { continue }
      guard let equals = content.firstIndex(of: "=") else {
        throw RoundsError(
          .usage, "\(path) line \(number + 1) is not `key = value`",
          fix: "see docs/formats.md, generic CSV and JSON Lines")
      }
      let key = Substring(content[..<equals]).trimmingCharacters(in: " \t")
      let value = Substring(content[content.index(after: equals)...]).trimmingCharacters(
        in: " \t\"")
      try mapping.set(key, value)
    }
    return mapping
  }

  /// Throws a usage error naming what is missing.
  public func validate() throws {
    var missing: [String] = []
    if platform == nil && platformField == nil { missing.append("platform or platform_field") }
    if id == nil { missing.append("id") }
    if text == nil { missing.append("text") }
    if created == nil { missing.append("created") }
    guard missing.isEmpty else {
      throw RoundsError(
        .usage, "the field mapping lacks \(missing.joined(separator: ", "))",
        fix: "give --map-KEY flags or --mapping FILE (see docs/formats.md)")
    }
  }

  /// Networks as tools name them, to Rounds platforms.
  static func platform(named name: String) -> Platform {
    switch name.lowercased().trimmingSpaces() {
    case "twitter", "x", "x (twitter)", "twitter/x": .x
    case "facebook", "facebook page", "messenger": .facebook
    case "instagram", "instagram business": .instagram
    case "youtube": .youtube
    case "linkedin", "linkedin page": "linkedin"
    case "google", "google my business", "google business profile": .google
    case "mastodon": .mastodon
    case "reddit": .reddit
    case "tiktok": "tiktok"
    case "threads": "threads"
    case "bluesky": .bluesky
    default: Platform(rawValue: name.trimmingSpaces().replacingOccurrences(of: " ", with: "-"))
    }
  }

  /// A time in the mapped field, read in `utc_offset` when it carries no zone of its own.
  func date(_ text: String) -> Date? {
    let trimmed = text.trimmingSpaces()
    if let seconds = Double(trimmed) { return ImportDates.unix(seconds) }
    let hasZone =
      trimmed.hasSuffix("Z") || trimmed.hasSuffix("UTC")
      || trimmed.dropFirst(10).contains(where: { $0 == "+" }) || trimmed.dropFirst(19).contains("-")
    if !hasZone, let offset = utcOffset { return ImportDates.iso8601(trimmed + offset) }
    return ImportDates.iso8601(trimmed) ?? ImportDates.twitter(trimmed)
  }
}

/// Builds messages from mapped rows, for the generic CSV and JSON Lines formats.
struct MappedRecord {
  let mapping: FieldMapping
  /// Looks a field up by the mapping's name for it.
  let field: (String) -> String?

  func message(raw: String) -> Result<Message, MappingProblem> {
    func value(_ name: String?) -> String? { name.flatMap(field)?.nonEmpty }
    guard let id = value(mapping.id) else {
      return .failure(MappingProblem(reason: "no value in the id field"))
    }
    guard let stamp = value(mapping.created), let date = mapping.date(stamp) else {
      return .failure(
        MappingProblem(reason: "message \(id): no readable time in the created field"))
    }
    let platform =
      mapping.platform.map { FieldMapping.platform(named: $0) }
      ?? value(mapping.platformField).map { FieldMapping.platform(named: $0) }
    guard let platform else {
      return .failure(MappingProblem(reason: "message \(id): no platform"))
    }
    let own =
      mapping.directionField.flatMap { value($0) }.map {
        $0.caseInsensitiveCompare(mapping.ownValue ?? "outbound") == .orderedSame
      } ?? false
    let text = value(mapping.text) ?? ""
    let build = own ? Message.own : Message.inbound
    return .success(
      build(
        platform, id, text, date, raw, value(mapping.authorHandle), value(mapping.authorName),
        value(mapping.thread), value(mapping.parent), value(mapping.permalink),
        value(mapping.sourceStatus)?.lowercased(), .public))
  }
}

/// Any CSV, with a field mapping.
struct GenericCSVFormat: ImportFormat {
  let name = "csv"
  let summary =
    "any CSV with a field mapping (--map-* flags or --mapping FILE; e.g. Hootsuite Inbox)"

  func sniff(_ probe: FormatProbe) -> Int { 0 }  // only by --format

  func read(_ input: ImportInput, into sink: RecordSink) throws {
    guard let mapping = input.mapping else {
      throw RoundsError(
        .usage, "the csv format needs a field mapping",
        fix: "give --map-id, --map-text, --map-created and --map-platform, or --mapping FILE")
    }
    try mapping.validate()
    try CSVRecords.forEach(input, sink: sink) { header, row, raw, position in
      let record = MappedRecord(mapping: mapping) { header.value(row, $0) }
      switch record.message(raw: String(decoding: raw, as: UTF8.self)) {
      case .success(let message):
        if message.text.isEmpty {
          try sink.skip("no_text")
        } else {
          try sink.message(message)
        }
      case .failure(let problem):
        try sink.bad(BadRecord(position: position, reason: problem.reason, raw: raw))
      }
    }
  }
}

/// Any JSON Lines file, with a field mapping (dotted paths reach nested fields).
struct GenericJSONLinesFormat: ImportFormat {
  let name = "jsonl"
  let summary = "any JSON Lines file with a field mapping (dotted paths, e.g. user.name)"

  func sniff(_ probe: FormatProbe) -> Int { 0 }  // only by --format

  func read(_ input: ImportInput, into sink: RecordSink) throws {
    guard let mapping = input.mapping else {
      throw RoundsError(
        .usage, "the jsonl format needs a field mapping",
        fix: "give --map-id, --map-text, --map-created and --map-platform, or --mapping FILE")
    }
    try mapping.validate()
    try JSONRecords.forEach(input, layout: .lines, sink: sink) { value, raw, position, element in
      let record = MappedRecord(mapping: mapping) { path in
        var current: JSONValue? = value
        for key in path.split(separator: ".") { current = current?[String(key)] }
        return current?.text
          ?? current.map { $0.kind == .bool ? ($0.bool! ? "true" : "false") : "" }
      }
      switch record.message(raw: raw) {
      case .success(let message):
        if message.text.isEmpty {
          try sink.skip("no_text")
        } else {
          try sink.message(message)
        }
      case .failure(let problem):
        try sink.bad(BadRecord(position: position, reason: problem.reason, raw: element.bytes))
      }
    }
  }
}

/// Why a mapped row could not become a message.
struct MappingProblem: Error {
  var reason: String
}
