import ArgumentParser
import Foundation
import Inbox
import Triage

struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import export files (files, folders or .zip archives) into the inbox.",
    discussion: """
      The format of each file is detected from its content; --format overrides it. Re-importing \
      adds nothing: a record whose id is already known is a duplicate, or an update (the earlier \
      text is kept) when its text changed. Bad records are reported with their position and kept \
      in the inbox's import_errors table. Exit status: 0 when every file was read, 1 when any \
      could not be. docs/formats.md describes every format.
      """)

  @OptionGroup var store: StoreOptions

  @Argument(help: ArgumentHelp("Export files, folders or zip archives.", valueName: "path"))
  var paths: [String] = []

  @Option(help: ArgumentHelp("The format of every path (see --list-formats).", valueName: "name"))
  var format: String?

  @Flag(help: "Read everything and report what would happen, changing nothing.")
  var dryRun = false

  @Flag(help: "Print the report as JSON.")
  var json = false

  @Option(
    help: ArgumentHelp(
      "Skip records published before this date (YYYY-MM-DD or ISO 8601, UTC).", valueName: "date"))
  var since: String?

  @Flag(help: "List the formats, one line each, and exit.")
  var listFormats = false

  @OptionGroup(title: "Generic CSV and JSON Lines field mapping (--format csv or jsonl)")
  var mappingOptions: MappingOptions

  func validate() throws {
    if !listFormats && paths.isEmpty {
      throw ValidationError("give at least one file, folder or zip to import")
    }
    if let format, !FormatRegistry.allNames.contains(format) {
      throw ValidationError("there is no import format named \(format); see --list-formats")
    }
    if let since, ImportDates.iso8601(since) == nil {
      throw ValidationError("--since \(since) is not a date; use YYYY-MM-DD")
    }
  }

  func run() throws {
    if listFormats {
      let width = FormatRegistry.listing.map(\.name.count).max() ?? 0
      for (name, summary) in FormatRegistry.listing {
        print(name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + summary)
      }
      return
    }
    // Only staff may import, and every batch is recorded in the audit log under their name.
    let workflow = try store.openWorkflow()
    try workflow.authorize(.importFiles)
    let mapping = try mappingOptions.fieldMapping()
    if format == "csv" || format == "jsonl" {
      guard let mapping else {
        throw RoundsError(
          .usage, "--format \(format!) needs a field mapping",
          fix: "give --map-id, --map-text, --map-created and --map-platform, or --mapping FILE")
      }
      try mapping.validate()
    }
    let progress = ProgressLine(enabled: !json && isatty(STDERR_FILENO) == 1)
    var options = ImportRunner.Options(
      format: format, dryRun: dryRun, since: since.flatMap { ImportDates.iso8601($0) },
      mapping: mapping, analyzer: try store.analyzer())
    options.ownHandles = Set(try store.loadPolicy().handles)
    if progress.enabled {
      options.progress = { @Sendable report in progress.show(report) }
    }
    let runner = try ImportRunner(store: workflow.store, user: workflow.user, options: options)
    let summary = try runner.run(paths.map { StoreLocation.absolute($0) })
    progress.clear()
    if json {
      try JSONOutput.print(ImportJSON(summary))
    } else {
      printReport(summary)
    }
    if !summary.succeeded { throw ExitCode.failure }
  }

  private func printReport(_ summary: ImportSummary) {
    for file in summary.files {
      let path = TerminalText.sanitize(file.path)
      if let failure = file.failure {
        print("\(path): FAILED: \(TerminalText.sanitize(failure))")
        continue
      }
      var parts = ["\(file.imported) imported"]
      if file.updated > 0 { parts.append("\(file.updated) updated") }
      if file.duplicates > 0 { parts.append("\(file.duplicates) duplicates") }
      for (reason, count) in file.skipped.sorted(by: { $0.key < $1.key }) {
        parts.append("\(count) skipped (\(reason))")
      }
      if file.errorCount > 0 { parts.append("\(file.errorCount) bad records") }
      print("\(path) [\(file.format ?? "unknown")]: \(parts.joined(separator: ", "))")
      for problem in file.errors {
        print("  \(problem.position): \(TerminalText.sanitize(problem.reason))")
      }
      if file.errorCount > file.errors.count {
        print(
          "  ... and \(file.errorCount - file.errors.count) more (see `rounds imports --errors`)")
      }
    }
    let verb = summary.dryRun ? "Would import" : "Imported"
    print(
      "\(verb) \(summary.imported), updated \(summary.updated), \(summary.duplicates) duplicates, "
        + "\(summary.skipped.values.reduce(0, +)) skipped, \(summary.errorCount) bad records, "
        + "\(summary.failedFiles) files failed"
        + (summary.batchID.map { " (batch \($0))" } ?? " (dry run: nothing changed)"))
  }
}

/// `--map-KEY COLUMN` flags and `--mapping FILE` for the generic formats.
struct MappingOptions: ParsableArguments {
  @Option(
    name: .customLong("mapping"),
    help: ArgumentHelp("A mapping file of `key = column` lines.", valueName: "file"))
  var mappingFile: String?

  @Option(
    name: .customLong("map"), parsing: .singleValue,
    help: ArgumentHelp(
      "One mapping, KEY=COLUMN (repeatable): platform, platform_field, id, text, created, author_handle, author_name, thread, parent, permalink, source_status, direction_field, own_value, utc_offset.",
      valueName: "key=column"))
  var map: [String] = []

  @Option(help: ArgumentHelp("Shorthand for --map id=COLUMN.", valueName: "column"))
  var mapId: String?
  @Option(help: ArgumentHelp("Shorthand for --map text=COLUMN.", valueName: "column"))
  var mapText: String?
  @Option(help: ArgumentHelp("Shorthand for --map created=COLUMN.", valueName: "column"))
  var mapCreated: String?
  @Option(help: ArgumentHelp("Shorthand for --map platform=NAME.", valueName: "name"))
  var mapPlatform: String?

  /// nil when no mapping was given at all.
  func fieldMapping() throws -> FieldMapping? {
    var result: FieldMapping?
    if let mappingFile { result = try FieldMapping.load(path: mappingFile) }
    let pairs =
      map.map { entry -> (String, String) in
        guard let equals = entry.firstIndex(of: "=") else { return (entry, "") }
        return (String(entry[..<equals]), String(entry[entry.index(after: equals)...]))
      }
      + [("id", mapId), ("text", mapText), ("created", mapCreated), ("platform", mapPlatform)]
      .compactMap { key, value in value.map { (key, $0) } }
    for (key, value) in pairs {
      guard !value.isEmpty else {
        throw RoundsError(.usage, "--map \(key) has no column", fix: "write --map KEY=COLUMN")
      }
      var updated = result ?? FieldMapping()
      try updated.set(key, value)
      result = updated
    }
    return result
  }
}
