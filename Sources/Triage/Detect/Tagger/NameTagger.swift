import Foundation

/// A small structured averaged-perceptron tagger that reads each word as part of a
/// person's name, part of a place name, or neither, from its spelling, capitals, the name
/// and word lexicons and its neighbours; a Viterbi decoder over label transitions picks
/// the best labelling of each run of scored words. Trained by `scripts/train-tagger.py` on
/// the CC BY tweet corpora (WNUT17 and Broad Twitter Corpus training splits); weights are
/// quantised to bytes in `TaggerWeights.swift`.
final class NameTagger: Sendable {
  static let shared = NameTagger(
    base64: TaggerWeights.base64, scale: TaggerWeights.scale, bits: TaggerWeights.tableBits,
    transitions: TaggerWeights.transitions, noneBias: TaggerWeights.noneBias)

  static let labels = 3  // 0 none, 1 person, 2 place
  /// The fixed state before the first word of a text.
  static let start = 3
  private let weights: [Int8]
  /// From none, person, place, start, and none, person, place across a conjunction (rows of
  /// three) to none, person, place.
  private let transitions: [Int32]
  /// Subtracted from every "none" score: trades precision for recall (tuned on dev sets).
  private let noneBias: Int32
  private let scale: Float
  let mask: Int
  /// The weights of the bias feature (the same row for every word).
  private let bias: (none: Int32, person: Int32, place: Int32)
  /// The spelling model's weights (`CharNameModel`), held here so scoring reads no global.
  private let charWeights: [Int8] = CharNameModel.weights

  init(base64: String, scale: Float, bits: Int, transitions: [Int32], noneBias: Int32) {
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
    let row = TaggerFeatures.index(.bias, 0, mask: (1 << bits) - 1) * Self.labels
    self.bias = (Int32(weights[row]), Int32(weights[row + 1]), Int32(weights[row + 2]))
    self.transitions = transitions.count == 21 ? transitions : [Int32](repeating: 0, count: 21)
    self.noneBias = noneBias
  }

  /// Whether the tagger reads token `i` at all: words with a letter, except very common
  /// lower-case words, and (in a text that uses capitals) lower-case words that are not
  /// mostly names. The training script skips the same ones.
  @inline(__always)
  static func isScored(_ token: Token, _ entry: LexiconEntry, profile: UInt64) -> Bool {
    token.kind == .word && token.flags.contains(.hasLetter)
      && !TaggerFeatures.isFunctionWord(token, entry)
      && (profile == 2 || !TaggerFeatures.isPlainLowerWord(token, entry))
  }

  /// The label and its margin (the best labelling through it minus the best through
  /// another label) of every token; tokens that are not scored are "none" with margin 0.
  func tag(_ text: ScalarText, lexicon: Lexicon) -> [(label: Int, margin: Float)] {
    let tokens = text.tokens
    var result = [(label: Int, margin: Float)](repeating: (0, 0), count: tokens.count)
    guard !tokens.isEmpty else { return result }
    let profile = text.caseProfile.taggerCode
    let count = tokens.count
    // Scratch space for the whole text, on the stack for ordinary texts: per scored token
    // its index, the fixed state before it (-1 when it follows another scored token) and
    // three emission, forward and backward scores.
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { shapes in
      withUnsafeTemporaryAllocation(of: Int32.self, capacity: count * 11) { scratch in
        for (i, token) in tokens.enumerated() { shapes[i] = TaggerFeatures.shape(token) }
        let n = score(text, profile, shapes, scratch)
        decode(n, count, scratch, into: &result)
      }
    }
    return result
  }

