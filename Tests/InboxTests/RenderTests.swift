import Foundation
import Testing

@testable import Inbox
@testable import Triage

/// Golden frames: fixed states rendered and compared cell by cell (text and styles).
@Suite struct RenderTests {
  func expectFrame(
    _ frame: Frame, _ lines: [String], styles: [String]? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(frame.lines == lines, sourceLocation: sourceLocation)
    if let styles {
      let actual = (0..<frame.size.height).map(frame.styleCodes(row:))
      #expect(actual == styles, sourceLocation: sourceLocation)
    }
  }

  @Test func listAt80ColumnsWithAMarkedAndASelectedMessage() {
    var list = loadedState(GoldenFixtures.messages, width: 80, height: 15)
    _ = Update.apply(.key(.char("j")), to: &list)
    list.marked = [1]
    expectFrame(
      Render.frame(list, size: list.size), Goldens.list80, styles: Goldens.list80Styles)
  }

  @Test func listAt120ColumnsWithTheSidebarAndASearch() {
    var wide = loadedState(GoldenFixtures.messages, width: 120, height: 15)
    wide.search = "staff"
    expectFrame(
      Render.frame(wide, size: wide.size), Goldens.list120, styles: Goldens.list120Styles)
  }

  @Test func readerHighlightsPHIAndTriageReasonsWithAttributes() {
    var reader = loadedState(GoldenFixtures.messages, width: 70, height: 30)
    _ = Update.apply(.key(.enter), to: &reader)
    _ = Update.apply(.readerLoaded(1, GoldenFixtures.readerData), to: &reader)
    let frame = Render.frame(reader, size: reader.size)
    expectFrame(frame, Goldens.reader70, styles: Goldens.reader70Styles)
    // Without colour the spans still differ from plain text: PHI bold and underlined,
    // triage reasons underlined.
    let chest = frame[1, 7]
    #expect(chest.grapheme == "C")
    #expect(chest.style.attributes == [.bold, .underline])
    let arm = frame[19, 7]
    #expect(arm.grapheme == "l")
    #expect(arm.style.attributes == [.underline])
    #expect(frame[12, 7].style == .plain)
  }

  @Test func pickerBoxOverTheNarrowestList() {
    var picker = loadedState(GoldenFixtures.messages, width: 60, height: 15)
    _ = Update.apply(.key(.char("c")), to: &picker)
    expectFrame(Render.frame(picker, size: picker.size), Goldens.picker60)
  }

  @Test func promptShowsTheTextAndPlacesTheCursorAfterWideCharacters() {
    var prompt = loadedState(GoldenFixtures.messages, width: 60, height: 15)
    _ = Update.apply(.key(.char("/")), to: &prompt)
    for character in "日本 knee" { _ = Update.apply(.key(.char(character)), to: &prompt) }
    let frame = Render.frame(prompt, size: prompt.size)
    expectFrame(frame, Goldens.prompt60)
    #expect(frame.cursor == Point(x: 18, y: 14))
  }

  @Test func helpIsGeneratedFromTheActionTable() {
    var help = loadedState(GoldenFixtures.messages, width: 100, height: 20)
    _ = Update.apply(.key(.char("?")), to: &help)
    expectFrame(Render.frame(help, size: help.size), Goldens.help100)
    // Every action with a key appears, with the keys in force.
    let all = HelpDocument.lines(help).map(\.text).joined(separator: "\n")
    for spec in ActionTable.standard.specs {
      #expect(all.contains(spec.id.rawValue), "\(spec.id) missing from help")
    }
    #expect(all.contains("filter-mine") && all.contains("needs the workflow"))
    var rebound = help
    rebound.keyMap.bind(.char("J"), to: .moveDown, in: .list)
    let reboundText = HelpDocument.lines(rebound).map(\.text).joined(separator: "\n")
    #expect(reboundText.contains("j <Down> C-n J"))
  }

