/// Names found through the words around them: titles ("Dr. Okafor"), relations and roles
/// ("my daughter Emma", "Pt John Smith"), introductions ("my name is Priya Raman") and
/// initials ("J. Whitaker").
enum NameContextRules {
  static func apply(_ text: ScalarText, lexicon: Lexicon, _ out: inout Candidates) {
    let tokens = text.tokens
    for (i, token) in tokens.enumerated() where token.kind == .word && token.isAlpha {
      let hash = token.hash
      // Chidi Okonkwo, MD
      if token.isCapitalized, let end = credentialed(text, from: i) {
        out.add(
          token.start, end, .name, .credentialName, confidence: 0.85, priority: Priority.context)
      }
      // "MACKINNON, FAITH E  DOB: 7/30/1971": a record's header line.
      if token.isAllUpper, token.length >= 2, text.isSymbol(i + 1, 0x2C),
        i == 0 || token.flags.contains(.lineStart), let end = recordHeader(text, lexicon, from: i)
      {
        out.add(
          token.start, end, .name, .invertedName, confidence: 0.85, priority: Priority.context)
        continue
      }
      let word = text.classes[i]
      if word.isEmpty && token.length > 1 { continue }
      // "(prefers “Yuyi”)", "family calls her “Nou”": a nickname in quotes.
      if word.contains(.nicknameCue), text.isSymbol(i + 1, 0x201C) || text.isSymbol(i + 1, 0x22),
        isNicknameLead(text, i), let end = quotedName(text, from: i + 2)
      {
        out.add(
          text.tokens[i + 2].start, end, .name, .introducedName, confidence: 0.8,
          priority: Priority.context)
        continue
      }
      // "my sister Hope": a weak title in lower case is no title, but may be a relation.
      if !word.isDisjoint(with: [.title, .kinTitle]),
        !(word.contains(.weakTitle) && !token.isCapitalized)
      {
        if word.contains(.relation), i > 0, text.isWord(i - 1, hash) { continue }
        var j = i + 1
        // "Dr. Cox", and "Dr . Cox" as tweets stored one word per line come back; a
        // spaced full stop after a whole word ends a sentence ("ask the nurse . Then").
        if text.isSymbol(j, 0x2E), text.isGlued(j) || NameWords.abbreviatedTitles.contains(hash) {
          j += 1
        }
        // "dr raghunathan", "nurse bao": a title typed in lower case still announces a
        // surname the lexicon knows better as a name than as a word ("dr said" has none).
        let lenient =
          token.isCapitalized || token.isAllUpper
          || lowerTitles.contains(hash) && text.token(j).map { $0.isAllLower } ?? false
        if !isFormOfAddress(text, j),
          !(hash == PlaceWords.dr && text.token(j).map { titleBrands.contains($0.hash) } ?? false),
          var span = name(text, lexicon, from: j, lenient: lenient, maxWords: 3)
        {
          // "Referring: Dr. Major Sterling Interpreting: ...": a label ends the name.
          let after = text.tokenIndex(startingAt: span.1)
          if text.isSymbol(after, 0x3A), after >= 2, after - 1 > j, isLabel(text, after - 1) {
            span.1 = text.tokens[after - 2].end
          }
          out.add(span.0, span.1, .name, .titledName, confidence: 0.9, priority: Priority.context)
          continue
        }
      }
      // "Dear Destiny Holloway:": a salutation names its reader (not "Dear Patient").
      if hash == dear, let span = name(text, lexicon, from: i + 1, lenient: false, maxWords: 3),
        isPersonal(text, span, from: i + 1, bare: false)
      {
        let end = withoutEverydayEnd(text, span, from: i + 1)
        out.add(span.0, end, .name, .introducedName, confidence: 0.85, priority: Priority.context)
        continue
      }
      // "Oksana Bondarenko, NP, Parma Heights Family Health": after a credential and a comma
      // comes the practice, not a person.
      if token.isAllUpper, text.isSymbol(i + 1, 0x2C), credentials.contains(hash) { continue }
      if !word.isDisjoint(with: [.relation, .role, .formRole, .staffRole]) {
        // "my son", "her husband", and "pt's wife", "John's daughter"
        let hasPossessive =
          DateRules.previousWord(text, before: i, within: 1).map {
            text.isClass($0, .possessive)
          } ?? false || isPossessiveNoun(text, before: i)
        // "Wife Conceição notified", "with boyfriend, Andrés Molina": a relation without a
        // possessive needs a capitalised name that is not an everyday word ("Baby Shark").
        let bare = !hasPossessive && word.isDisjoint(with: [.role, .formRole, .staffRole])
        if bare {
          // Most bare relations ("my best friend", "a baby") have no capital after them.
          let k = text.isSymbol(i + 1, 0x2C) ? i + 2 : i + 1
          guard let next = text.token(k), next.kind == .word, next.isCapitalized,
            !text.caseProfile.isMostlyUpper, !text.caseProfile.isTitleCase
          else { continue }
        }
        // "Student: Liam O’Rourke": a form's role announces a name only with its colon
        // ("Student Guest Program" is none).
        let formRole = !hasPossessive && word.isDisjoint(with: [.relation, .role, .staffRole])
        if formRole, !text.isSymbol(i + 1, 0x3A) { continue }
        // "seen by", "dictated by"; otherwise "by" needs a name that is not an everyday
        // word, in a text that does not capitalise everything: not "by Kid Karate", "By
        // Studying Social Media" or "BY DOING THIS".
        if hash == NameWords.by,
          !(i > 0 && text.tokens[i - 1].kind == .word && byVerbs.contains(text.tokens[i - 1].hash))
        {
          let profile = text.caseProfile
          guard !profile.isMostlyUpper, !profile.isTitleCase, let next = text.token(i + 1),
            next.kind == .word, next.isCapitalized,
            text.entries[i + 1].isLikelyName || text.entries[i + 1].wordFrequency < 8
          else { continue }
        }
        var j = i + 1
        if text.isSymbol(j, 0x2C) || text.isSymbol(j, 0x3A) || isSpacedDash(text, j) { j += 1 }
        // "PATEL, RAVI K MD" then "Na 138" on the next line: a name after a role word
        // starts on the same line unless a colon announces it.
        if text.token(j)?.flags.contains(.lineStart) ?? false, !text.isSymbol(j - 1, 0x3A) {
          continue
        }
        // "Called daughter Hope at 555…": a relation before a capitalised given name that is
        // also a word, with no surname after it, names her as "my daughter Hope" would.
        let kinGiven =
          word.contains(.relation)
          && text.token(j).map {
            $0.kind == .word && wordGivenNames.contains($0.hash) && $0.isCapitalized
              && !$0.isAllUpper
          } ?? false
          && !(text.token(j + 1).map { $0.kind == .word && $0.isCapitalized } ?? false)
        if var span = name(text, lexicon, from: j, lenient: hasPossessive || kinGiven, maxWords: 3),
          hasPossessive || kinGiven || isPersonal(text, span, from: j, bare: bare),
          // "CC: Substernal chest pressure" is the chief complaint, not a copy to someone.
          hash != chiefComplaint || text.entries[j].isLikelyName
            || text.token(text.tokenIndex(startingAt: span.1)).map({ !$0.isAllLower }) ?? true
        {
          if !hasPossessive { span.1 = withoutEverydayEnd(text, span, from: j) }
          out.add(
            span.0, span.1, .name, .relativeName, confidence: 0.85, priority: Priority.context)
        }
        continue
      }
      if word.contains(.introducer) {
        // "Called Kitsap County Housing Authority": the verb, and an organisation.
        if token.isCapitalized && text.startsSentence(i) { continue }
        if let span = name(text, lexicon, from: i + 1, lenient: false, maxWords: 3),
          !text.isClass(
            text.tokenIndex(startingAt: span.1, from: i),
            [.organizationTail, .facilityTail, .facilityNoun])
        {
          out.add(
            span.0, span.1, .name, .introducedName, confidence: 0.85, priority: Priority.context)
        }
        continue
      }
      if word.contains(.name) {
        // "my name is X", "name: X", "name's X"
        var j = i + 1
        if text.isWord(j, NameWords.isWord) {
          j += 1
        } else if text.isSymbol(j, 0x3A) {
          j += 1
        } else if text.isApostrophe(j), text.isWord(j + 1, Words.s) {
          j += 2
        } else {
          continue
        }
        if let span = name(text, lexicon, from: j, lenient: true, maxWords: 3) {
          out.add(
            span.0, span.1, .name, .introducedName, confidence: 0.85, priority: Priority.context)
        }
        continue
      }
      // J. Whitaker (but not the L of "mIU/L. Comment")
      // "visitor (R. Goldberg)": an opening bracket may stand for the space.
      if token.length == 1, token.isAllUpper, token.first != 0x49, token.first != 0x41,
        token.spaceBefore || text.isSymbol(i - 1, 0x28), text.isSymbol(i + 1, 0x2E),
        !followsAMeasure(text, i),
        let end = initialedName(text, lexicon, from: i)
      {
        // "John F. Kennedy": a given name before the initials belongs to the name.
        let given =
          i > 0 && text.tokens[i - 1].isCapitalized && text.entries[i - 1].firstName >= 6
          && text.tokens[i - 1].isAlpha && isNameWord(text, i - 1, lenient: false)
        let start = given ? text.tokens[i - 1].start : token.start
        out.add(start, end, .name, .initialsName, confidence: 0.8, priority: Priority.context)
      }
    }
  }

