import Foundation

/// Writes extraction records as JSON, JSON lines or a table for a person.
public enum RecordWriter {
    private static func encoder(pretty: Bool) -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return e
    }

    /// One record as a single JSON line (with the newline).
    public static func jsonLine(_ r: ExtractionRecord) throws -> String {
        String(decoding: try encoder(pretty: false).encode(r), as: UTF8.self) + "\n"
    }

    /// Pretty JSON: one object for one record, an array for several.
    public static func json(_ records: [ExtractionRecord]) throws -> String {
        let e = encoder(pretty: true)
        let data = records.count == 1 ? try e.encode(records[0]) : try e.encode(records)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Readable columns: one block per document, one line per event and figure.
    public static func table(_ records: [ExtractionRecord]) -> String {
        var out = ""
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? String(s.prefix(n - 1)) + " " : s + String(repeating: " ", count: n - s.count) }
        for r in records {
            out += "\(r.document.file)  \(r.document.title ?? "(no title)")  published \(r.document.published ?? "unknown")\n"
            out += "  " + pad("DATE", 12) + pad("TYPE", 38) + pad("ACTOR1", 26) + pad("ACTOR2", 22) + pad("LOCATION", 22) + "FAT  STATUS\n"
            for e in r.events {
                out += "  " + pad(e.date ?? "-", 12) + pad(e.subType + (e.background ? " (bg)" : ""), 38) + pad(e.actor1 ?? "-", 26)
                out += pad(e.actor2 ?? "-", 22) + pad(e.location ?? "-", 22) + pad(e.fatalities.map(String.init) ?? "-", 5) + e.status + "\n"
            }
            if !r.figures.isEmpty {
                out += "  figures: " + r.figures.map { "\($0.kind) \(Int($0.value)) (\($0.qualifier))\($0.location.map { " @\($0)" } ?? "")" }.joined(separator: "; ") + "\n"
            }
            if !r.places.isEmpty {
                out += "  places: " + r.places.map { "\($0.name) [\($0.kind)]" }.joined(separator: ", ") + "\n"
            }
            out += "\n"
        }
        return out
    }
}
