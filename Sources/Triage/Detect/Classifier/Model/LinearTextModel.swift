import Foundation

/// A small logistic-regression model over `ModelFeatures`, one output per question it answers
/// (is this spam, is it medical, is it a crisis). Trained by `rounds train triage`; the weights
/// are a readable text file compiled into the library (`TriageModelWeights`).
public struct LinearTextModel: Sendable {
  public let outputs: [String]
  let bias: [Float]
  /// Row `i` holds the weights of feature `i` for every output.
  let weights: [Float]
  let rows: WordTable
  let names: [String]

  init(outputs: [String], bias: [Float], names: [String], weights: [Float]) {
    self.outputs = outputs
    self.bias = bias
    self.names = names
    self.weights = weights
    var rows = WordTable(minimumCapacity: names.count)
    for (row, name) in names.enumerated() {
      if let hash = ModelFeatures.hash(ofName: name) { rows[hash] = Int32(row) }
    }
    self.rows = rows
  }

  public var featureCount: Int { names.count }

  /// One output's probability and the features that pushed it up most.
  struct Score: Sendable {
    var probability: Double
    /// The probability without the bare fact that the text has a link: what its words and the
    /// words of its links ("facebook.com/pages", "?ref=") say. Equal to `probability` for a
    /// text without links. A shortened link ("t.co/x1Yz") says nothing here.
    var contentProbability: Double
    /// Feature token ranges (`first...last`) with their contributions, strongest first.
    var evidence: [(first: Int32, last: Int32, weight: Float)]
  }

  /// Scores every output for a tokenized text.
  func score(_ text: TokenizedText, features: [ModelFeature]) -> [Score] {
    // Distinct features, the first of each in text order: an open-addressing set of hashes
    // in scratch space (the hashes are already well mixed).
    var active: [(feature: ModelFeature, row: Int)] = []
    active.reserveCapacity(features.count)
    var distinct = 0
    var distinctLinks = 0
    var size = 16
    while size < features.count * 2 { size <<= 1 }
    let shift = UInt64(64 - size.trailingZeroBitCount)
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: size) { seen in
      // 0 marks an empty slot; a feature hash of 0 is counted apart.
      seen.initialize(repeating: 0)
      var sawZero = false
      for feature in features {
        let hash = feature.hash
        if hash == 0 {
          guard !sawZero else { continue }
          sawZero = true
        } else {
          var slot = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
          var duplicate = false
          while seen[slot] != 0 {
            if seen[slot] == hash {
              duplicate = true
              break
            }
            slot = (slot + 1) & (size - 1)
          }
          if duplicate { continue }
          seen[slot] = hash
        }
        distinct += 1
        if feature.isLinkShape { distinctLinks += 1 }
        if let row = rows[hash] { active.append((feature, Int(row))) }
      }
    }
    let scale = Float(1 / Double(max(distinct, 1)).squareRoot())
    let wordScale = Float(1 / Double(max(distinct - distinctLinks, 1)).squareRoot())
    let width = outputs.count
    var scores: [Score] = []
    scores.reserveCapacity(width)
    for output in 0..<width {
      var sum = bias[output]
      var wordSum = bias[output]
      // The three strongest positive contributions, kept in order as we go.
      var top: [(first: Int32, last: Int32, weight: Float)] = []
      for (feature, row) in active {
        let raw = weights[row * width + output]
        let weight = raw * scale
        sum += weight
        if !feature.isLinkShape { wordSum += raw * wordScale }
        guard weight > 0.05, feature.first >= 0 else { continue }
        if top.count < 3 || weight > top[top.count - 1].weight {
          let position = top.firstIndex { $0.weight < weight } ?? top.count
          top.insert((feature.first, feature.last, weight), at: position)
          if top.count > 3 { top.removeLast() }
        }
      }
      scores.append(
        Score(
          probability: 1 / (1 + exp(-Double(sum))),
          contentProbability: distinctLinks == 0
            ? 1 / (1 + exp(-Double(sum)))
            : 1 / (1 + exp(-Double(wordSum))), evidence: top))
    }
    return scores
  }

  /// The weights file for this model.
  public func serialized(header: String) -> String {
    var lines = header.split(separator: "\n").map { "# " + $0 }
    lines.append("outputs " + outputs.joined(separator: " "))
    lines.append("bias " + bias.map(Self.format).joined(separator: " "))
    let width = outputs.count
    for (row, name) in names.enumerated() {
      let values = (0..<width).map { Self.format(weights[row * width + $0]) }
      lines.append(name + "\t" + values.joined(separator: " "))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func format(_ value: Float) -> String {
    let rounded = (Double(value) * 1000).rounded() / 1000
    return rounded == 0 ? "0" : String(rounded)
  }

  /// The model compiled into the library.
  public static let builtIn: LinearTextModel = {
    do {
      return try parse(TriageModelWeights.text)
    } catch {
      preconditionFailure("the built-in triage model does not parse: \(error)")
    }
  }()
}
