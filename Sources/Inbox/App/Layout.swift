/// A rectangle of cells.
public struct Rect: Hashable, Sendable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }

  public func contains(_ point: Point) -> Bool {
    point.x >= x && point.x < x + width && point.y >= y && point.y < y + height
  }
}

/// Where everything goes for a terminal size. Rendering and mouse handling both use it, so a
/// click lands on what was drawn there.
public struct Layout: Hashable, Sendable {
  /// Below this the inbox shows "terminal too small" instead of a cramped screen.
  public static let minimum = Size(width: 60, height: 15)
  /// The sidebar of views appears from this width.
  public static let sidebarFrom = 100
  public static let sidebarWidth = 24

  public let size: Size

  public init(size: Size) {
    self.size = size
  }

  public var isTooSmall: Bool {
    size.width < Self.minimum.width || size.height < Self.minimum.height
  }

  public var titleRow: Int { 0 }
  public var statusRow: Int { size.height - 1 }

  /// Everything between the title bar and the status bar.
  public var body: Rect { Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2)) }

  public var sidebar: Rect? {
    guard size.width >= Self.sidebarFrom else { return nil }
    return Rect(x: 0, y: body.y, width: Self.sidebarWidth, height: body.height)
  }

  /// The list and its column header (first row).
  public var list: Rect {
    guard let sidebar else { return body }
    let x = sidebar.width + 1
    return Rect(x: x, y: body.y, width: size.width - x, height: body.height)
  }

  /// Rows of messages the list shows at once.
  public var listRows: Int { max(1, list.height - 1) }
  public var firstListRow: Int { list.y + 1 }

  /// The first sidebar row listing a view (after the heading).
  public var firstViewRow: Int { body.y + 1 }
}
