/// RFC 4180 records: quoted fields may hold commas, quotes (doubled) and line breaks.
enum CSVRecords {
  static func parse(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = String.UnicodeScalarView()
    var quoted = false
    var scalars = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    while let scalar = pending ?? scalars.next() {
      pending = nil
      if quoted {
        if scalar == "\"" {
          let next = scalars.next()
          if next == "\"" {
            field.append("\"")
          } else {
            quoted = false
            pending = next
          }
        } else {
          field.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"" where field.isEmpty:
        quoted = true
      case ",":
        record.append(String(field))
        field = String.UnicodeScalarView()
      case "\n":
        record.append(String(field))
        field = String.UnicodeScalarView()
        records.append(record)
        record = []
      case "\r":
        continue
      default:
        field.append(scalar)
      }
    }
    if !field.isEmpty || !record.isEmpty {
      record.append(String(field))
      records.append(record)
    }
    return records
  }
}