  /// The end of a name that starts with initials at token `i`: "J. Whitaker", "T. W.
  /// Shannon", and "T . W . Shannon" or "J . cole" as tweets stored one word per line come
  /// back. Several initials or a spaced full stop need a surname the lexicon knows as a
  /// name or does not know as a word: "U.S. Senate" and "U . K . Prime Minister" are not
  /// people.
  private static func initialedName(_ text: ScalarText, _ lexicon: Lexicon, from i: Int) -> Int? {
    var k = i
    var initials = 0
    var spaced = false
    while initials < 3, let letter = text.token(k), letter.kind == .word, letter.length == 1,
      letter.isAllUpper, text.isSymbol(k + 1, 0x2E)
    {
      if !text.isGlued(k + 1) { spaced = true }
      initials += 1
      k += 2
    }
    guard initials > 0, let span = name(text, lexicon, from: k, lenient: spaced, maxWords: 2)
    else { return nil }
    if initials > 1 || spaced {
      let entry = text.entries[k]
      guard entry.isLikelyName || entry.wordFrequency <= 4 else { return nil }
    }
    return span.1
  }

  /// "Mr. President", "Mr . Right": after a title, a word far more often written than
  /// anyone's name is a form of address, not a name ("Dr. Young", "Dr. Will Smith" are
  /// names).
  private static func isFormOfAddress(_ text: ScalarText, _ j: Int) -> Bool {
    guard let token = text.token(j), token.kind == .word else { return false }
    if wordGivenNames.contains(token.hash) { return false }  // "Dr. Will Adeyemi"
    let entry = text.entries[j]
    return entry.wordFrequency - max(entry.firstName, entry.surname) >= 5
  }

