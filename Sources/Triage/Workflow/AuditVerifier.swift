import Foundation
import GRDB

/// What `audit verify` found.
public struct AuditVerification: Sendable, Hashable {
  /// The first thing wrong with the log, in log order.
  public enum Problem: Sendable, Hashable, CustomStringConvertible {
    /// The entry's fields no longer match its own hash.
    case edited(seq: Int64)
    /// The entry was changed and its hash recomputed: the next entry no longer links to it.
    case replaced(seq: Int64)
    /// Entries between these two are gone.
    case deleted(after: Int64?, before: Int64)
    /// The entry links to an entry that comes after it: the log was reordered.
    case reordered(seq: Int64, belongsAfter: Int64)
    /// The entry was slipped in between two others: the next entry links past it.
    case inserted(seq: Int64)
    /// Entries after the last one were deleted (the log had reached `reached`).
    case truncated(last: Int64?, reached: Int64)
    /// The anchor hash given to `verify` is no longer in the log.
    case anchorMissing(String)

    public var description: String {
      switch self {
      case .edited(let seq):
        "entry \(seq) was edited: its contents no longer match its hash"
      case .replaced(let seq):
        "entry \(seq) was edited and its hash recomputed: entry \(seq + 1) no longer links to it"
      case .deleted(let after, let before):
        if let after {
          "entries between \(after) and \(before) were deleted: entry \(before) links to an entry that is gone"
        } else {
          "entries before \(before) were deleted: entry \(before) links to an entry that is gone"
        }
      case .reordered(let seq, let belongsAfter):
        "entry \(seq) was moved: it links to entry \(belongsAfter), which now comes after it"
      case .inserted(let seq):
        "entry \(seq) was inserted: a later entry links past it"
      case .truncated(let last, let reached):
        "entries \((last ?? 0) + 1) to \(reached) were deleted from the end of the log"
      case .anchorMissing(let hash):
        "the anchored entry \(hash.prefix(16))… is no longer in the log: it was rewritten or cut"
      }
    }

    /// The first entry the problem names, for scripts.
    public var seq: Int64? {
      switch self {
      case .edited(let seq), .replaced(let seq), .inserted(let seq), .reordered(let seq, _): seq
      case .deleted(_, let before): before
      case .truncated(let last, _): (last ?? 0) + 1
      case .anchorMissing: nil
      }
    }
  }

  public var entryCount: Int
  /// The last entry's position and hash: note it somewhere safe and pass it back as an anchor
  /// to prove later that the log was not rewritten from the start.
  public var headSeq: Int64?
  public var headHash: String?
  public var problem: Problem?

  public var isIntact: Bool { problem == nil }
}

/// Recomputes the audit log's hash chain in one pass (streamed, so the log may be large).
public enum AuditVerifier {
  public static func verify(anchor: String? = nil, in db: Database) throws -> AuditVerification {
    var result = AuditVerification(entryCount: 0, headSeq: nil, headHash: nil, problem: nil)
    var previousHash = AuditEntry.genesisHash
    var previousSeq: Int64?
    var anchorSeen = anchor == nil
    let rows = try Row.fetchCursor(db, sql: "SELECT \(AuditLog.columns) FROM audit ORDER BY seq")
    while let row = try rows.next() {
      let entry = AuditLog.decode(row)
      result.entryCount += 1
      let expected = AuditEntry.chainHash(
        previous: entry.previousHash, atMilliseconds: entry.atMilliseconds,
        actor: entry.actor, action: entry.action.rawValue, messageID: entry.messageID,
        detailJSON: entry.detailJSON)
      if expected != entry.hash {
        result.problem = .edited(seq: entry.seq)
        return result
      }
      if entry.previousHash != previousHash {
        result.problem = try linkProblem(entry, previousSeq: previousSeq, in: db)
        return result
      }
      if entry.hash == anchor { anchorSeen = true }
      previousHash = entry.hash
      previousSeq = entry.seq
      result.headSeq = entry.seq
      result.headHash = entry.hash
    }
    // AUTOINCREMENT remembers the highest position ever used, so a cut tail shows.
    let reached = try Int64.fetchOne(
      db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'audit'")
    if let reached, reached > (previousSeq ?? 0) {
      result.problem = .truncated(last: previousSeq, reached: reached)
    } else if !anchorSeen, let anchor {
      result.problem = .anchorMissing(anchor)
    }
    return result
  }

  public static func verify(anchor: String? = nil, in store: InboxStore) throws
    -> AuditVerification
  {
    try store.pool.read { db in try verify(anchor: anchor, in: db) }
  }

  /// The entry does not link to the one before it: find out whether what it links to was
  /// moved, replaced or removed.
  private static func linkProblem(_ entry: AuditEntry, previousSeq: Int64?, in db: Database)
    throws -> AuditVerification.Problem
  {
    let linked = try Int64.fetchOne(
      db, sql: "SELECT seq FROM audit WHERE hash = ?", arguments: [entry.previousHash])
    if let linked, linked > entry.seq {
      return .reordered(seq: entry.seq, belongsAfter: linked)
    }
    if let linked, let previousSeq, linked < previousSeq {
      // A reordering always breaks first at an entry linking forward; linking further back
      // means what came between was added.
      let first = try Int64.fetchOne(
        db, sql: "SELECT MIN(seq) FROM audit WHERE seq > ?", arguments: [linked])
      return .inserted(seq: first ?? previousSeq)
    }
    if let previousSeq, entry.seq == previousSeq + 1 {
      return .replaced(seq: previousSeq)
    }
    return .deleted(after: previousSeq, before: entry.seq)
  }
}
