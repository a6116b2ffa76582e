import Foundation
import Testing

@testable import Triage

@Suite struct BackgroundAnalyzerTests {
  /// Counts how often the analyzer was built.
  final class Counting: @unchecked Sendable {
    let lock = NSLock()
    var builds = 0
  }

  @Test func isBuiltOnceAndAnswersLikeTheAnalyzerFromEveryThread() {
    let counting = Counting()
    let background = BackgroundAnalyzer {
      counting.lock.lock()
      counting.builds += 1
      counting.lock.unlock()
      return MessageAnalyzer()
    }
    let direct = MessageAnalyzer()
    let messages = (0..<64).map {
      sampleMessage("m\($0)", text: $0 % 2 == 0 ? "I have chest pain right now" : "Opening hours?")
    }
    let expected = messages.map { direct.analyze($0) }
    let results = Results()
    DispatchQueue.concurrentPerform(iterations: messages.count) { index in
      results.set(index, background.analyze(messages[index]))
    }
    #expect(counting.builds == 1)
    for (index, analysis) in expected.enumerated() {
      let got = results.get(index)
      #expect(got?.category == analysis.category)
      #expect(got?.urgency == analysis.urgency)
      #expect(got?.phiCount == analysis.phiCount)
    }
    #expect(expected[0].category == .emergency)
  }

  final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int: MessageAnalysis] = [:]
    func set(_ index: Int, _ value: MessageAnalysis) {
      lock.lock()
      values[index] = value
      lock.unlock()
    }
    func get(_ index: Int) -> MessageAnalysis? {
      lock.lock()
      defer { lock.unlock() }
      return values[index]
    }
  }
}
