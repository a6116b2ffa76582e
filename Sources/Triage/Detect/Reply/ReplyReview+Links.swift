/// Links to domains the policy does not approve, and @-mentions of third parties.
extension ReplyReview {
  mutating func checkLinks() {
    let approved = checker.approvedDomains
    for (position, token) in text.tokens.enumerated() where token.kind == .url {
      guard let host = LinkHost.of(scalars: text.scalars[token.start..<token.end]) else {
        continue
      }
      if approved.contains(where: { LinkHost.host(host, isWithin: $0) }) { continue }
      add(
        "reply.unapproved_link", "link", .warn, first: position, last: position,
        "links to \(host), which the policy does not approve", .approvedLink)
    }
  }

  mutating func checkTags() {
    let own = checker.ownHandles
    let author = original?.authorHandle.map {
      TextHash.word($0.hasPrefix("@") ? String($0.dropFirst()) : $0)
    }
    var leading = true
    for (position, token) in text.tokens.enumerated() {
      guard token.kind == .mention else {
        if token.kind != .punctuation { leading = false }
        continue
      }
      let handle = String(text.text(of: token).dropFirst())
      let isAuthor = author.map { TextHash.word(handle) == $0 } ?? false
      // Without the original, a mention that opens the reply is taken as its addressee.
      let addressee = author == nil && leading
      if own.contains(handle.lowercased()) || isAuthor || addressee { continue }
      add(
        "reply.tagging", "tagging", .warn, first: position, last: position,
        "tags a third party (@\(handle)) into a conversation about someone's health", .removeTag)
    }
  }
}
