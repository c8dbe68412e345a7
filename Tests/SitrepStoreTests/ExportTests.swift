import Foundation
import Testing
@testable import SitrepStore

@Suite("Exports")
struct ExportTests {
    let events: [StoredEvent]
    let kinds: [String: String]

    init() throws {
        let store = try StoreTesting.store(with: StoreReports.all)
        events = try store.events(EventFilter(), withSources: true)
        kinds = Dictionary(try store.actors().compactMap { a in a.kind.map { (a.name, $0) } }, uniquingKeysWith: { a, _ in a })
    }

    /// A minimal RFC 4180 reader, so the test does not trust the writer's own quoting.
    private func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" { if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false } } else { field.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == "," { row.append(field); field = ""
            } else if c == "\r\n" || c == "\n" { row.append(field); rows.append(row); row = []; field = ""
            } else { field.append(c) }
        }
        return rows
    }

    @Test("acled: exactly ACLED's 31 headers in order, one row per ACLED-type event")
    func acled() throws {
        let rows = parseCSV(ACLEDExport.csv(events, actorKinds: kinds))
        // ACLED's own column names, written out here rather than read from the exporter.
        #expect(rows.first == ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
                               "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
                               "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
                               "source", "source_scale", "notes", "fatalities", "tags", "timestamp"])
        let body = rows.dropFirst()
        #expect(body.allSatisfy { $0.count == 31 })
        let acledTypes = events.filter { ACLEDExport.disorder[$0.type] != nil }
        #expect(body.count == acledTypes.count && body.count < events.count)
        let attack = try #require(body.first { $0[6] == "Attack" && $0[7] == "ADF" })
        #expect(attack[9] == "Rebel group" && attack[12] == "Civilians" && attack[13] == "Rebel group-Civilians")
        #expect(attack[14] == "Civilian targeting" && attack[15] == "180" && attack[16] == "Middle Africa")
        #expect(attack[28] == "12" && attack[25] == "Ituri Daily")
    }

    @Test("geojson: a FeatureCollection whose points are valid and say their precision")
    func geojson() throws {
        let object = try JSONSerialization.jsonObject(with: Data(try EventExport.geoJSON(events).utf8)) as? [String: Any]
        #expect(object?["type"] as? String == "FeatureCollection")
        let features = try #require(object?["features"] as? [[String: Any]])
        #expect(!features.isEmpty && features.count == events.filter { $0.lat != nil }.count)
        for f in features {
            let geometry = f["geometry"] as? [String: Any]
            let point = try #require(geometry?["coordinates"] as? [Double])
            #expect(geometry?["type"] as? String == "Point" && point.count == 2)
            // GeoJSON order is longitude, latitude: the point is the event's own place.
            let properties = try #require(f["properties"] as? [String: Any])
            let event = try #require(events.first { $0.id == f["id"] as? String })
            #expect(abs(point[0] - (event.lon ?? .nan)) < 1e-4 && abs(point[1] - (event.lat ?? .nan)) < 1e-4)
            #expect(properties["precision_note"] is String && properties["geo_precision"] as? Int != nil)
        }
    }

    @Test("json and jsonl carry the codebook fields, sources and source_count")
    func json() throws {
        let array = try JSONDecoder().decode([StoredEvent].self, from: Data(try EventExport.json(events).utf8))
        #expect(array == events)
        let lines = try EventExport.jsonLines(events).split(separator: "\n")
        #expect(lines.count == events.count)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        for key in ["sub_type", "actor1", "assoc_actor1", "geo_precision", "time_precision", "source_count", "sources", "fatalities"] {
            #expect(first?.keys.contains(key) == true, "missing \(key)")
        }
    }

    @Test("csv: a header and one row per event, quoted where needed")
    func csv() {
        let rows = parseCSV(EventExport.csv(events))
        #expect(rows.first == EventExport.csvColumns)
        #expect(rows.count == events.count + 1)
        #expect(rows.dropFirst().allSatisfy { $0.count == EventExport.csvColumns.count })
        #expect(CSVText.quote("a, \"b\"") == "\"a, \"\"b\"\"\"")
    }

    @Test("stored evidence JSON escapes quotes, backslashes and control characters and reads back")
    func evidenceJSON() throws {
        let list = [EventSource.Evidence(sentence: 1, start: 10, end: 20, text: "He said \"go\" \\ now\n\tthen \u{01} café")]
        let json = EventSource.Evidence.json(list)
        #expect(try JSONDecoder().decode([EventSource.Evidence].self, from: Data(json.utf8)) == list)
        #expect(json.contains(#""text":"He said \"go\" \\ now\n\tthen \u0001 café""#))
    }

    @Test("table: one line per event and a count")
    func table() {
        let text = EventExport.table(events)
        #expect(text.split(separator: "\n").count == events.count + 2)
        #expect(text.hasSuffix("\(events.count) events\n"))
    }
}
