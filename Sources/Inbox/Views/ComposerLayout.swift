/// Where the composer's parts go for a terminal size: a header, the original message (a few
/// lines), the reply being edited, and the risks the checker finds. Update (scrolling, page
/// moves) and Render share it.
public struct ComposerLayout: Hashable, Sendable {
  public let header: Rect
  public let original: Rect
  /// The rule above the reply, with its title.
  public let replyRule: Int
  public let editor: Rect
  /// The rule above the risks, with the check's summary.
  public let risksRule: Int
  public let risks: Rect

  public init(size: Size) {
    let body = Layout(size: size).body
    let height = body.height
    let originalRows = min(6, max(2, height / 5))
    let riskRows = max(3, min(8, height / 4))
    let editorRows = max(1, height - 4 - originalRows - riskRows)
    header = Rect(x: 0, y: body.y, width: size.width, height: 1)
    original = Rect(x: 1, y: body.y + 1, width: max(1, size.width - 2), height: originalRows)
    replyRule = original.y + originalRows
    // One column is kept free on the right for the cursor after a full row.
    editor = Rect(x: 1, y: replyRule + 1, width: max(1, size.width - 3), height: editorRows)
    risksRule = editor.y + editorRows
    risks = Rect(x: 1, y: risksRule + 1, width: max(1, size.width - 2), height: riskRows)
  }
}