  static let credentials = WordHash.set([
    "md", "do", "rn", "np", "pa", "phd", "dds", "dmd", "mbbs", "facs", "facp", "lpn", "cnm",
    "crna", "pharmd", "dpm", "pt", "dpt", "lcsw", "psyd", "aprn", "fnp", "bsn", "msn",
  ])

  /// Whether a comma and a credential follow within the few tokens a name can take: a
  /// cheap scan that spares the lexicon tests on every other capitalised word.
  @inline(__always)
  private static func hasCredentialAhead(_ text: ScalarText, from i: Int) -> Bool {
    var k = i + 1
    while k <= i + 6, let token = text.token(k) {
      if token.kind == .symbol, token.first == 0x2C {
        return text.token(k + 1).map { $0.kind == .word && credentials.contains($0.hash) } ?? false
      }
      k += 1
    }
    return false
  }

  /// Credentials that are also state codes: Maryland, Pennsylvania.
  private static let stateCredentials = WordHash.set(["md", "pa"])

  /// Two or three name words starting at token `i`, then a comma and a credential in
  /// capitals: the end of the name.
  private static func credentialed(_ text: ScalarText, from i: Int) -> Int? {
    // "Signed Arjun Raghunathan, MD": a role before the name starts it too.
    guard hasCredentialAhead(text, from: i), !text.isClass(i, [.role, .staffRole]),
      i == 0 || !text.tokens[i - 1].isCapitalized || text.startsSentence(i)
        || text.isClass(i - 1, [.role, .staffRole])
    else {
      return nil  // only from the first word of the name
    }
    var k = i
    var end = -1
    while k < i + 4, let token = text.token(k), token.kind == .word, token.isAlpha,
      token.isCapitalized
    {
      if token.length == 1, text.isSymbol(k + 1, 0x2E) {
        end = text.tokens[k + 1].end  // a middle initial
        k += 2
        continue
      }
      // "Follow Up, PT": everyday words are not a name even before a credential; "June
      // Park, NP": a given name that is also a calendar word or a verb may open it.
      let entry = text.entries[k]
      guard
        isNameWord(text, k, lenient: false)
          && (entry.isLikelyName || entry.wordFrequency < 9 || k > i && entry.surname >= 8)
          || k == i && wordGivenNames.contains(token.hash)
            && isWordGivenName(text, k, alone: false)
          // "Sky Delgado, LCSW": an everyday given name before a surname no word list shares.
          || k == i && isNameWord(text, k, lenient: false) && isPlainSurname(text, k + 1)
      else { break }
      end = token.end
      k += 1
      // "Shirin Mahdavi-Karimi, MD", "Eun-ji Park, NP": a hyphenated part stays.
      if text.isSymbol(k, 0x2D), text.isGlued(k), let part = text.token(k + 1), text.isGlued(k + 1),
        part.kind == .word, part.isAlpha,
        part.isCapitalized || part.isAllLower && part.length <= 4 && token.length <= 4
      {
        end = part.end
        k += 2
      }
    }
    guard k - i >= 2, text.isSymbol(k, 0x2C), let credential = text.token(k + 1),
      credential.kind == .word, credential.isAllUpper || text[credential.start + 1] == 0x68,
      credentials.contains(credential.hash)
    else { return nil }
    // "College Park, MD" is a town in Maryland.
    var phrase = text.tokens[i].hash
    for m in (i + 1)..<k where text.tokens[m].kind == .word {
      WordHash.add(0x20, to: &phrase)
      phrase = text.extend(phrase, with: m)
    }
    if Lexicon.shared[phrase].isCity || text.entries[i].isCity && text.entries[i].firstName < 6 {
      return nil
    }
    // "Dunmore Heights, PA": a place word before a state code that is also a credential.
    if text.isClass(k - 1, .streetSuffix), stateCredentials.contains(credential.hash) {
      return nil
    }
    return end
  }