  @Test func tooSmallTerminalsGetAClearMessage() {
    let list = loadedState(GoldenFixtures.messages)
    expectFrame(Render.frame(list, size: Size(width: 59, height: 8)), Goldens.tooSmall)
    let tiny = Render.frame(list, size: Size(width: 10, height: 2))
    #expect(tiny.lines.count == 2)
    let empty = Render.frame(list, size: Size(width: 0, height: 0))
    #expect(empty.lines.isEmpty)
  }

  @Test func hostileTextNeverReachesTheFrameRaw() {
    let list = loadedState(GoldenFixtures.messages)
    let frame = Render.frame(list, size: list.size)
    for cell in frame.cells {
      #expect(!cell.grapheme.unicodeScalars.contains { TerminalText.isUnsafe($0) })
    }
    #expect(frame.lines.joined().contains("␛]0;pwned␇ and ␛[2J here"))
  }

  @Test func everyRowFitsTheWidthAtEverySize() {
    for width in [60, 61, 79, 80, 99, 100, 109, 110, 150, 200] {
      for height in [15, 24, 50] {
        var list = loadedState(GoldenFixtures.messages, width: width, height: height)
        let sizes = [Size(width: width, height: height)]
        for size in sizes {
          let frame = Render.frame(list, size: size)
          for y in 0..<size.height {
            #expect(TerminalText.width(frame.text(row: y)) <= width, "\(width)x\(height) row \(y)")
          }
        }
        _ = Update.apply(.key(.enter), to: &list)
        _ = Update.apply(.readerLoaded(1, GoldenFixtures.readerData), to: &list)
        let reader = Render.frame(list, size: list.size)
        for y in 0..<height {
          #expect(TerminalText.width(reader.text(row: y)) <= width)
        }
      }
    }
  }

  @Test func dashboardDrawsBarsAndADailyChart() {
    let days = (0..<20).map {
      DailyCount(day: testNow.addingTimeInterval(Double($0 - 19) * 86_400), count: $0 % 5 * 10)
    }
    let data = DashboardData(
      stats: InboxStats(
        total: 120, byStatus: ["new": 80, "posted": 40], byPlatform: ["x": 100, "google": 20],
        byCategory: ["admin": 60, "untriaged": 60]),
      daily: days)
    let lines = DashboardDocument.lines(data, width: 100).map(\.text)
    #expect(lines[0] == "120 inbound messages")
    #expect(lines.contains { $0.hasPrefix("new                80 ███") })
    #expect(lines.contains { $0.contains("untriaged          60") })
    let chartTop = lines.firstIndex { $0.hasPrefix("Messages per day (UTC), last 20 days") }!
    // The tallest days (40) reach the top row of the chart; empty days stay empty.
    #expect(lines[chartTop + 1] == "    40 │    █    █    █    █")
    #expect(lines[chartTop + 3] == "       │   ██   ██   ██   ██")
    #expect(lines[chartTop + 8] == "     0 │ ████ ████ ████ ████")
    // Bars grow by eighths of a cell.
    #expect(DashboardDocument.bar(3, of: 8, width: 2) == "▊")
    #expect(DashboardDocument.bar(8, of: 8, width: 2) == "██")
    #expect(lines.contains("Time to the first approved reply"))
    #expect(lines.contains("No reply has been approved yet."))
  }

  @Test func dashboardShowsResponseTimesLikeRoundsStats() {
    let times = ResponseTimes(
      overall: .init(count: 3, median: 3600 * 3 + 300, p90: 86_400 + 7200),
      byPlatform: ["x": .init(count: 3, median: 3600 * 3 + 300, p90: 86_400 + 7200)],
      byCategory: ["admin": .init(count: 1, median: 90, p90: 90)])
    let lines = DashboardDocument.responseLines(times).map(\.text)
    #expect(lines[0] == "Time to the first approved reply")
    #expect(lines[2].hasPrefix("all         3h 05m   1d 2h          3 ████████████████████"))
    #expect(lines[3] == "by category")
    #expect(lines[4].hasPrefix("admin       1m       1m             1 "))
    #expect(lines[5] == "by platform")
    #expect(lines[6].hasPrefix("x           3h 05m"))
  }
}
