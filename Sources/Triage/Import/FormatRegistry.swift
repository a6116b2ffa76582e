/// Every format Rounds imports, and how one is picked for a file.
public enum FormatRegistry {
  /// Single-file formats, in the order `--list-formats` shows them.
  public static let formats: [any ImportFormat] = [
    WordPressWXRFormat(), DisqusFormat(), Twarc2Format(), TwarcCSVFormat(),
    FacebookGraphFormat(), MastodonNotificationsFormat(), RedditFormat(), YouTubeAPIFormat(),
    YouTubeTakeoutFormat(), GoogleReviewsFormat(), GenericCSVFormat(), GenericJSONLinesFormat(),
    XArchiveFileFormat(), XClassicCSVFormat(), XGrailbirdFormat(), FacebookDYIFormat(),
    InstagramDYIFormat(), MastodonOutboxFormat(), BlueskyCARFormat(),
  ]

  /// Formats made of several files, tried on folders and zip archives first.
  public static let containers: [any ContainerFormat] = [XArchiveFormat(), XClassicArchiveFormat()]

  public static func format(named name: String) -> (any ImportFormat)? {
    formats.first { $0.name == name }
  }

  public static func container(named name: String) -> (any ContainerFormat)? {
    containers.first { $0.name == name }
  }

  public static var allNames: [String] {
    containers.map(\.name) + formats.map(\.name)
  }

  /// The format that recognises the probe most surely; nil when none does.
  public static func detect(_ probe: FormatProbe) -> (any ImportFormat)? {
    var best: (any ImportFormat)?
    var bestScore = 0
    for format in formats {
      let score = format.sniff(probe)
      if score > bestScore {
        best = format
        bestScore = score
      }
    }
    return best
  }

  /// One line per format: `name  summary`.
  public static var listing: [(name: String, summary: String)] {
    containers.map { ($0.name, $0.summary) } + formats.map { ($0.name, $0.summary) }
  }
}