  /// One to `maxWords` name words from token `j`: capitalised words that are not ordinary
  /// sentence words, initials ("J."), and hyphenated parts. With `lenient`, a lower-case
  /// word the lexicon knows as a name (and rarely as a word) is accepted too.
  static func name(
    _ text: ScalarText, _ lexicon: Lexicon, from j: Int, lenient: Bool, maxWords: Int
  ) -> (Int, Int)? {
    var k = j
    // "Patient: Baby Girl Vang": a newborn's placeholder given name is not part of it.
    if text.isWord(k, baby), text.isWord(k + 1, girl) || text.isWord(k + 1, boy) { k += 2 }
    if text.isWord(k - 1, baby), text.isWord(k, girl) || text.isWord(k, boy) { k += 1 }
    let firstWord = k
    var words = 0
    var start = -1
    var end = -1
    while let token = text.token(k), words < maxWords, token.kind == .word, token.isAlpha {
      // "de la" between name words: up to two lower-case particles, then a capital.
      if words > 0, token.isAllLower, NameWords.particles.contains(token.hash) {
        var m = k
        while m < k + 2, let p = text.token(m), p.kind == .word, p.isAllLower,
          NameWords.particles.contains(p.hash)
        {
          m += 1
        }
        guard let after = text.token(m), after.kind == .word, after.isCapitalized,
          isNameWord(text, m, lenient: false)
        else { break }
        k = m
        continue
      }
      // "Dr. Haddad" then "Metrowest Endocrine Associates": a name stays on its line, and
      // ends before an address word ("Mrs. Jennifer Alcaraz Suite 541").
      if words > 0, token.flags.contains(.lineStart) || text.isClass(k, .addressStart) { break }
      // "Precious Mbeki-Larsson Preferred: Presh", "Yusuf Demir Specimen ID:": the next
      // field's label ends the name.
      if words > 0, isFieldLabel(text, k) { break }
      // "my husband Kwame FINALLY got": capitals after a name in a mixed-case text shout.
      if words > 0, token.isAllUpper, token.length >= 3, !text.tokens[k - 1].isAllUpper,
        !text.caseProfile.isMostlyUpper, !text.entries[k].isLikelyName
      {
        break
      }
      guard
        isNameWord(text, k, lenient: lenient)
          || words == 0 && wordGivenNames.contains(token.hash)
            && isWordGivenName(text, k, alone: lenient)
          // "Amara June Whitfield": a middle name that is a month, before a surname.
          || words > 0 && wordGivenNames.contains(token.hash) && token.isCapitalized
            && text.token(k + 1).map({ $0.isCapitalized && $0.spaceBefore }) ?? false
            && isNameWord(text, k + 1, lenient: false)
          // "Otis Washington": a state that is also a surname, after a given name.
          || words == 1 && token.isCapitalized && stateSurnames.contains(token.hash)
            && text.entries[k - 1].firstName >= 6
      else { break }
      if start < 0 { start = token.start }
      end = token.end
      words += 1
      k += 1
      if token.length == 1, token.isAllUpper, text.isSymbol(k, 0x2E), text.isGlued(k) {
        end = text.tokens[k].end
        k += 1
      }
      // "BJORN A": a middle initial without its full stop, not followed by a lower-case word
      if token.length > 1, let initial = text.token(k), initial.kind == .word, initial.length == 1,
        initial.isAllUpper, initial.first != 0x49, words < maxWords,
        text.token(k + 1).map({ !($0.kind == .word && $0.isAllLower) && !$0.isNumber }) ?? true
      {
        end = initial.end
        k += 1
        // "Gregory A. Ainsworth": with its full stop, the surname follows.
        if text.isSymbol(k, 0x2E), text.isGlued(k) {
          end = text.tokens[k].end
          k += 1
        }
      }
      // Smith-Jones, and "Ji-woo", "Eun-ji": a short lower-case syllable after a short
      // given name.
      if text.isSymbol(k, 0x2D), text.isGlued(k), let next = text.token(k + 1), text.isGlued(k + 1),
        next.isAlpha,
        next.isCapitalized
          || next.isAllLower && next.length <= 4 && token.length <= 4 && !token.isAllUpper
      {
        end = next.end
        k += 2
      }
    }
    guard start >= 0 else { return nil }
    // "Okonkwo, Chidi": one surname, a comma and a known given name.
    // "NAKAMURA, EMI": in capitals, as records list people, any given name.
    // "Interpreter: Arabic, Layla": a language or nationality is no surname.
    if words == 1, text.isSymbol(k, 0x2C),
      !NameWords.languages.contains(text.tokens[firstWord].hash),
      !(NameTagger.isDemonym(text, firstWord) && !text.entries[firstWord].isName),
      let given = text.token(k + 1),
      given.kind == .word,
      given.isAlpha, given.isCapitalized,
      text.entries[k + 1].firstName >= 6 && isNameWord(text, k + 1, lenient: false)
        || given.isAllUpper && text.tokens[firstWord].isAllUpper && given.length >= 2
          && !text.caseProfile.isMostlyUpper && !text.entries[k + 1].isCity
          // "FERREIRA, JOÃO": a short given name in capitals is no abbreviation here.
          && (isNameWord(text, k + 1, lenient: false) || isSecondGivenName(text, k + 1))
    {
      end = given.end
      var m = k + 2
      // "Chen, Wei-Ling": a hyphenated given name keeps its second part.
      if text.isSymbol(m, 0x2D), text.isGlued(m), let part = text.token(m + 1),
        text.isGlued(m + 1), part.kind == .word, part.isAlpha, part.length <= 6
      {
        end = part.end
        m += 2
      }
      // "TRAN, MINH THI": in capitals, a second given name on the same line.
      if given.isAllUpper, isSecondGivenName(text, m) {
        end = text.tokens[m].end
        m += 1
      }
      // "LINDQVIST, BJORN A"
      if let initial = text.token(m), initial.kind == .word, initial.length == 1,
        initial.isAllUpper, initial.spaceBefore,
        text.token(m + 1).map({ !($0.kind == .word && $0.isAllLower) && !$0.isNumber }) ?? true
      {
        end = initial.end
      }
    }
    return (start, end)
  }

