import Triage

/// The analyzer `import` runs on every message (the PHI detector plus the triage classifier).
/// Wired at merge with the detectors; until then imports store messages unanalysed.
enum AnalyzerWiring {
  static func make() -> (any MessageAnalyzing)? { nil }
}
