import Foundation

/// A small logistic-regression model over `ModelFeatures`, one output per question it answers
/// (is this spam, is it medical, is it a crisis). Trained by `rounds train triage`; the weights
/// are a readable text file compiled into the library (`TriageModelWeights`).
public struct LinearTextModel: Sendable {
  public let outputs: [String]
  let bias: [Float]
  /// Row `i` holds the weights of feature `i` for every output.
  let weights: [Float]
  let rows: [UInt64: Int32]
  let names: [String]

  init(outputs: [String], bias: [Float], names: [String], weights: [Float]) {
    self.outputs = outputs
    self.bias = bias
    self.names = names
    self.weights = weights
    var rows: [UInt64: Int32] = [:]
    rows.reserveCapacity(names.count)
    for (row, name) in names.enumerated() {
      if let hash = ModelFeatures.hash(ofName: name) { rows[hash] = Int32(row) }
    }
    self.rows = rows
  }

  public var featureCount: Int { names.count }

  /// One output's probability and the features that pushed it up most.
  struct Score: Sendable {
    var probability: Double
    /// Feature token ranges (`first...last`) with their contributions, strongest first.
    var evidence: [(first: Int32, last: Int32, weight: Float)]
  }

  /// Scores every output for a tokenized text.
  func score(_ text: TokenizedText, features: [ModelFeature]) -> [Score] {
    var seen = Set<UInt64>()
    seen.reserveCapacity(features.count)
    var active: [(feature: ModelFeature, row: Int)] = []
    for feature in features where seen.insert(feature.hash).inserted {
      if let row = rows[feature.hash] { active.append((feature, Int(row))) }
    }
    let scale = Float(1 / Double(max(seen.count, 1)).squareRoot())
    let width = outputs.count
    var scores: [Score] = []
    for output in 0..<width {
      var sum = bias[output]
      var evidence: [(first: Int32, last: Int32, weight: Float)] = []
      for (feature, row) in active {
        let weight = weights[row * width + output] * scale
        sum += weight
        if weight > 0.05, feature.first >= 0 {
          evidence.append((feature.first, feature.last, weight))
        }
      }
      evidence.sort { $0.weight > $1.weight }
      scores.append(
        Score(probability: 1 / (1 + exp(-Double(sum))), evidence: Array(evidence.prefix(3))))
    }
    return scores
  }

  /// Parses the weights file: `outputs a b c`, `bias x y z`, then `feature<TAB>x y z` lines.
  public static func parse(_ text: String) throws -> LinearTextModel {
    var outputs: [String] = []
    var bias: [Float] = []
    var names: [String] = []
    var weights: [Float] = []
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      if line.isEmpty || line.hasPrefix("#") { continue }
      if line.hasPrefix("outputs ") {
        outputs = line.dropFirst(8).split(separator: " ").map(String.init)
      } else if line.hasPrefix("bias ") {
        bias = line.dropFirst(5).split(separator: " ").compactMap { Float(String($0)) }
      } else {
        let parts = line.split(separator: "\t", maxSplits: 1)
        let values =
          parts.count == 2 ? parts[1].split(separator: " ").compactMap { Float(String($0)) } : []
        guard !outputs.isEmpty, values.count == outputs.count else {
          throw RoundsError(
            .failure, "the triage model weights are malformed at line \(number + 1)")
        }
        names.append(String(parts[0]))
        weights.append(contentsOf: values)
      }
    }
    guard !outputs.isEmpty, bias.count == outputs.count else {
      throw RoundsError(.failure, "the triage model weights have no outputs or bias line")
    }
    return LinearTextModel(outputs: outputs, bias: bias, names: names, weights: weights)
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