  /// Scores every scored token of a text into `scratch`; returns how many there were.
  private func score(
    _ text: ScalarText, _ profile: UInt64, _ shapes: UnsafeMutableBufferPointer<UInt64>,
    _ scratch: UnsafeMutableBufferPointer<Int32>
  ) -> Int {
    let tokens = text.tokens
    let entries = text.entries
    let count = tokens.count
    var n = 0
    var previousScored = -1
    let mask = self.mask
    let noneBias = self.noneBias
    let bias = self.bias
    let conjunctions = TaggerFeatures.conjunctionWords
    charWeights.withUnsafeBufferPointer { c in
      weights.withUnsafeBufferPointer { w in
        text.scalars.withUnsafeBufferPointer { scalars in
          withUnsafeTemporaryAllocation(of: Int.self, capacity: 40) { slots in
            for (i, token) in tokens.enumerated() {
              guard Self.isScored(token, entries[i], profile: profile) else { continue }
              var f = 0
              @inline(__always) func add(_ template: TaggerFeatures.Template, _ value: UInt64) {
                slots[f] = TaggerFeatures.index(template, value, mask: mask) &* 3
                f += 1
              }
              let shape = shapes[i]
              let entry = entries[i]
              let nameScore = TaggerFeatures.nameScore(entry)
              let frequency = UInt64(entry.wordFrequency)
              let start: UInt64 = text.taggerSentenceStart(i) ? 1 : 0
              let previousWord = i > 0 ? tokens[i - 1].hash : TaggerFeatures.beginning
              let nextWord = i + 1 < tokens.count ? tokens[i + 1].hash : TaggerFeatures.ending
              add(.word, token.hash)
              let affixes = TaggerFeatures.affixes(scalars, token)
              add(.suffix, affixes.suffix)
              add(.prefix, affixes.prefix)
              add(.shape, shape)
              add(.nameScore, nameScore)
              add(.placeFlags, TaggerFeatures.placeFlags(entry))
              add(.shapeNameScore, shape * 32 + nameScore)
              add(.shapeFrequency, shape * 16 + frequency)
              add(.shapeSentenceStart, shape * 2 + start)
              add(.previousWord, previousWord)
              add(.nextWord, nextWord)
              add(.previousShape, (i > 0 ? shapes[i - 1] : 8) * 16 + shape)
              add(.nextShape, (i + 1 < tokens.count ? shapes[i + 1] : 8) * 16 + shape)
              var symbol: UInt64 = 0
              if i > 0, tokens[i - 1].kind == .symbol {
                let first = tokens[i - 1].first
                symbol = first == 0x40 ? 1 : first == 0x23 ? 2 : 3
                if tokens[i - 1].end == token.start { symbol += 4 }
              }
              add(.previousSymbol, symbol)
              add(.caseProfile, profile * 8 + shape)
              add(.cue, i > 0 && tokens[i - 1].kind == .word ? TaggerFeatures.cue(text, i - 1) : 0)
              // The next and previous token's shape and name score, or across a conjunction
              // the word's beyond it with its name-likeness (values of their own, from 1000).
              var nextNameScore: UInt64 = 999
              if i + 1 < count {
                if i + 2 < count, tokens[i + 2].kind == .word,
                  TaggerFeatures.isConjunction(tokens[i + 1], conjunctions)
                {
                  let beyond = entries[i + 2]
                  nextNameScore =
                    1000 + (shapes[i + 2] * 32 + TaggerFeatures.nameScore(beyond)) * 8
                    + UInt64(beyond.nameLikeness)
                } else {
                  nextNameScore = shapes[i + 1] * 32 + TaggerFeatures.nameScore(entries[i + 1])
                }
              }
              var previousNameScore: UInt64 = 999
              var afterConjunction = false
              if i > 0 {
                if i > 1, tokens[i - 2].kind == .word,
                  TaggerFeatures.isConjunction(tokens[i - 1], conjunctions)
                {
                  afterConjunction = true
                  let before = entries[i - 2]
                  previousNameScore =
                    1000 + (shapes[i - 2] * 32 + TaggerFeatures.nameScore(before)) * 8
                    + UInt64(before.nameLikeness)
                } else {
                  previousNameScore = shapes[i - 1] * 32 + TaggerFeatures.nameScore(entries[i - 1])
                }
              }
              add(.nextNameScore, nextNameScore)
              add(.previousNameScore, previousNameScore)
              add(.wordShape, token.hash &+ shape)
              add(.suffix2, affixes.suffix2)
              add(.nameLevels, TaggerFeatures.nameLevels(entry))
              add(.profileShapeNameScore, (profile * 8 + shape) * 32 + nameScore + start * 1024)
              add(.cue2, i > 1 && tokens[i - 2].kind == .word ? TaggerFeatures.cue(text, i - 2) : 0)
              add(.previousWordShape, previousWord &+ shape &* 0x10001)
              add(.nextWordShape, nextWord &+ shape &* 0x10001)
              add(.nextSymbol, TaggerFeatures.nextSymbol(text, i) * 8 + shape)
              let cluster = UInt64(entry.cluster)
              add(.clusterShape, cluster * 8 + shape)
              add(.coarseShape, (profile * 8 + shape) * 64 + TaggerFeatures.coarseCluster(entry))
              add(
                .previousMid, i > 0 ? TaggerFeatures.midCluster(entries[i - 1]) * 16 + shape : 9999)
              add(
                .nextMid,
                i + 1 < tokens.count ? TaggerFeatures.midCluster(entries[i + 1]) * 16 + shape : 9999
              )
              var likeness = UInt64(entry.nameLikeness)
              if likeness == 0 { likeness = CharNameModel.likeness(scalars, token, weights: c) }
              add(.likenessShape, likeness * 8 + shape)
              add(.profileLikeness, ((profile * 8 + shape) * 32 + likeness) * 2 + start)
              // The bias feature is the same row for every word: its weights are read once.
              var none = bias.none
              var person = bias.person
              var place = bias.place
              for k in 0..<f {
                let base = slots[k]
                none &+= Int32(w[base])
                person &+= Int32(w[base + 1])
                place &+= Int32(w[base + 2])
              }
              scratch[n] = Int32(i)
              // -1: chained to the token before; -2: chained across a conjunction ("Vin ,
              // Dwayne"); otherwise the fixed state before the token.
              var predecessor: Int32 =
                previousScored == i - 1 && i > 0 ? -1 : i == 0 ? Int32(Self.start) : 0
              if afterConjunction, previousScored == i - 2 { predecessor = -2 }
              scratch[count + n] = predecessor
              let e = 2 * count + 3 * n
              scratch[e] = none &- noneBias
              scratch[e + 1] = person
              scratch[e + 2] = place
              n += 1
              previousScored = i
            }
          }
        }
      }
    }
    return n
  }

