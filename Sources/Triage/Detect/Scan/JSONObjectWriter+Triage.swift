extension JSONObjectWriter {
  /// The `triage` key of `rounds scan --jsonl`:
  /// `{"category": "...", "urgency": 0-3, "reasons": [{"rule", "start", "end"}]}`.
  public mutating func triage(_ name: String, _ result: TriageResult) {
    object(name) { object in
      object.string("category", result.category.rawValue)
      object.int("urgency", result.urgency)
      object.objects("reasons", result.reasons) { reason, item in
        reason.string("rule", item.rule)
        reason.int("start", item.start)
        reason.int("end", item.end)
      }
    }
  }

  /// The `risks` key of `rounds scan --jsonl`: severity, rule, start, end, message and
  /// suggestion of each reply risk.
  public mutating func risks(_ name: String, _ risks: [Finding]) {
    objects(name, risks) { object, risk in
      object.string("severity", risk.severity.rawValue)
      object.string("rule", risk.rule)
      object.int("start", risk.start)
      object.int("end", risk.end)
      object.string("message", risk.explanation)
      object.string("suggestion", risk.suggestion ?? "")
    }
  }
}
