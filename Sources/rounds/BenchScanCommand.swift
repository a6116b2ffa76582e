import ArgumentParser
import Foundation
import Triage

struct BenchScanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scan",
    abstract: "PHI detector throughput on one core, in MB/s and texts/s.",
    discussion: """
      Texts come from the shared corpus (tweets from tweeteval, consumer health questions \
      from MeQSum, Reddit posts, YouTube comments), or from --file (one text per line). \
      Each round scans every text once on one thread. Times are the CPU time of that thread \
      (so other work on a shared machine does not count against it), and the best round is \
      reported; MB/s is therefore per core.
      """)

  @Option(help: ArgumentHelp("The shared corpus folder.", valueName: "dir"))
  var corpus = "../shared/corpus"

  @Option(help: ArgumentHelp("Benchmark these texts instead, one per line.", valueName: "file"))
  var file: String?

  @Option(help: "Rounds to run.")
  var rounds = 5

  func validate() throws {
    guard rounds >= 1 else { throw ValidationError("--rounds must be at least 1") }
  }

  func run() throws {
    let groups = try loadTexts()
    #if DEBUG
      print("note: this is a debug build; use `swift build -c release` for real figures")
    #endif
    let detector = PHIDetector()
    _ = detector.findings(in: "warm up: Dr. Smith 555-123-4567")
    var totalBytes = 0
    var totalTexts = 0
    var totalBest = 0.0
    for (name, texts) in groups {
      let bytes = texts.reduce(0) { $0 + $1.utf8.count }
      var best = Double.infinity
      var findings = 0
      for _ in 0..<rounds {
        let start = threadCPUTime()
        findings = 0
        for text in texts { findings += detector.findings(in: text).count }
        let seconds = threadCPUTime() - start
        best = min(best, seconds)
      }
      totalBytes += bytes
      totalTexts += texts.count
      totalBest += best
      report(name, texts: texts.count, bytes: bytes, seconds: best, findings: findings)
    }
    report("all", texts: totalTexts, bytes: totalBytes, seconds: totalBest, findings: nil)
  }

  /// Seconds of CPU this thread has used.
  private func threadCPUTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  private func report(_ name: String, texts: Int, bytes: Int, seconds: Double, findings: Int?) {
    let megabytes = Double(bytes) / 1e6
    var line = String(
      format: "%-16@ %7d texts %8.2f MB  %7.3f s CPU  %7.1f MB/s  %9.0f texts/s",
      name as NSString, texts, megabytes, seconds, megabytes / seconds, Double(texts) / seconds)
    if let findings { line += "  \(findings) findings" }
    print(line)
  }

  private func loadTexts() throws -> [(String, [String])] {
    if let file {
      let text = try TextInput.readText(file)
      let lines = text.split(separator: "\n").map(String.init)
      guard !lines.isEmpty else { throw RoundsError(.failure, "\(file) has no lines") }
      return [(URL(fileURLWithPath: file).lastPathComponent, lines)]
    }
    let root = corpus + "/text"
    var groups: [(String, [String])] = []
    if let tweets = try? String(
      contentsOfFile: root + "/tweeteval-offensive/offensive_test_text.txt", encoding: .utf8)
    {
      groups.append(("tweets", tweets.split(separator: "\n").map(String.init)))
    }
    for (name, path) in [
      ("health-questions", "/meqsum/meqsum_questions.jsonl"),
      ("reddit-posts", "/reddit-mental-health/posts.dev.jsonl"),
    ] {
      guard let content = try? String(contentsOfFile: root + path, encoding: .utf8) else {
        continue
      }
      let texts = content.split(separator: "\n").compactMap { line -> String? in
        let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        return object?["text"] as? String
      }
      groups.append((name, texts))
    }
    if let csv = try? String(
      contentsOfFile: root + "/youtube-spam/Youtube01-Psy.csv", encoding: .utf8)
    {
      // The comment is the fourth field; quoted fields may hold commas.
      let comments = csv.split(separator: "\n").dropFirst().compactMap { line -> String? in
        let parts = line.split(separator: ",", maxSplits: 3)
        guard parts.count == 4, let end = parts[3].lastIndex(of: ",") else { return nil }
        return String(parts[3][..<end]).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
      }
      groups.append(("youtube-comments", comments))
    }
    guard !groups.isEmpty else {
      throw RoundsError(
        .notFound, "no benchmark texts under \(corpus)",
        fix: "run from the package root with ../shared beside it, or pass --file")
    }
    return groups
  }
}
