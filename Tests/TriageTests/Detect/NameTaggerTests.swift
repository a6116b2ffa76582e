import Foundation
import Testing

@testable import Triage

/// The sequence decoder of the name tagger, with hand-made weights, and the trained
/// tagger on texts whose reading is not in doubt.
@Suite struct NameTaggerTests {
  /// A tagger whose every feature adds `person` to the person score and nothing else.
  private func tagger(person: Int8, transitions: [Int32]) -> NameTagger {
    let bits = 4
    var bytes: [UInt8] = []
    for _ in 0..<(1 << bits) { bytes += [0, UInt8(bitPattern: person), 0] }
    return NameTagger(
      base64: Data(bytes).base64EncodedString(), scale: 1, bits: bits, transitions: transitions,
      noneBias: 0)
  }

  @Test func zeroWeightsReadNoNames() {
    let text = ScalarText("Priya Raman called")
    let tags = tagger(person: 0, transitions: [Int32](repeating: 0, count: 21))
      .tag(text, lexicon: .shared)
    #expect(tags.allSatisfy { $0.label == 0 })
  }

  @Test func transitionsDecideTheLabelling() {
    let text = ScalarText("Priya Raman")
    // Every word leans to "person"; only the start of the text forbids it.
    var transitions = [Int32](repeating: 0, count: 21)
    let free = tagger(person: 1, transitions: transitions).tag(text, lexicon: .shared)
    #expect(free.map(\.label) == [1, 1])
    transitions[3 * 3 + 1] = -10_000  // start -> person
    let decoded = tagger(person: 1, transitions: transitions).tag(text, lexicon: .shared)
    #expect(decoded.map(\.label) == [0, 1])
    // The margin is the best labelling through the label minus the best through another.
    #expect(decoded[1].margin > 0)
    // A strong person -> person transition pulls the first word along instead, when the
    // start -> person penalty is small enough.
    transitions[3 * 3 + 1] = -5
    transitions[1 * 3 + 1] = 100
    let pulled = tagger(person: 1, transitions: transitions).tag(text, lexicon: .shared)
    #expect(pulled.map(\.label) == [1, 1])
  }

  @Test func unscoredWordsBreakTheChain() {
    // "the" is never scored; the words on each side start new chains.
    let text = ScalarText("Priya the Raman")
    var transitions = [Int32](repeating: 0, count: 21)
    transitions[0 * 3 + 1] = -10_000  // none -> person: after an unscored word
    let tags = tagger(person: 1, transitions: transitions).tag(text, lexicon: .shared)
    #expect(tags.map(\.label) == [1, 0, 0])
  }

  @Test func aConjunctionChainsTheWordsOnEachSide() {
    // "and" is not scored either, but the words on each side of it are decided together
    // (the last rows of the transitions): "after an unscored word" does not apply.
    var transitions = [Int32](repeating: 0, count: 21)
    transitions[0 * 3 + 1] = -10_000  // none -> person: after an unscored word
    let listed = tagger(person: 1, transitions: transitions)
    #expect(listed.tag(ScalarText("Priya and Raman"), lexicon: .shared).map(\.label) == [1, 0, 1])
    #expect(listed.tag(ScalarText("Priya , Raman"), lexicon: .shared).map(\.label) == [1, 0, 1])
    transitions[12 + 1 * 3 + 0] = 50  // person -> none across a conjunction
    let split = tagger(person: 1, transitions: transitions)
    #expect(split.tag(ScalarText("Priya and Raman"), lexicon: .shared).map(\.label) == [1, 0, 0])
  }

  @Test func trainedTaggerReadsClearNames() {
    // Tokens: shoutout, to, jake, for, the, help: only "jake" (index 2) is a person.
    let tags = NameTagger.shared.tag(ScalarText("shoutout to jake for the help"), lexicon: .shared)
    #expect(tags.map(\.label) == [0, 0, 1, 0, 0, 0])
    #expect(finds("Thanks for the update Sherlock Holmes", .name, "Sherlock Holmes"))
    for text in ["I will hope for the best", "Take the bus to work"] {
      #expect(!categories(text).contains("NAME"), "\(text)")
    }
  }
}

/// The spelling model that gives words without a word class their name-likeness.
@Suite struct CharNameModelTests {
  private func likeness(_ word: String) -> UInt64 {
    let text = ScalarText(word)
    return text.scalars.withUnsafeBufferPointer { scalars in
      CharNameModel.weights.withUnsafeBufferPointer {
        CharNameModel.likeness(scalars, text.tokens[0], weights: $0)
      }
    }
  }

  @Test func levelsAreKeptApartFromTheWordClasses() {
    for word in ["Tebogo", "Fedorova", "Wooow", "xq", "Zzzzzzzzzzzzzzzzzzzzzzzz", "é", "Zoë"] {
      #expect((9...15).contains(likeness(word)), "\(word)")
    }
    // A capital after a lower-case letter (a run-together hashtag) is its own range.
    #expect((17...23).contains(likeness("NoBiggieTV")))
    #expect(likeness("nobiggietv") == likeness("NoBiggieTV") - 8)
  }

  /// The values `char_likeness` in scripts/train-tagger.py gives with the committed
  /// weights: the tagger was trained on them (refresh after re-running build-charnames.py).
  @Test func matchesTheTrainingScript() {
    let expected: [String: UInt64] = [
      "Tebogo": 14, "Fedorova": 15, "Wooow": 13, "xq": 12, "é": 11, "NoBiggieTV": 22,
      "Hahahahaha": 13,
    ]
    for (word, value) in expected { #expect(likeness(word) == value, "\(word)") }
  }

  @Test func namesAreSpeltMoreLikeNamesThanStretchedWords() {
    #expect(likeness("Fedorova") > likeness("Wooow"))
    #expect(likeness("Bagdanovich") > likeness("Hahahahaha"))
    // Capitals do not change the spelling level.
    #expect(likeness("FEDOROVA") == likeness("fedorova"))
  }
}

@Suite struct TaggerSpanTests {
  @Test func relationsAndTitlesOpeningATaggerSpanAreTrimmed() {
    let findings = found("Pt resting in bed. Son Terrence visited at 1400.")
    #expect(!findings.contains { $0.1.hasPrefix("Son") })
    #expect(!found("appointment moved bc dr kim is out").contains { $0.1.hasPrefix("dr") })
  }
}

@Suite struct ScalarDecodingTests {
  @Test func decodesEveryUTF8Length() {
    for text in [
      "", "plain ascii", "café naïve", "日本語のテキスト", "emoji 👩🏽‍⚕️ and 🇺🇸", "e\u{301}",
      "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
    ] {
      #expect(ScalarText.scalars(of: text) == text.unicodeScalars.map(\.value), "\(text)")
    }
  }
}