  /// An everyday word before a colon, or an identifier keyword before "ID", "#" or a colon.
  static func isFieldLabel(_ text: ScalarText, _ k: Int) -> Bool {
    let entry = text.entries[k]
    if text.isSymbol(k + 1, 0x3A) { return entry.wordFrequency >= 7 && !entry.isLikelyName }
    // "Preferred name:"
    if text.isClass(k + 1, .name), text.isSymbol(k + 2, 0x3A) { return !entry.isLikelyName }
    guard text.isClass(k, .keywordStart), !entry.isLikelyName, let next = text.token(k + 1)
    else { return false }
    // "Specimen ID:", "Claim #", "Acct 4400918273"
    return text.isSymbol(k + 1, 0x23) || text.isWord(k + 1, idWord)
      || next.kind == .word && next.flags.contains(.hasDigit)
  }
  private static let idWord = WordHash.of("id")

  private static let baby = WordHash.of("baby")
  private static let girl = WordHash.of("girl")
  private static let boy = WordHash.of("boy")

  /// Verbs after which "by" announces a person: "seen by", "dictated by", "signed by".
  private static let byVerbs = WordHash.set([
    "seen", "dictated", "signed", "reviewed", "examined", "evaluated", "written", "referred",
    "treated", "performed", "read", "transcribed", "witnessed", "authored", "approved",
    "cosigned", "co-signed", "attended", "interpreted", "called", "visited", "assessed",
    "prescribed", "ordered", "accompanied", "brought", "checked", "verified", "entered",
    "completed", "discharged", "admitted", "consented", "sent", "faxed", "covered", "followed",
    "managed", "helped", "bitten", "hit", "raised", "adopted", "cared", "delivered", "operated",
  ])

