import Testing

@testable import Inbox

@Suite struct TextEditorTests {
  @Test func theCursorMovesByGraphemeNeverInsideOne() {
    var editor = TextEditor("a👩‍⚕️é🇫🇷")
    #expect(editor.characters.count == 4)
    editor.moveLeft()
    #expect(editor.cursor == 3)
    editor.deleteBackward()
    #expect(editor.text == "a👩‍⚕️🇫🇷")
    editor.moveLeft()
    editor.deleteBackward()
    #expect(editor.text == "👩‍⚕️🇫🇷")
  }

  @Test func aCombiningMarkJoinsTheCharacterBeforeIt() {
    var editor = TextEditor("cafe")
    editor.insert("\u{301}")
    #expect(editor.characters.count == 4)
    #expect(editor.text == "cafe\u{301}")
    #expect(editor.cursor == 4)
    editor.insert("!")
    #expect(editor.text == "cafe\u{301}!")
  }

  @Test func lineBreaksAreNormalisedAndControlCharactersDropped() {
    let editor = TextEditor("one\r\ntwo\rthree\tfour\u{1B}[2J\u{7}")
    #expect(editor.text == "one\ntwo\nthree four[2J")
  }

  @Test func typingUndoesAsOneStepAndRedoComesBack() {
    var editor = TextEditor()
    for character in "Hello" { editor.insert(String(character)) }
    editor.insert("\n")
    for character in "there" { editor.insert(String(character)) }
    #expect(editor.text == "Hello\nthere")
    editor.undo()
    #expect(editor.text == "Hello\n")
    editor.undo()
    #expect(editor.text == "Hello")
    editor.undo()
    #expect(editor.text == "")
    #expect(!editor.canUndo)
    editor.redo()
    editor.redo()
    #expect(editor.text == "Hello\n")
    // A move ends a run of typing: the next run undoes on its own.
    editor.moveToEnd()
    editor.insert("a")
    editor.moveLeft()
    editor.insert("b")
    editor.undo()
    #expect(editor.text == "Hello\na")
    // A new edit drops what could be redone.
    editor.insert("x")
    #expect(!editor.canRedo)
  }

  @Test func deletingRunsUndoTogether() {
    var editor = TextEditor("abcdef")
    editor.deleteBackward()
    editor.deleteBackward()
    editor.deleteBackward()
    #expect(editor.text == "abc")
    editor.undo()
    #expect(editor.text == "abcdef")
    #expect(editor.cursor == 6)
  }

  @Test func wordMotionsAndCuts() {
    var editor = TextEditor("Call us at (555) 010-0100, please.")
    editor.moveToStart()
    editor.moveWordRight()
    #expect(editor.cursor == 5)
    editor.moveWordRight()
    #expect(editor.cursor == 8)
    editor.moveToEnd()
    editor.moveWordLeft()
    #expect(editor.cursor == 27)
    editor.cutWordBackward()
    #expect(editor.text == "Call us at (555) 010-please.")
    #expect(editor.clipboard == "0100, ")
    editor.moveToStart()
    editor.cutWordForward()
    #expect(editor.text == " us at (555) 010-please.")
    editor.paste()
    #expect(editor.text == "Call us at (555) 010-please.")
    editor.undo()
    #expect(editor.text == " us at (555) 010-please.")
  }

  @Test func lineCutsStopAtLineBreaksAndJoinAtTheEnd() {
    var editor = TextEditor("first line\nsecond")
    editor.move(to: 6)
    editor.cutToLineEnd()
    #expect(editor.text == "first \nsecond")
    editor.cutToLineEnd()
    #expect(editor.text == "first second")
    editor.cutToLineStart()
    #expect(editor.text == "second")
    #expect(editor.clipboard == "first ")
  }

  @Test func wrappingBreaksAfterSpacesByDisplayWidth() {
    let text = Array("Thank you for writing 日本語 text")
    let layout = EditorLayout(text, width: 12)
    let rows = layout.rows.map { String(text[$0.start..<$0.end]) }
    #expect(rows == ["Thank you ", "for writing ", "日本語 text"])
    // A word longer than a row is cut; a wide character is never split.
    let long = Array("あいうえおかきくけこ")
    let narrow = EditorLayout(long, width: 5)
    #expect(narrow.rows.map { String(long[$0.start..<$0.end]) } == ["あい", "うえ", "おか", "きく", "けこ"])
  }

  @Test func theCursorMapsToRowsAndColumnsAndBack() {
    let text = Array("Thank you for\nwriting 日本")
    let layout = EditorLayout(text, width: 10)
    #expect(layout.rows.map { [$0.start, $0.end] } == [[0, 10], [10, 13], [14, 22], [22, 24]])
    #expect(layout.position(of: 0) == (0, 0))
    #expect(layout.position(of: 10) == (1, 0))  // after the wrap: the next row
    #expect(layout.position(of: 13) == (1, 3))  // before the line break: its own row
    #expect(layout.position(of: 24) == (3, 4))
    #expect(layout.position(of: 23) == (3, 2))
    #expect(layout.index(row: 3, column: 1) == 22)  // inside 日: before it
    #expect(layout.index(row: 3, column: 50) == 24)
    #expect(layout.index(row: 0, column: 50) == 9)  // a wrapped row: before its last space
  }

  @Test func upAndDownKeepTheGoalColumn() {
    var editor = TextEditor("A long first line\nshort\nanother long line")
    editor.move(to: 15)
    let layout = EditorLayout(editor.characters, width: 40)
    editor.moveVertically(by: 1, layout: layout)
    #expect(editor.cursor == 23)  // the end of "short"
    editor.moveVertically(by: 1, layout: layout)
    #expect(editor.cursor == 39)  // back to column 15
    editor.moveVertically(by: 1, layout: layout)
    #expect(editor.cursor == editor.characters.count)
    // From the end of the text, the goal is the end's column.
    editor.moveVertically(by: -5, layout: layout)
    #expect(editor.cursor == 17)
  }

  @Test func rowStartAndEndFollowTheWrappedRow() {
    var editor = TextEditor("one two three four")
    let layout = EditorLayout(editor.characters, width: 8)
    editor.move(to: 9)
    editor.moveToRowStart(layout: layout)
    #expect(editor.cursor == 8)
    editor.moveToRowEnd(layout: layout)
    #expect(editor.cursor == 13)
  }
}
