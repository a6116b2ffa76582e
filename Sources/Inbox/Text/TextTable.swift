/// A plain-text table for the CLI: every cell sanitized, columns aligned by display width,
/// the last column cut to fit the line.
public struct TextTable {
  public var columns: [String]
  public private(set) var rows: [[String]] = []

  public init(columns: [String]) {
    self.columns = columns
  }

  /// Adds a row; cells are reduced to one sanitized line.
  public mutating func add(_ cells: [String]) {
    precondition(cells.count == columns.count, "a row needs one cell per column")
    rows.append(cells.map(TerminalText.preview))
  }

  /// The table as lines of at most `width` columns (the last column is cut with "…"; the
  /// others keep their full width, capped at 40).
  public func render(width: Int) -> String {
    let all = [columns] + rows
    var widths = columns.indices.map { column in
      min(40, all.map { TerminalText.width($0[column]) }.max() ?? 0)
    }
    let fixed = widths.dropLast().reduce(0, +) + 2 * (columns.count - 1)
    widths[widths.count - 1] = max(10, min(widths[widths.count - 1], width - fixed))
    var output = ""
    for row in all {
      var line = ""
      for (column, cell) in row.enumerated() {
        let last = column == row.count - 1
        line += TerminalText.fit(cell, width: widths[column], pad: !last)
        if !last { line += "  " }
      }
      while line.hasSuffix(" ") { line.removeLast() }
      output += line + "\n"
    }
    return output
  }
}