  /// "pt's wife": a word, an apostrophe and "s", all glued, right before token `i`.
  private static func isPossessiveNoun(_ text: ScalarText, before i: Int) -> Bool {
    guard i >= 3, text.isWord(i - 1, Words.s), text.isGlued(i - 1),
      text.isApostrophe(i - 2), text.isGlued(i - 2)
    else { return false }
    return text.tokens[i - 3].kind == .word
  }

  private static let dear = WordHash.of("dear")

  /// Whether word `k`, before a colon, is a label rather than part of a name: a word that
  /// no name list knows well ("Interpreting:", "Reviewer:").
  private static func isLabel(_ text: ScalarText, _ k: Int) -> Bool {
    let entry = text.entries[k]
    return text.tokens[k].kind == .word && text.tokens[k].length >= 3 && !entry.isLikelyName
      && max(entry.firstName, entry.surname) < 6 && entry.wordFrequency >= 4
  }
  private static let chiefComplaint = WordHash.of("cc")

  /// Words before a nickname in quotes ("prefers", "nicknamed"), or after a verb that
  /// gives one ("calls her", "goes by", "known as"; not "told her “Stop”").
  static let nicknameLeadsList = ["prefers", "nicknamed", "aka", "called", "named"]
  static let nicknameLinksList = ["her", "him", "them", "me", "by", "as"]
  private static let nicknameLeads = WordHash.set(nicknameLeadsList)
  private static let nicknameLinks = WordHash.set(nicknameLinksList)
  private static let nicknameVerbs = WordHash.set([
    "calls", "call", "called", "calling", "goes", "go", "going", "went", "known", "referred",
  ])

  private static func isNicknameLead(_ text: ScalarText, _ i: Int) -> Bool {
    let hash = text.tokens[i].hash
    if nicknameLeads.contains(hash) { return true }
    guard nicknameLinks.contains(hash), let verb = text.token(i - 1), verb.kind == .word else {
      return false
    }
    return nicknameVerbs.contains(verb.hash)
  }

