/// What a reader hands over for each record it reads.
public protocol RecordSink: AnyObject {
  /// A message to store (its `raw` is the source record). Taken over, not copied: a message
  /// holds a dozen strings, and copying one retains each.
  func message(_ message: consuming Message) throws
  /// A record deliberately not stored, counted under `reason` (e.g. `pingback`).
  func skip(_ reason: String) throws
  /// A record that could not be read: kept with its position, reason and raw bytes.
  func bad(_ record: BadRecord) throws
}

/// A record that could not be read.
public struct BadRecord: Sendable, Hashable {
  /// Where it is: "line 12", "byte 4096", "record 3 (byte 812)".
  public var position: String
  /// Why, naming fields, never message text.
  public var reason: String
  public var raw: [UInt8]

  public init(position: String, reason: String, raw: [UInt8]) {
    self.position = position
    self.reason = reason
    self.raw = raw
  }
}

/// One file to read, as a stream, with what the reader may need around it.
public struct ImportInput {
  public let stream: ByteStream
  /// The path shown to people (`archive.zip:data/tweets.js` for zip entries).
  public let path: String
  /// The file's own name, without folders.
  public let fileName: String
  /// Opens a file beside this one (e.g. `account.js` next to `tweets.js`), when there is one.
  public let sibling: (String) -> ByteSource?
  /// A field mapping for the generic CSV and JSON Lines formats.
  public let mapping: FieldMapping?

  public init(
    stream: ByteStream, path: String, fileName: String,
    sibling: @escaping (String) -> ByteSource? = { _ in nil }, mapping: FieldMapping? = nil
  ) {
    self.stream = stream
    self.path = path
    self.fileName = fileName
    self.sibling = sibling
    self.mapping = mapping
  }
}

/// The first bytes of a file and its name, for guessing its format.
public struct FormatProbe {
  public let head: [UInt8]
  public let fileName: String
  /// `head` as text (invalid bytes replaced), for simple searches.
  public let text: String

  public init(head: [UInt8], fileName: String) {
    self.head = head
    self.fileName = fileName
    text = String(decoding: head, as: UTF8.self)
  }

  /// The first byte that is not whitespace or a byte order mark.
  public var firstSignificantByte: UInt8? {
    var bytes = head[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    return bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
  }

  /// Whether the text holds `"key"` followed (after spaces and a colon) by `"value"`.
  public func has(key: String, value: String? = nil) -> Bool {
    var rest = Substring(text)
    let quotedKey = "\"\(key)\""
    while let range = rest.range(of: quotedKey) {
      rest = rest[range.upperBound...]
      let afterColon = rest.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
      guard afterColon.first == ":" else { continue }
      guard let value else { return true }
      let valueStart = afterColon.dropFirst().drop {
        $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r"
      }
      if valueStart.hasPrefix("\"\(value)\"") { return true }
    }
    return false
  }

  public var lowercasedName: String { fileName.lowercased() }

  /// The CSV header (first line) split on commas, unquoted, lowercased.
  public var csvHeader: [String] {
    var text = Substring(self.text)
    if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
    let line = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
    return line.split(separator: ",", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: "\" \r").lowercased()
    }
  }
}

extension Substring {
  func trimmingCharacters(in set: String) -> String {
    var text = self
    while let first = text.first, set.contains(first) { text.removeFirst() }
    while let last = text.last, set.contains(last) { text.removeLast() }
    return String(text)
  }
}

/// A file format Rounds can import.
public protocol ImportFormat: Sendable {
  /// The name given to `--format`, e.g. `wordpress-wxr`.
  var name: String { get }
  /// One line for `--list-formats`.
  var summary: String { get }
  /// How sure the format is that the probe is one of its files: 0 (not mine) to 100.
  func sniff(_ probe: FormatProbe) -> Int
  /// Reads every record of the file into the sink. Throws only when the file cannot be read
  /// at all; bad records go to the sink.
  func read(_ input: ImportInput, into sink: RecordSink) throws
}

/// A format that is a set of files (a folder or a zip), like an X account archive.
public protocol ContainerFormat: Sendable {
  var name: String { get }
  var summary: String { get }
  /// The folders among these entry paths (relative, `/`-separated) that each hold one of its
  /// archives, as prefixes ending in `/` ("" when the container itself is one). A folder of
  /// several exports may hold an archive beside other files, or several archives.
  func roots(in entries: [String]) -> [String]
  func read(_ container: ImportContainer, into sink: RecordSink) throws
}

extension ContainerFormat {
  /// Whether the container as a whole is one of its archives.
  func claims(_ entries: [String]) -> Bool { roots(in: entries).contains("") }
}

/// The files of a folder or zip archive.
public struct ImportContainer {
  /// The folder or zip as given.
  public let path: String
  /// Relative entry paths, `/`-separated.
  public let entries: [String]
  public let open: (String) throws -> ByteSource

  public init(path: String, entries: [String], open: @escaping (String) throws -> ByteSource) {
    self.path = path
    self.entries = entries
    self.open = open
  }

  /// The part of this container under `root` (a prefix ending in `/`), as a container of its
  /// own named `path`.
  func subContainer(at root: String, path: String) -> ImportContainer {
    let open = self.open
    return ImportContainer(
      path: path,
      entries: entries.filter { $0.hasPrefix(root) }.map { String($0.dropFirst(root.count)) },
      open: { try open(root + $0) })
  }

  /// The entry whose last path component is `name`, preferring shallower ones.
  public func entry(named name: String) -> String? {
    entries.filter { $0.lastComponent == name }.min { $0.count < $1.count }
  }
}

extension String {
  /// The folder part of a relative path, ending in `/` ("" for a file at the top).
  var folderPrefix: String {
    guard let slash = lastIndex(of: "/") else { return "" }
    return String(self[...slash])
  }

  var lastComponent: String {
    if let slash = lastIndex(of: "/") { return String(self[index(after: slash)...]) }
    return self
  }
}
