import Foundation

/// Writes extraction records as JSON, JSON lines or a table for a person.
public enum RecordWriter {
    /// One record as a single JSON line (with the newline), fields in codebook order.
    public static func jsonLine(_ r: ExtractionRecord) throws -> String { line(r).text }

    /// `jsonLine` as the UTF-8 bytes written to a file or a pipe.
    public static func jsonLineUTF8(_ r: ExtractionRecord) -> [UInt8] { line(r).utf8 }

    private static func line(_ r: ExtractionRecord) -> JSONText {
        var j = JSONText(capacity: 1024 + 600 * r.events.count)
        appendJSONLine(r, to: &j)
        return j
    }

    /// Appends `r` as one JSON line (with the newline) to `j`; a writer of many records reuses one
    /// text for them all (`JSONText.removeAll`).
    public static func appendJSONLine(_ r: ExtractionRecord, to j: inout JSONText) {
        j.openObject()
        j.openObject("document")
        let d = r.document
        j.field("id", d.id); j.field("file", d.file); j.field("title", d.title); j.field("published", d.published)
        j.field("outlet", d.outlet); j.field("url", d.url); j.field("sentences", d.sentences)
        j.closeObject()
        array("events", r.events, &j) { e, j in
            j.field("id", e.id); j.field("type", e.type); j.field("sub_type", e.subType)
            j.field("actor1", e.actor1); j.field("assoc_actor1", e.assocActor1); j.field("actor2", e.actor2); j.field("assoc_actor2", e.assocActor2)
            j.field("location", e.location); j.field("country", e.country); j.field("admin1", e.admin1); j.field("admin2", e.admin2)
            j.field("lat", e.lat); j.field("lon", e.lon); j.field("geo_precision", e.geoPrecision)
            j.field("date", e.date); j.field("date_end", e.dateEnd); j.field("time_precision", e.timePrecision)
            j.field("fatalities", e.fatalities); j.field("control", e.control); j.field("status", e.status)
            j.field("background", e.background); j.field("plover", e.plover); j.field("confidence", e.confidence)
            evidence(e.evidence, &j)
        }
        array("figures", r.figures, &j) { f, j in
            j.field("kind", f.kind); j.field("value", f.value); j.field("qualifier", f.qualifier); j.field("subject", f.subject)
            j.field("location", f.location); j.field("date", f.date); j.field("attributed_to", f.attributedTo)
            evidence(f.evidence, &j)
        }
        array("places", r.places, &j) { p, j in
            j.field("name", p.name); j.field("country", p.country); j.field("admin1", p.admin1); j.field("lat", p.lat)
            j.field("lon", p.lon); j.field("kind", p.kind); j.field("mentions", p.mentions)
        }
        j.closeObject()
        j.newline()
    }

    /// An array of objects under `key`, one per item, written by `body`.
    private static func array<T>(_ key: StaticString, _ items: [T], _ j: inout JSONText, _ body: (T, inout JSONText) -> Void) {
        j.openArray(key)
        // By index, so each item is lent to `body` rather than copied (an event holds some twenty references).
        for k in items.indices {
            j.openObject()
            body(items[k], &j)
            j.closeObject()
        }
        j.closeArray()
    }

    private static func evidence(_ list: [Evidence], _ j: inout JSONText) {
        array("evidence", list, &j) { ev, j in
            j.field("sentence", ev.sentence); j.field("start", ev.start); j.field("end", ev.end)
        }
    }

    /// Pretty JSON: one object for one record, an array for several (keys sorted, nulls kept).
    public static func json(_ records: [ExtractionRecord]) throws -> String {
        let objects = try records.map { try JSONSerialization.jsonObject(with: Data(jsonLineUTF8($0))) }
        let root: Any = records.count == 1 ? objects[0] : objects
        let data = try JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
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