  /// The end of one or two capitalised words in quotes starting at token `k`, before the
  /// closing quote.
  private static func quotedName(_ text: ScalarText, from k: Int) -> Int? {
    var m = k
    while m < k + 2, let token = text.token(m), token.kind == .word, token.isAlpha,
      token.isCapitalized, !text.isClass(m, .notName)
    {
      m += 1
    }
    guard m > k, text.isSymbol(m, 0x201D) || text.isSymbol(m, 0x22) else { return nil }
    return text.tokens[m - 1].end
  }

  /// Whether token `k` is a capitalised surname that is not an everyday word ("Delgado").
  private static func isPlainSurname(_ text: ScalarText, _ k: Int) -> Bool {
    guard let token = text.token(k), token.kind == .word, token.isAlpha, token.isCapitalized,
      token.spaceBefore, isNameWord(text, k, lenient: false)
    else { return false }
    let entry = text.entries[k]
    return entry.wordFrequency < 9 && (entry.isLikelyName || entry.surname >= 8)
  }

  /// Labels that follow a person's name on a record's header line.
  private static let recordLabels = WordHash.set(["dob", "sex", "age", "dos", "gender", "ssn"])

  /// The end of "SURNAME, GIVEN [M]" opening a line when a record label follows on the same
  /// line ("MACKINNON, FAITH E DOB: ...", "TRAN, MINH MRN ..."): the label vouches for a
  /// given name that is also a word.
  private static func recordHeader(_ text: ScalarText, _ lexicon: Lexicon, from i: Int) -> Int? {
    guard let span = name(text, lexicon, from: i, lenient: false, maxWords: 1),
      span.1 > text.tokens[i + 1].end
    else { return nil }
    let k = text.tokenIndex(startingAt: span.1)
    guard let label = text.token(k), label.kind == .word, !label.flags.contains(.lineStart),
      text.isClass(k, .keywordStart) || recordLabels.contains(label.hash)
    else { return nil }
    return span.1
  }

  /// Given names that are also calendar words or verbs, never names on their own in the
  /// lexicon rules: "Dr. Will Adeyemi", "Grandma June", "June Park, NP".
  private static let lowerTitles = WordHash.set(["dr", "doctor", "nurse", "mr", "mrs", "ms"])
  private static let wordGivenNames = WordHash.set([
    "will", "may", "june", "april", "august",
    // Virtue and nature names, and short forms that are words: "my sister Hope works",
    // "her husband Bill", "Nurse Grace".
    "hope", "grace", "faith", "joy", "summer", "rose", "mercy", "hunter", "dawn", "autumn",
    "destiny", "angel", "patience", "mark", "bill",
  ])
  static let stateSurnames = WordHash.set([
    "washington", "georgia", "virginia", "carolina", "dakota", "jackson", "lincoln",
  ])
  /// Brands written as a title and a name: "Dr. Pepper", "Dr. Martens".
  private static let titleBrands = WordHash.set(["pepper", "martens"])

  /// Whether token `k` (one of `wordGivenNames`, which callers test first), right after a
  /// title or a relation, is a given name: capitalised, and followed by a surname on the
  /// same line or, where `alone`, by no capitalised word at all ("my husband Will will not
  /// stop"); in a text that capitalises most words ("The Doctor Will See You") only before a
  /// real surname.
  private static func isWordGivenName(_ text: ScalarText, _ k: Int, alone: Bool) -> Bool {
    let token = text.tokens[k]
    guard token.isCapitalized else { return false }
    let profile = text.caseProfile
    if token.isAllUpper != profile.isMostlyUpper { return false }
    if let next = text.token(k + 1), next.kind == .word, next.isAlpha, next.spaceBefore,
      !next.flags.contains(.lineStart), next.isCapitalized
    {
      // Where most words are capitalised, only a surname that is no everyday word counts.
      let entry = text.entries[k + 1]
      return isNameWord(text, k + 1, lenient: false)
        && (!profile.isTitleCase || entry.isLikelyName || entry.wordFrequency < 8)
    }
    return alone && !profile.isTitleCase
  }

