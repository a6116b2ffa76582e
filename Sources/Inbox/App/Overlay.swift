import Triage

/// A one-line text prompt in the status bar.
public struct Prompt: Hashable, Sendable {
  public enum Purpose: Hashable, Sendable {
    case search
    case saveView
    /// A tag to filter by (empty: any).
    case tag
    /// Tags to add to, or remove from, `InboxState.pendingTargets`.
    case addTags
    case removeTags
    /// The posted reply's link (empty: none), for `pendingTargets`.
    case postedURL
    /// The note of a review decision.
    case reviewNote(Review.Decision)
    /// Why the reviewer approves despite a block risk.
    case overrideReason(note: String)
  }

  /// The longest entry: a review note, a tag list, a link.
  public static let maximumLength = 500

  public var purpose: Purpose
  public var label: String
  /// What has been typed, as graphemes so editing never splits one.
  public var text: String

  public init(_ purpose: Purpose, label: String, text: String = "") {
    self.purpose = purpose
    self.label = label
    self.text = text
  }
}

/// A choice from a short list, shown in a box over the screen.
public struct Picker: Hashable, Sendable {
  public enum Choice: Hashable, Sendable {
    case statuses([Status])
    case platform(Platform?)
    case category(Triage.Category?)
    /// Triage, first step: the category; the urgency is picked next.
    case triageCategory(Triage.Category)
    case triage(Triage.Category, urgency: Int)
    case priority(Int)
    case assignee(String?)
    /// A template of the composer, by its index.
    case template(Int)
  }

  public struct Option: Hashable, Sendable {
    public var label: String
    public var choice: Choice

    public init(_ label: String, _ choice: Choice) {
      self.label = label
      self.choice = choice
    }
  }

  public var title: String
  public var options: [Option]
  public var selected: Int

  public init(title: String, options: [Option], selected: Int = 0) {
    self.title = title
    self.options = options
    self.selected = selected
  }
}

/// A yes/no question before something that cannot be undone.
public struct Confirmation: Hashable, Sendable {
  public enum Consequence: Hashable, Sendable {
    case clearMarks
    case deleteView(String)
    /// A destructive action on several messages.
    case work(WorkRequest)
    /// Submit the composer's reply for review.
    case submitDraft
  }

  public var question: String
  public var consequence: Consequence

  public init(_ question: String, _ consequence: Consequence) {
    self.question = question
    self.consequence = consequence
  }
}

/// What sits over the screen and takes the keys until it closes.
public enum Overlay: Hashable, Sendable {
  case prompt(Prompt)
  case picker(Picker)
  case confirm(Confirmation)
}
