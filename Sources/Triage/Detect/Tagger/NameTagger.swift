import Foundation

/// A small averaged-perceptron tagger that reads each word as part of a person's name, part
/// of a place name, or neither, from its spelling, capitals, the name and word lexicons and
/// its neighbours, left to right. Trained by `scripts/train-tagger.py` on the CC BY tweet
/// corpora (WNUT17 and Broad Twitter Corpus training splits); weights are quantised to
/// bytes in `TaggerWeights.swift`.
final class NameTagger: Sendable {
  static let shared = NameTagger(
    base64: TaggerWeights.base64, scale: TaggerWeights.scale, bits: TaggerWeights.tableBits)

  static let labels = 3  // 0 none, 1 person, 2 place
  private let weights: [Int8]
  private let scale: Float
  let mask: Int

  init(base64: String, scale: Float, bits: Int) {
    let data = Data(base64Encoded: base64, options: .ignoreUnknownCharacters) ?? Data()
    let expected = (1 << bits) * Self.labels
    var weights = [Int8](repeating: 0, count: expected)
    data.withUnsafeBytes { raw in
      for index in 0..<min(expected, raw.count) {
        weights[index] = Int8(bitPattern: raw[index])
      }
    }
    self.weights = weights
    self.scale = scale
    self.mask = (1 << bits) - 1
  }

  /// The label and its margin (best score minus the runner-up) of every token.
  func tag(_ text: ScalarText, lexicon: Lexicon) -> [(label: Int, margin: Float)] {
    let tokens = text.tokens
    var result = [(label: Int, margin: Float)](repeating: (0, 0), count: tokens.count)
    guard !tokens.isEmpty else { return result }
    let profile = text.caseProfile
    let caseProfile: UInt64 = profile.isMostlyUpper ? 1 : profile.isMostlyLower ? 2 : 0
    var shapes = [UInt64](repeating: 7, count: tokens.count)
    let entries = text.entries
    for (i, token) in tokens.enumerated() { shapes[i] = TaggerFeatures.shape(token) }
    var previousLabel: UInt64 = 3
    let mask = self.mask
    weights.withUnsafeBufferPointer { w in
      // One row offset per feature template.
      withUnsafeTemporaryAllocation(of: Int.self, capacity: 40) { slots in
        for (i, token) in tokens.enumerated() {
          guard token.kind == .word, token.flags.contains(.hasLetter),
            !TaggerFeatures.isFunctionWord(token, entries[i]),
            caseProfile == 2 || !TaggerFeatures.isPlainLowerWord(token, entries[i])
          else {
            previousLabel = 0
            continue
          }
          var n = 0
          @inline(__always) func add(_ template: TaggerFeatures.Template, _ value: UInt64) {
            slots[n] = TaggerFeatures.index(template, value, mask: mask) &* 3
            n += 1
          }
          let shape = shapes[i]
          let entry = entries[i]
          let nameScore = TaggerFeatures.nameScore(entry)
          let frequency = UInt64(entry.wordFrequency)
          let start: UInt64 = text.startsSentence(i) ? 1 : 0
          add(.bias, 0)
          add(.word, token.hash)
          add(.suffix, TaggerFeatures.affix(text, token, suffix: true))
          add(.prefix, TaggerFeatures.affix(text, token, suffix: false))
          add(.shape, shape)
          add(.length, UInt64(min(token.length, 10)))
          add(.firstName, UInt64(entry.firstName / 2))
          add(.surname, UInt64(entry.surname / 2))
          add(.frequency, frequency)
          add(.nameScore, nameScore)
          add(.placeFlags, TaggerFeatures.placeFlags(entry))
          add(.shapeNameScore, shape * 32 + nameScore)
          add(.shapeFrequency, shape * 16 + frequency)
          add(.shapeSentenceStart, shape * 2 + start)
          add(.previousWord, i > 0 ? tokens[i - 1].hash : TaggerFeatures.beginning)
          add(.nextWord, i + 1 < tokens.count ? tokens[i + 1].hash : TaggerFeatures.ending)
          add(.previousWord2, i > 1 ? tokens[i - 2].hash : TaggerFeatures.beginning)
          add(.nextWord2, i + 2 < tokens.count ? tokens[i + 2].hash : TaggerFeatures.ending)
          add(.previousShape, (i > 0 ? shapes[i - 1] : 8) * 16 + shape)
          add(.nextShape, (i + 1 < tokens.count ? shapes[i + 1] : 8) * 16 + shape)
          var symbol: UInt64 = 0
          if i > 0, tokens[i - 1].kind == .symbol {
            let first = tokens[i - 1].first
            symbol = first == 0x40 ? 1 : first == 0x23 ? 2 : 3
            if tokens[i - 1].end == token.start { symbol += 4 }
          }
          add(.previousSymbol, symbol)
          add(.caseProfile, caseProfile * 8 + shape)
          add(.previousLabel, previousLabel)
          add(.previousLabelShape, previousLabel * 8 + shape)
          let cue = i > 0 && tokens[i - 1].kind == .word ? TaggerFeatures.cue(text, i - 1) : 0
          add(.cue, cue)
          let nextScore =
            i + 1 < tokens.count
            ? shapes[i + 1] * 32 + TaggerFeatures.nameScore(entries[i + 1]) : 999
          add(.nextNameScore, nextScore)
          let previousScore =
            i > 0 ? shapes[i - 1] * 32 + TaggerFeatures.nameScore(entries[i - 1]) : 999
          add(.previousNameScore, previousScore)
          add(.wordShape, token.hash &+ shape)
          var none = 0
          var person = 0
          var place = 0
          for k in 0..<n {
            let base = slots[k]
            none &+= Int(w[base])
            person &+= Int(w[base + 1])
            place &+= Int(w[base + 2])
          }
          let label: Int
          let margin: Int
          if person > none && person >= place {
            label = 1
            margin = person - max(none, place)
          } else if place > none && place > person {
            label = 2
            margin = place - max(none, person)
          } else {
            label = 0
            margin = none - max(person, place)
          }
          result[i] = (label, Float(margin) * scale)
          previousLabel = UInt64(label)
        }
      }
    }
    return result
  }
}
