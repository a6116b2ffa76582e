/// On a form, a name after a label runs to the end of its field: "Name: Wakinyan Two Bulls
/// Sex: M", "Parent/guardian: Winona Two Bulls (mother)", "Examiner: Rachel Many Horses,
/// PsyD". Surnames made of everyday words ("Two Bulls", "Many Horses") stop the name
/// rules, so a name found after "Label:" takes up to two more capitalised words when the
/// field plainly ends after them: a line end, a bracket, a comma or the next label.
enum FieldNameRule {
  static func apply(_ text: ScalarText, _ out: inout Candidates) {
    out.reshape { candidate in
      guard candidate.category == .name else { return }
      let first = text.tokenIndex(startingAt: candidate.start)
      guard first >= 2, text.isSymbol(first - 1, 0x3A), text.tokens[first - 2].kind == .word,
        !text.caseProfile.isMostlyUpper
      else { return }
      let next = text.tokenIndex(startingAt: candidate.end, from: first)
      var k = next
      while k < next + 2, isFieldWord(text, k) { k += 1 }
      guard k > next, endsField(text, k) else { return }
      candidate.end = text.tokens[k - 1].end
    }
  }

  /// A capitalised word on the name's line that is no credential, place or calendar word.
  @inline(__always)
  private static func isFieldWord(_ text: ScalarText, _ k: Int) -> Bool {
    guard let token = text.token(k), token.kind == .word, token.isAlpha, token.isCapitalized,
      !token.isAllUpper, token.spaceBefore, !token.flags.contains(.lineStart)
    else { return false }
    let excluded: WordClass = [
      .placeStop, .month, .weekday, .title, .facilityHead, .facilityTail, .facilityNoun,
      .department, .streetSuffix, .addressStart, .organizationTail,
    ]
    return !text.isClass(k, excluded) && !text.entries[k].isHealthTerm
      && !text.entries[k].isStateOrCountry && !text.isSymbol(k + 1, 0x3A)
      && !NameContextRules.isFieldLabel(text, k)
  }

  /// Whether the field ends before token `k`: the text or line ends, a bracket or comma
  /// follows, or the next label ("Sex:") begins.
  @inline(__always)
  private static func endsField(_ text: ScalarText, _ k: Int) -> Bool {
    guard let token = text.token(k) else { return true }
    if token.flags.contains(.lineStart) { return true }
    if text.isSymbol(k, 0x28) || text.isSymbol(k, 0x2C) { return true }
    return token.kind == .word && text.isSymbol(k + 1, 0x3A)
  }
}
