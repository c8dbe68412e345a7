import Foundation

/// Events written as JSON, JSON lines, CSV, GeoJSON or a table for a person.
public enum EventExport {
    /// Columns of the CSV export.
    public static let csvColumns = [
        "id", "date", "date_end", "time_precision", "type", "sub_type", "actor1", "assoc_actor1", "actor2", "assoc_actor2",
        "location", "admin1", "admin2", "country", "lat", "lon", "geo_precision", "fatalities", "fatalities_low", "fatalities_high",
        "control", "status", "background", "confidence", "source_count", "sources", "notes",
    ]

    private static func encoder(pretty: Bool) -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return e
    }

    /// One compact JSON object a line (events with their `sources` and `source_count`, changes...).
    public static func jsonLines(_ items: [some Encodable]) throws -> String {
        var out = ""
        for item in items { out += try jsonLine(item) }
        return out
    }

    /// Any Encodable value as pretty JSON (for `show`, `figures`, `documents`...).
    public static func json(_ value: some Encodable) throws -> String {
        String(decoding: try encoder(pretty: true).encode(value), as: UTF8.self) + "\n"
    }

    /// Any Encodable value as one compact JSON line.
    public static func jsonLine(_ value: some Encodable) throws -> String {
        String(decoding: try encoder(pretty: false).encode(value), as: UTF8.self) + "\n"
    }

    /// CSV with a header line; lists are joined with "; ".
    public static func csv(_ events: [StoredEvent]) -> String {
        var out = CSVText.line(csvColumns)
        for e in events {
            let outlets = Array(Set(e.sources.compactMap { $0.outlet ?? $0.url ?? $0.file })).sorted()
            out += CSVText.line([
                e.id, e.date ?? "", e.dateEnd ?? "", text(e.timePrecision), e.type, e.subType, e.actor1 ?? "",
                e.assocActor1.joined(separator: "; "), e.actor2 ?? "", e.assocActor2.joined(separator: "; "),
                e.location ?? "", e.admin1 ?? "", e.admin2 ?? "", e.country ?? "", text(e.lat), text(e.lon), text(e.geoPrecision),
                text(e.fatalities), text(e.fatalitiesLow), text(e.fatalitiesHigh), e.control ?? "", e.status,
                e.background ? "true" : "false", String(e.confidence), String(e.sourceCount), outlets.joined(separator: "; "),
                e.notes ?? "",
            ])
        }
        return out
    }

    /// An RFC 7946 FeatureCollection of the events that have coordinates; each says how precise its point is.
    public static func geoJSON(_ events: [StoredEvent]) throws -> String {
        let enc = encoder(pretty: false)
        var features: [String] = []
        for e in events {
            guard let lat = e.lat, let lon = e.lon, lat.isFinite, lon.isFinite, abs(lat) <= 90, abs(lon) <= 180 else { continue }
            var props = e
            props.lat = nil
            props.lon = nil
            let properties = String(decoding: try enc.encode(props), as: UTF8.self)
            let precision = precisionNote(e.geoPrecision)
            let note = String(decoding: try enc.encode(precision), as: UTF8.self)
            let merged = properties.dropLast() + ",\"precision_note\":" + note + "}"
            features.append("{\"type\":\"Feature\",\"id\":\(String(decoding: try enc.encode(e.id), as: UTF8.self)),"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[\(rounded(lon)),\(rounded(lat))]},\"properties\":\(merged)}")
        }
        return "{\"type\":\"FeatureCollection\",\"features\":[\n" + features.joined(separator: ",\n") + "\n]}\n"
    }

    /// What a point means at each geo precision.
    static func precisionNote(_ p: Int?) -> String {
        switch p ?? 1 {
        case 1: return "the point is the place itself"
        case 2: return "approximate: near the town or within the district; the point is the district's or town's"
        default: return "imprecise: only the province or region is known; the point is its centre"
        }
    }

    /// A table for a person: one line per event.
    public static func table(_ events: [StoredEvent]) -> String {
        var rows = [["ID", "DATE", "SUB-TYPE", "ACTOR1", "ACTOR2", "LOCATION", "DEAD", "SRC"]]
        for e in events {
            rows.append([e.id, e.date ?? "-", e.subType, e.actor1 ?? "-", e.actor2 ?? "-",
                         [e.location, e.country].compactMap { $0 }.joined(separator: ", "),
                         e.fatalities.map(String.init) ?? "-", String(e.sourceCount)])
        }
        return TextTable.render(rows) + "\(events.count) event\(events.count == 1 ? "" : "s")\n"
    }

    private static func text(_ v: Int?) -> String { v.map(String.init) ?? "" }
    private static func text(_ v: Double?) -> String { v.map { String(format: "%.5f", $0) } ?? "" }
    private static func rounded(_ v: Double) -> String { String(format: "%.5f", v) }
}

/// Columns padded to their widest cell, cells cut at 40 characters.
public enum TextTable {
    /// Renders rows (the first is the header).
    public static func render(_ rows: [[String]]) -> String {
        let cut = rows.map { $0.map { $0.count > 40 ? String($0.prefix(39)) + "…" : $0 } }
        let columns = cut.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in cut { for (i, c) in row.enumerated() { widths[i] = max(widths[i], c.count) } }
        return cut.map { row in
            row.enumerated().map { i, c in i == row.count - 1 ? c : c.padding(toLength: widths[i], withPad: " ", startingAt: 0) }
                .joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
