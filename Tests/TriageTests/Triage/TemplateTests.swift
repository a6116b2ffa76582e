import Foundation
import Testing

@testable import Triage

@Suite struct TemplateTests {
  @Test func theSafeDefaultsAreSeeded() throws {
    let store = try makeStore()
    let names = try store.templates().map(\.name)
    #expect(names == ["appointment", "crisis", "emergency", "redirect", "review"])
    let crisis = try #require(try store.template(named: "crisis"))
    #expect(crisis.isBuiltIn)
    #expect(crisis.body.contains("call or text 988"))
    #expect(crisis.category == .crisis)
  }

  @Test func theSafeDefaultsAreSafe() {
    for template in BuiltInTemplates.all {
      let reply = TemplateText.fill(template.body, with: PracticePolicy())
      let found = replyChecker.risks(in: reply, context: nil).filter { $0.severity >= .warn }
      #expect(found.isEmpty, "\(template.name): \(found.map(\.rule))")
    }
    let crisis = TemplateText.fill(BuiltInTemplates.crisis.body, with: PracticePolicy())
    #expect(replyChecker.risks(in: crisis, context: "I want to end my life").isEmpty)
  }

  @Test func placeholdersAreFilledFromThePolicy() {
    var policy = PracticePolicy()
    #expect(
      TemplateText.fill("Call {phone} or use {portal}.", with: policy)
        == "Call our office or use our patient portal.")
    policy.phone = "(555) 010-0100"
    policy.portal = "https://portal.example.org"
    #expect(
      TemplateText.fill("Call {phone} or use {portal}.", with: policy)
        == "Call (555) 010-0100 or use https://portal.example.org.")
    #expect(TemplateText.unknownPlaceholders(in: "Hi {name}, call {phone}") == ["name"])
    #expect(TemplateText.missingValues(in: "{phone} {sign_off}", policy: policy) == ["sign_off"])
  }

  @Test func addEditRemove() throws {
    let store = try makeStore()
    try store.addTemplate(
      ReplyTemplate(
        name: "flu", title: "Flu clinic", body: "Flu shots: call {phone}.", updatedBy: "amy"))
    #expect(throws: RoundsError.self) {
      try store.addTemplate(ReplyTemplate(name: "flu", title: "again", body: "x"))
    }
    #expect(throws: RoundsError.self) {
      try store.addTemplate(ReplyTemplate(name: "Bad Name", title: "x", body: "x"))
    }
    #expect(throws: RoundsError.self) {
      try store.addTemplate(ReplyTemplate(name: "typo", title: "x", body: "Hi {nmae}"))
    }
    var flu = try #require(try store.template(named: "flu"))
    flu.body = "Flu shots every Friday: call {phone}."
    try store.updateTemplate(flu)
    #expect(try store.template(named: "flu")?.body == "Flu shots every Friday: call {phone}.")
    try store.removeTemplate(named: "flu")
    #expect(try store.template(named: "flu") == nil)
    #expect(throws: RoundsError.self) { try store.removeTemplate(named: "crisis") }
    #expect(throws: RoundsError.self) { try store.removeTemplate(named: "nothing") }
  }
}