  /// "TRAN, MINH THI": a second given name in capitals after "SURNAME, GIVEN", not a label
  /// ("MRN", "DOB") or an abbreviation the lexicon knows as a word.
  static func isSecondGivenName(_ text: ScalarText, _ m: Int) -> Bool {
    guard let token = text.token(m), token.kind == .word, token.isAlpha, token.isAllUpper,
      token.length >= 2, token.spaceBefore, !token.flags.contains(.lineStart),
      !text.isClass(m, [.notName, .keywordStart, .role]), !credentials.contains(token.hash)
    else { return false }
    let entry = text.entries[m]
    if entry.isHealthTerm || entry.isStateOrCountry { return false }
    return entry.isLikelyName || entry.wordFrequency <= 5
  }

  /// A span after a role word or a bare relation is a person when one of its words is
  /// not an everyday word, or after a role a common surname ("Pt Sterling Grant", "Patient:
  /// Ji-woo Park"; not "Patient Accounts Department", "PATIENT PORTAL MESSAGE", "Girl
  /// Boss"), and a single word is not a label ("Resident:", "Employee #").
  private static func isPersonal(
    _ text: ScalarText, _ span: (Int, Int), from j: Int, bare: Bool
  ) -> Bool {
    var k = j
    var personal = false
    var words = 0
    while let token = text.token(k), token.start < span.1 {
      if token.kind == .word {
        if !isEverydayWord(text.entries[k], surnames: !bare) { personal = true }
        words += 1
      }
      k += 1
    }
    if words == 1, text.isSymbol(k, 0x3A) || text.isSymbol(k, 0x23) { return false }
    return personal
  }

  /// The end of a span after a role without its last word when that is an everyday word
  /// that no name list knows well ("Student: Liam O’Rourke Grade 3").
  private static func withoutEverydayEnd(_ text: ScalarText, _ span: (Int, Int), from j: Int)
    -> Int
  {
    var k = j
    var previousEnd = -1
    var last = -1
    while let token = text.token(k), token.start < span.1 {
      if token.kind == .word {
        if last >= 0 { previousEnd = text.tokens[last].end }
        last = k
      }
      k += 1
    }
    guard last >= 0, previousEnd >= 0 else { return span.1 }
    let everyday =
      text.tokens[last].end == span.1 && text.tokens[last].length >= 3
      && isEverydayWord(text.entries[last])
    return everyday ? previousEnd : span.1
  }

  /// A word written far more often than anyone is named by it: not mostly a name, common,
  /// and, where `surnames` count, no common given name or surname either ("Accounts",
  /// "Grade"; not "Park" after a role).
  private static func isEverydayWord(_ entry: LexiconEntry, surnames: Bool = true) -> Bool {
    !entry.isLikelyName && entry.wordFrequency >= 8
      && !(surnames && max(entry.firstName, entry.surname) >= 8)
  }

  /// "Patient – FERREIRA, JOÃO": an en or em dash, or a spaced hyphen, after a role.
  private static func isSpacedDash(_ text: ScalarText, _ j: Int) -> Bool {
    guard let token = text.token(j), token.kind == .symbol else { return false }
    if token.first == 0x2013 || token.first == 0x2014 { return true }
    return token.first == 0x2D && token.spaceBefore && !text.isGlued(j + 1)
  }

  /// "T 98.9 F. Placed", "1+ R. Fine crackles": a capital after a number or a plus sign is
  /// a unit or a side, not an initial.
  private static func followsAMeasure(_ text: ScalarText, _ i: Int) -> Bool {
    guard let previous = text.token(i - 1) else { return false }
    if previous.kind == .symbol { return previous.first == 0x2B || previous.first == 0xB0 }
    return previous.isNumber
  }

  /// Whether token `i` can be part of a name.
  static func isNameWord(_ text: ScalarText, _ i: Int, lenient: Bool) -> Bool {
    let token = text.tokens[i]
    if !text.classes[i].isDisjoint(with: [.notName, .staffRole]) { return false }
    let entry = text.entries[i]
    if entry.isHealthTerm || entry.isStateOrCountry { return false }
    // PMH, EMS, LOC, NS: short capitals are abbreviations unless the lexicon knows a name.
    if token.isAllUpper && token.length <= 4 && !(token.length >= 2 && entry.isLikelyName) {
      return lenient && entry.isLikelyName
    }
    if token.isCapitalized || token.isAllUpper && token.length >= 2 { return true }
    guard lenient else { return false }
    return entry.isLikelyName
  }
}
