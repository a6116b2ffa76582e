/// Which action each key runs in each context: the action table's defaults, changed by the
/// person's keys.conf. Lookups try the screen's context first, then `generic`.
public struct KeyMap: Sendable {
  public struct Binding: Hashable, Sendable {
    public var key: Key
    public var action: ActionID
  }

  public let table: ActionTable
  /// Per context, in the order help lists them.
  private var bindings: [KeyContext: [Binding]] = [:]

  public init(table: ActionTable = .standard) {
    self.table = table
    for spec in table.specs {
      for context in KeyContext.allCases {
        for key in spec.keys[context] ?? [] {
          bindings[context, default: []].append(Binding(key: key, action: spec.id))
        }
      }
    }
  }

  /// The action a context binds a key to itself, without falling back to `generic`.
  public func ownAction(for key: Key, in context: KeyContext) -> ActionID? {
    bindings[context]?.first { $0.key == key }?.action
  }

  public func action(for key: Key, in context: KeyContext) -> ActionID? {
    if let own = bindings[context]?.first(where: { $0.key == key }) { return own.action }
    return bindings[.generic]?.first { $0.key == key }?.action
  }

  /// The keys that run an action on a screen: the screen's own, then generic ones that the
  /// screen does not bind to something else.
  public func keys(for id: ActionID, in context: KeyContext) -> [Key] {
    let own = (bindings[context] ?? []).filter { $0.action == id }.map(\.key)
    guard context != .generic else { return own }
    let shared = (bindings[.generic] ?? []).filter { binding in
      binding.action == id && !(bindings[context] ?? []).contains { $0.key == binding.key }
    }
    return own + shared.map(\.key)
  }

  /// The keys bound to an action in the context itself (not through `generic`).
  public func ownKeys(for id: ActionID, in context: KeyContext) -> [Key] {
    (bindings[context] ?? []).filter { $0.action == id }.map(\.key)
  }

  /// The contexts in which an action means something: those where the table binds it.
  public func contexts(of id: ActionID) -> Set<KeyContext> {
    Set(table.spec(id)?.keys.keys.map { $0 } ?? [])
  }

  /// Binds a key, replacing what it did in that context.
  public mutating func bind(_ key: Key, to id: ActionID, in context: KeyContext) {
    unbind(key, in: context)
    bindings[context, default: []].append(Binding(key: key, action: id))
  }

  public mutating func unbind(_ key: Key, in context: KeyContext) {
    bindings[context]?.removeAll { $0.key == key }
  }
}
