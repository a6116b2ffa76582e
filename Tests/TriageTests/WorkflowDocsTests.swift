import Foundation
import Testing

@testable import Triage

/// docs/workflow.md shows the action table and the state diagram as the code has them.
@Suite struct WorkflowDocsTests {
  private static let document: String? = {
    let root = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return try? String(
      contentsOf: root.appendingPathComponent("docs/workflow.md"), encoding: .utf8)
  }()

  @Test func thePermissionTableIsTheCodes() throws {
    let document = try #require(Self.document, "docs/workflow.md is missing")
    #expect(
      document.contains(ActionTable.markdownTable()),
      "regenerate the table in docs/workflow.md:\n\(ActionTable.markdownTable())")
  }

  @Test func theStateDiagramIsTheCodes() throws {
    let document = try #require(Self.document, "docs/workflow.md is missing")
    #expect(
      document.contains(ActionTable.mermaidDiagram()),
      "regenerate the diagram in docs/workflow.md:\n\(ActionTable.mermaidDiagram())")
  }
}
