import ArgumentParser
import Foundation
import Triage

#if canImport(Glibc)
  import Glibc
#endif

struct BenchTriageCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "triage",
    abstract: "Messages per second for classification plus a reply check, on one core.",
    discussion: """
      Each message of the development corpus (meqsum questions, Reddit posts, YouTube \
      comments, tweets) is classified and a draft reply to it is checked with the message as \
      context (echoed PHI, 911/988 guidance and every phrase rule), on one thread. Without \
      the corpus a built-in sample is used. Build with `swift build -c release` and run \
      .build/release/rounds; debug builds are several times slower.
      """)

  @OptionGroup var corpus: CorpusOptions

  @Option(name: .customLong("repeat"), help: "Passes over the texts.")
  var passes = 3

  enum Part: String, ExpressibleByArgument, CaseIterable {
    case both, classify, check, phi
  }

  @Option(
    help:
      "What to time: both (the figure the issue asks for), classify, check, or phi (the PHI detector alone, for comparison)."
  )
  var part: Part = .both

  static let replies = [
    BuiltInTemplates.redirect.body, BuiltInTemplates.crisis.body, BuiltInTemplates.review.body,
    "Sorry to hear about your visit. It sounds like you have an infection; take 400 mg ibuprofen.",
    "Thanks for the question! You should rest and drink fluids. See https://example.com/tips",
  ]

  func validate() throws {
    guard passes >= 1 else { throw ValidationError("--repeat must be at least 1") }
  }

  func run() throws {
    var texts = DevCorpus.load(root: corpus.corpus).texts.map(\.text)
    if texts.isEmpty {
      Terminal.printError("rounds: no corpus at \(corpus.corpus); using the built-in sample")
      texts = BenchSample.texts
    }
    let checker = ReplyChecker()
    let classifier = checker.classifier
    let scalars = texts.reduce(0) { $0 + $1.unicodeScalars.count }
    // Warm up: the lexicons and the model load on first use.
    _ = checker.check(Self.replies[0], original: ReplyOriginal(text: texts[0]))
    let triages = part == .check ? texts.map { classifier.classify($0) } : []
    let clock = ContinuousClock()
    var risks = 0
    let cpuStart = ThreadCPUTime.seconds()
    let elapsed = clock.measure {
      for _ in 0..<passes {
        for (index, text) in texts.enumerated() {
          let reply = Self.replies[index % Self.replies.count]
          switch part {
          case .both:
            let triage = classifier.classify(text)
            risks += checker.check(reply, original: ReplyOriginal(text: text), triage: triage).count
          case .classify:
            risks += classifier.classify(text).reasons.count
          case .check:
            risks +=
              checker.check(reply, original: ReplyOriginal(text: text), triage: triages[index])
              .count
          case .phi:
            risks += checker.detector.findings(in: text).count
          }
        }
      }
    }
    let cpu = ThreadCPUTime.seconds() - cpuStart
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let messages = texts.count * passes
    let what =
      switch part {
      case .both: "classified and answered by a checked reply"
      case .classify: "classified"
      case .check: "answered by a checked reply (classification done beforehand)"
      case .phi: "scanned by the PHI detector"
      }
    print(
      """
      \(messages) messages (\(texts.count) texts x \(passes), \(scalars / texts.count) characters \
      on average) \(what) on one thread: \(Int(Double(messages) / cpu)) messages per CPU-second \
      (\(String(format: "%.2f", cpu)) s of CPU time), \(Int(Double(messages) / seconds)) \
      messages/s of wall-clock time (\(String(format: "%.2f", seconds)) s; lower when other \
      processes share the core); \(risks) findings.
      """)
  }
}

/// CPU time of the calling thread: what "per core" means on a shared machine, where the
/// wall clock also counts the time other processes hold the core.
enum ThreadCPUTime {
  static func seconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}

/// A few messages for when the shared corpus is absent.
enum BenchSample {
  static let texts = [
    "My dad can't feel his left arm and his face is drooping, what do I do?",
    "Is it safe to take ibuprofen with lisinopril? I have high blood pressure.",
    "Do you take Aetna? I need to book a physical next week.",
    "Best doctor in town, the staff are so kind. 5 stars!",
    "Check out my channel and subscribe http://bit.ly/abc",
    "I don't want to be here anymore. Nobody would notice if I was gone.",
    "What are the early signs of diabetes?",
    "lol this game is killing me",
  ]
}