  /// Max-marginal decoding: for every scored token and label, the score of the best
  /// labelling through it (forward plus backward Viterbi scores). The best label of each
  /// token is the Viterbi labelling; its margin over the runner-up is the confidence.
  private func decode(
    _ n: Int, _ count: Int, _ scratch: UnsafeMutableBufferPointer<Int32>,
    into result: inout [(label: Int, margin: Float)]
  ) {
    guard n > 0 else { return }
    let predecessors = UnsafeMutableBufferPointer(rebasing: scratch[count..<(2 * count)])
    let emissions = UnsafeMutableBufferPointer(rebasing: scratch[(2 * count)..<(5 * count)])
    let alpha = UnsafeMutableBufferPointer(rebasing: scratch[(5 * count)..<(8 * count)])
    let beta = UnsafeMutableBufferPointer(rebasing: scratch[(8 * count)..<(11 * count)])
    let t = transitions
    for k in 0..<n {
      let fixed = Int(predecessors[k])
      for y in 0..<3 {
        var best: Int32
        if fixed >= 0 {
          best = t[fixed * 3 + y]
        } else {
          let rows = fixed == -1 ? 0 : 12
          best = Int32.min
          for p in 0..<3 { best = max(best, alpha[(k - 1) * 3 + p] &+ t[rows + p * 3 + y]) }
        }
        alpha[k * 3 + y] = emissions[k * 3 + y] &+ best
      }
    }
    for k in 0..<(3 * n) { beta[k] = 0 }
    if n > 1 {
      for k in stride(from: n - 2, through: 0, by: -1) where predecessors[k + 1] < 0 {
        let rows = predecessors[k + 1] == -1 ? 0 : 12
        for y in 0..<3 {
          var best = Int32.min
          for z in 0..<3 {
            best = max(
              best, t[rows + y * 3 + z] &+ emissions[(k + 1) * 3 + z] &+ beta[(k + 1) * 3 + z])
          }
          beta[k * 3 + y] = best
        }
      }
    }
    for k in 0..<n {
      let none = alpha[k * 3] &+ beta[k * 3]
      let person = alpha[k * 3 + 1] &+ beta[k * 3 + 1]
      let place = alpha[k * 3 + 2] &+ beta[k * 3 + 2]
      let label: Int
      let margin: Int32
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
      result[Int(scratch[k])] = (label, Float(margin) * scale)
    }
  }
}
