/// Token-level scores of the PHI detector: for each category and overall (a token counts
/// as found when any PHI category covers it), true positives, false positives and false
/// negatives, with precision, recall, F1 and F2.
public struct PHIScore: Sendable {
  public struct Counts: Sendable, Equatable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public var precision: Double {
      let predicted = truePositives + falsePositives
      return predicted == 0 ? 1 : Double(truePositives) / Double(predicted)
    }
    public var recall: Double {
      let actual = truePositives + falseNegatives
      return actual == 0 ? 1 : Double(truePositives) / Double(actual)
    }
    public var f1: Double { fScore(beta: 1) }
    /// Weighs recall twice as much as precision: a missed identifier costs more.
    public var f2: Double { fScore(beta: 2) }

    func fScore(beta: Double) -> Double {
      let p = precision
      let r = recall
      let b2 = beta * beta
      return p + r == 0 ? 0 : (1 + b2) * p * r / (b2 * p + r)
    }
  }

  public var set: String
  public var documents: Int
  public var tokens: Int
  public var overall = Counts()
  public var byCategory: [PHICategory: Counts] = [:]
}

public enum PHIScorer {
  public static func score(_ set: EvalSet, detector: PHIDetector) -> PHIScore {
    var score = PHIScore(set: set.name, documents: set.documents.count, tokens: 0)
    for document in set.documents {
      let findings = detector.findings(in: document.text).filter {
        guard let category = $0.phiCategory else { return false }
        return set.categories.contains(category)
      }
      var next = 0
      for token in document.tokens {
        score.tokens += 1
        while next < findings.count, findings[next].end <= token.start { next += 1 }
        var predicted: PHICategory?
        var k = next
        while k < findings.count, findings[k].start < token.end {
          if findings[k].end > token.start {
            predicted = findings[k].phiCategory
            break
          }
          k += 1
        }
        switch (token.gold, predicted) {
        case (nil, nil): break
        case (nil, let p?):
          score.overall.falsePositives += 1
          score.byCategory[p, default: .init()].falsePositives += 1
        case (let g?, nil):
          score.overall.falseNegatives += 1
          score.byCategory[g, default: .init()].falseNegatives += 1
        case (let g?, let p?):
          score.overall.truePositives += 1
          if g == p {
            score.byCategory[g, default: .init()].truePositives += 1
          } else {
            score.byCategory[g, default: .init()].falseNegatives += 1
            score.byCategory[p, default: .init()].falsePositives += 1
          }
        }
      }
    }
    return score
  }
}
