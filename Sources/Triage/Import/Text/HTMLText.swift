/// Turns the HTML that platforms export (comment bodies, Mastodon statuses, Disqus messages)
/// into plain text: tags dropped, block elements as line breaks, entities decoded, scripts
/// and styles removed. Links keep their visible text.
public enum HTMLText {
  /// - Parameter keepNewlines: WordPress stores comments as typed, with meaningful newlines
  ///   (it adds `<p>` only when displaying); elsewhere newlines in HTML are just spaces.
  public static func plainText(_ html: String, keepNewlines: Bool = false) -> String {
    let scalars = Array(html.unicodeScalars)
    var out = String.UnicodeScalarView()
    var index = 0
    var skipping: String?  // inside <script> or <style>
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "<", let (tag, closing, length) = tagAt(scalars, index) {
        index += length
        if let skip = skipping {
          if closing && tag == skip { skipping = nil }
          continue
        }
        switch tag {
        case "script", "style":
          if !closing { skipping = tag }
        case "br":
          out.append("\n")
        case "p", "div", "blockquote", "li", "ul", "ol", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
          "pre", "table", "hr":
          if tag == "p" || tag == "blockquote" {
            out.append(contentsOf: "\n\n".unicodeScalars)
          } else {
            out.append("\n")
          }
        default:
          break
        }
        continue
      }
      if skipping != nil {
        index += 1
        continue
      }
      if scalar == "&", let (decoded, length) = HTMLEntities.reference(in: scalars, at: index) {
        out.append(contentsOf: decoded.unicodeScalars)
        index += length
        continue
      }
      if !keepNewlines, scalar == "\n" || scalar == "\r" || scalar == "\t" {
        out.append(" ")
      } else if scalar == "\r" {
        // CRLF becomes LF
      } else {
        out.append(scalar)
      }
      index += 1
    }
    return tidy(String(out))
  }

  /// The tag at `start` (a `<`): its lowercased name, whether it closes, and its length.
  /// Comments count as tags with an empty name. nil when the `<` is just text.
  static func tagAt(_ scalars: [Unicode.Scalar], _ start: Int) -> (String, Bool, Int)? {
    var index = start + 1
    guard index < scalars.count else { return nil }
    if scalars[index] == "!" {
      // <!-- comment --> or <!DOCTYPE>
      var end = index
      let isComment =
        index + 2 < scalars.count && scalars[index + 1] == "-" && scalars[index + 2] == "-"
      while end < scalars.count {
        if isComment {
          if scalars[end] == ">" && end >= 2 && scalars[end - 1] == "-" && scalars[end - 2] == "-"
            && end > index + 3
          {
            break
          }
        } else if scalars[end] == ">" {
          break
        }
        end += 1
      }
      return ("", false, min(end + 1, scalars.count) - start)
    }
    var closing = false
    if scalars[index] == "/" {
      closing = true
      index += 1
    }
    var name = ""
    while index < scalars.count {
      let value = scalars[index].value
      let isNameScalar =
        (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        || (0x30...0x39).contains(value)
      guard isNameScalar else { break }
      name.unicodeScalars.append(scalars[index])
      index += 1
    }
    guard !name.isEmpty, let first = name.unicodeScalars.first, first.properties.isAlphabetic
    else { return nil }
    // Find the closing '>' outside quotes.
    var quote: Unicode.Scalar?
    while index < scalars.count {
      let scalar = scalars[index]
      if let open = quote {
        if scalar == open { quote = nil }
      } else if scalar == "\"" || scalar == "'" {
        quote = scalar
      } else if scalar == ">" {
        return (name.lowercased(), closing, index + 1 - start)
      }
      index += 1
    }
    return nil
  }

  /// Collapses runs of spaces, trims each line, keeps at most one blank line in a row.
  static func tidy(_ text: String) -> String {
    var lines: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var collapsed = ""
      var lastWasSpace = false
      for character in line {
        let isSpace = character == " " || character == "\t" || character == "\u{A0}"
        if isSpace {
          if !lastWasSpace { collapsed.append(character == "\u{A0}" ? "\u{A0}" : " ") }
          lastWasSpace = true
        } else {
          collapsed.append(character)
          lastWasSpace = false
        }
      }
      lines.append(collapsed.trimmingSpaces())
    }
    var result: [String] = []
    var blank = 0
    for line in lines {
      if line.isEmpty {
        blank += 1
        if blank > 1 || result.isEmpty { continue }
      } else {
        blank = 0
      }
      result.append(line)
    }
    while result.last?.isEmpty == true { result.removeLast() }
    return result.joined(separator: "\n")
  }
}

extension String {
  /// Without leading and trailing spaces, tabs and no-break spaces.
  func trimmingSpaces() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{A0}" || $0 == "\r" }
    guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
    let last = lastIndex(where: { !isSpace($0) })!
    return String(self[first...last])
  }
}
