import ArgumentParser
import Foundation
import Inbox
import Triage

struct TemplatesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "templates",
    abstract: "List, show and manage reply templates.",
    discussion: """
      Templates may use the placeholders \
      \(TemplateText.placeholders.map { "{\($0)}" }.joined(separator: ", ")), filled from the \
      practice policy. The built-in safe replies (redirect, emergency, crisis, review, \
      appointment) can be edited but not removed. Adding, editing and removing need the \
      supervisor role.
      """,
    subcommands: [List.self, Show.self, Add.self, Edit.self, Remove.self],
    defaultSubcommand: List.self)

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the templates.")

    @OptionGroup var store: StoreOptions

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
      let templates = try store.open().templates()
      if json {
        try JSONOutput.print(templates.map { TemplateJSON($0, filled: nil) })
        return
      }
      var table = TextTable(columns: ["NAME", "FOR", "BUILT-IN", "TITLE"])
      for template in templates {
        table.add([
          template.name, template.category?.rawValue ?? "-", template.isBuiltIn ? "yes" : "",
          template.title,
        ])
      }
      print(table.render(width: Terminal.columns), terminator: "")
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show a template with its placeholders filled from the policy.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The template name.")
    var name: String

    @Flag(help: "Show the text with its {placeholders}, unfilled.")
    var raw = false

    @Flag(help: "Print JSON (with both the raw and the filled text).")
    var json = false

    func run() throws {
      let inbox = try store.open()
      guard let template = try inbox.template(named: name) else {
        throw RoundsError(
          .notFound, "there is no template named \(name)", fix: "see `rounds templates list`")
      }
      let policy = try store.loadPolicy()
      let filled = TemplateText.fill(template.body, with: policy)
      if json {
        try JSONOutput.print(TemplateJSON(template, filled: filled))
        return
      }
      print(TerminalText.sanitize(raw ? template.body : filled, keepNewlines: true))
      let missing = TemplateText.missingValues(in: template.body, policy: policy)
      if !raw, !missing.isEmpty {
        Terminal.printError(
          "rounds: the policy has no \(missing.joined(separator: ", ")); generic words were used")
      }
    }
  }

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Add a template.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "A new name: lower-case letters, digits, - or _.")
    var name: String

    @Option(help: "The text (placeholders allowed); '-' reads it from standard input.")
    var body: String

    @Option(help: "A one-line title (default: the name).")
    var title: String?

    @Option(name: .customLong("for"), help: "The message category it suits.")
    var category: Triage.Category?

    func run() throws {
      let inbox = try store.open()
      let me = try requireSupervisor(inbox)
      let text = try TemplateInput.body(body)
      try inbox.addTemplate(
        ReplyTemplate(
          name: name, title: title ?? name, body: text, category: category, updatedBy: me))
      print("Added the template \(name).")
    }
  }

  struct Edit: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Change a template.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The template name.")
    var name: String

    @Option(help: "The new text; '-' reads it from standard input.")
    var body: String?

    @Option(help: "The new title.")
    var title: String?

    @Option(name: .customLong("for"), help: "The message category it suits.")
    var category: Triage.Category?

    func validate() throws {
      guard body != nil || title != nil || category != nil else {
        throw ValidationError("give at least one of --body, --title, --for")
      }
    }

    func run() throws {
      let inbox = try store.open()
      let me = try requireSupervisor(inbox)
      guard var template = try inbox.template(named: name) else {
        throw RoundsError(
          .notFound, "there is no template named \(name)", fix: "see `rounds templates list`")
      }
      if let body { template.body = try TemplateInput.body(body) }
      if let title { template.title = title }
      if let category { template.category = category }
      template.updatedAt = Date()
      template.updatedBy = me
      try inbox.updateTemplate(template)
      print("Updated the template \(name).")
    }
  }

  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Remove a template you added.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The template name.")
    var name: String

    func run() throws {
      let inbox = try store.open()
      _ = try requireSupervisor(inbox)
      try inbox.removeTemplate(named: name)
      print("Removed the template \(name).")
    }
  }
}

/// The OS user, who must be a supervisor of this inbox.
private func requireSupervisor(_ inbox: InboxStore) throws -> String {
  let me = try OSUser.current()
  guard let member = try inbox.staffMember(me.name), member.role >= .supervisor else {
    throw RoundsError(
      .permission, "\(me.name) is not a supervisor of this inbox",
      fix:
        "ask a supervisor to change templates, or to run `rounds staff add \(me.name) --role supervisor`"
    )
  }
  return me.name
}

/// `--body TEXT`, or `--body -` for standard input.
enum TemplateInput {
  static func body(_ value: String) throws -> String {
    guard value == "-" else { return value }
    let data = FileHandle.standardInput.readDataToEndOfFile()
    guard let text = String(data: data, encoding: .utf8) else {
      throw RoundsError(.usage, "standard input is not UTF-8 text", fix: "pass the text as UTF-8")
    }
    return text.trimmingCharacters(in: .whitespacesAndNewlines)
  }
}

struct TemplateJSON: Encodable {
  var name: String
  var title: String
  var body: String
  var filled: String?
  var category: String?
  var builtIn: Bool
  var updatedAt: Date
  var updatedBy: String?

  init(_ template: ReplyTemplate, filled: String?) {
    name = template.name
    title = template.title
    body = template.body
    self.filled = filled
    category = template.category?.rawValue
    builtIn = template.isBuiltIn
    updatedAt = template.updatedAt
    updatedBy = template.updatedBy
  }

  enum CodingKeys: String, CodingKey {
    case name, title, body, filled, category
    case builtIn = "built_in"
    case updatedAt = "updated_at"
    case updatedBy = "updated_by"
  }
}
