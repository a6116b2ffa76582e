import Foundation

/// Trains a `LinearTextModel`: logistic regression per output with AdaGrad, balanced class
/// weights and L2, on features seen in at least `minimumDocuments` texts. Deterministic: the
/// same examples give the same weights.
///
/// Weights are balanced twice: each class (yes / no) carries half the weight of an output, and
/// within a class each source (e.g. `youtube`, `tweets`, `reddit`) carries an equal share. So
/// a large source of negatives (thousands of tweets) cannot drown a small one that looks like
/// the positives (350 ordinary YouTube comments next to 350 spam ones): the model must learn
/// what spam is, not where a text came from.
public struct ModelTrainer: Sendable {
  /// A training text and its label for each output (nil: this text says nothing about it).
  public struct Example: Sendable {
    public var text: String
    public var labels: [Bool?]
    /// Where the text comes from; sources share a class's weight equally.
    public var source: String

    public init(text: String, labels: [Bool?], source: String = "") {
      self.text = text
      self.labels = labels
      self.source = source
    }
  }

  public var outputs: [String]
  /// The rules whose matches are features too (see `ModelFeatures.extract`).
  public var lexicon = TriageLexicon()
  public var epochs = 12
  public var learningRate: Float = 0.5
  public var l2: Float = 1e-5
  public var minimumDocuments = 3
  /// Features whose weights all stay below this are dropped from the file.
  public var pruneBelow: Float = 0.05

  public init(outputs: [String]) {
    self.outputs = outputs
  }

  public func train(_ examples: [Example]) -> LinearTextModel {
    // Features per text, deduplicated, with a readable name for each hash.
    var names: [UInt64: String] = [:]
    var documentFrequency: [UInt64: Int] = [:]
    var documents: [[UInt64]] = []
    documents.reserveCapacity(examples.count)
    for example in examples {
      let text = TokenizedText(example.text)
      let evidence = TriageEvidence(text, lexicon: lexicon)
      var seen = Set<UInt64>()
      for feature in ModelFeatures.extract(text, evidence: evidence)
      where seen.insert(feature.hash).inserted {
        if names[feature.hash] == nil {
          names[feature.hash] = ModelFeatures.name(of: feature, in: text)
        }
        documentFrequency[feature.hash, default: 0] += 1
      }
      documents.append(Array(seen))
    }
    let kept = documentFrequency.filter { $0.value >= minimumDocuments }.keys.sorted {
      names[$0]! < names[$1]!
    }
    var row: [UInt64: Int] = [:]
    for (index, hash) in kept.enumerated() { row[hash] = index }
    // Scale by the number of features the text has in total, as at inference.
    let rowsPerDocument = documents.map { features in features.compactMap { row[$0] } }
    let scales = documents.map { Float(1 / Double(max($0.count, 1)).squareRoot()) }

    let width = outputs.count
    var weights = [Float](repeating: 0, count: kept.count * width)
    var bias = [Float](repeating: 0, count: width)
    for output in 0..<width {
      let labelled = examples.indices.filter { examples[$0].labels[output] != nil }
      let positives = labelled.filter { examples[$0].labels[output] == true }.count
      guard positives > 0, positives < labelled.count else { continue }
      let sampleWeight = Self.stratifiedWeights(examples, labelled, output)
      var squares = [Float](repeating: 1e-6, count: kept.count)
      var biasSquares: Float = 1e-6
      var order = labelled
      var random = SplitMix64(seed: UInt64(output + 1))
      for _ in 0..<epochs {
        order.shuffle(using: &random)
        for document in order {
          let features = rowsPerDocument[document]
          let scale = scales[document]
          var sum = bias[output]
          for feature in features { sum += weights[feature * width + output] * scale }
          let probability = 1 / (1 + exp(-sum))
          let label: Float = examples[document].labels[output]! ? 1 : 0
          let gradient = (probability - label) * sampleWeight[document]
          for feature in features {
            let index = feature * width + output
            let step = gradient * scale + l2 * weights[index]
            squares[feature] += step * step
            weights[index] -= learningRate * step / squares[feature].squareRoot()
          }
          biasSquares += gradient * gradient
          bias[output] -= learningRate * gradient / biasSquares.squareRoot()
        }
      }
    }
    var keptNames: [String] = []
    var keptWeights: [Float] = []
    for (index, hash) in kept.enumerated() {
      let values = Array(weights[(index * width)..<((index + 1) * width)])
      guard values.contains(where: { abs($0) >= pruneBelow }) else { continue }
      keptNames.append(names[hash]!)
      keptWeights.append(contentsOf: values)
    }
    return LinearTextModel(outputs: outputs, bias: bias, names: keptNames, weights: keptWeights)
  }
}

extension ModelTrainer {
  /// Per-example weights for one output: each class half the total, each source within a
  /// class an equal share of it; the mean weight over the labelled examples is 1.
  static func stratifiedWeights(_ examples: [Example], _ labelled: [Int], _ output: Int)
    -> [Float]
  {
    var counts: [Bool: [String: Int]] = [:]
    for index in labelled {
      counts[examples[index].labels[output]!, default: [:]][examples[index].source, default: 0] +=
        1
    }
    var weights = [Float](repeating: 0, count: examples.count)
    for index in labelled {
      let label = examples[index].labels[output]!
      let sources = counts[label]!
      let share = Float(labelled.count) / 2 / Float(sources.count)
      weights[index] = share / Float(sources[examples[index].source]!)
    }
    return weights
  }
}

/// A small, fast, seedable random number generator, so training is reproducible.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
