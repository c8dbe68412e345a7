import ArgumentParser
import Foundation
import Sitrep
import SitrepStore

/// How `sitrep events` writes the events it selects.
enum EventFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, jsonl, csv, acled, geojson
}

/// `sitrep events`: selects stored events and exports them.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List or export stored events, filtered by time, place, type, actor, country, words and sources.",
        discussion: """
        Formats: table (default on a terminal), jsonl (default when piped), json, csv, acled (ACLED's 31 columns;
        ACLED's event types only), geojson (RFC 7946; events without coordinates are left out).
        """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "Events on or after this day (YYYY-MM-DD).") var since: String?
    @Option(help: "Events on or before this day (YYYY-MM-DD).") var until: String?
    @Option(help: "A place name or LAT,LON to search around.") var near: String?
    @Option(help: "Radius around --near, in km.") var radius: Double = 25
    @Option(help: "Codebook event type (e.g. Battles).") var type: String?
    @Option(help: "Codebook sub-type (e.g. \"Armed clash\").") var subType: String?
    @Option(help: "An actor in any role (e.g. M23).") var actor: String?
    @Option(help: "Country: ISO alpha-3 code or English name.") var country: String?
    @Option(help: "Words that must all appear in a report of the event.") var text: String?
    @Option(help: "At least this many independent sources.") var minSources: Int?
    @Option(help: "At most this many events.") var limit: Int?
    @Option(help: "table, json, jsonl, csv, acled or geojson.") var format: EventFormat?

    func validate() throws {
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, Day(iso: value) == nil { throw ValidationError("\(name) must be YYYY-MM-DD, got '\(value)'") }
        }
        if radius <= 0 { throw ValidationError("--radius must be positive") }
    }

    func run() throws {
        let db = try store.open()
        var filter = EventFilter()
        filter.since = since
        filter.until = until
        filter.type = type
        filter.subType = subType
        filter.actor = actor
        filter.text = text
        filter.minSources = minSources
        filter.limit = limit
        filter.radiusKm = radius
        if let country {
            guard let iso = CountryTable.shared.iso3(for: country) else { throw ValidationError("unknown country '\(country)'") }
            filter.country = iso
        }
        if let near { filter.near = try PlaceArgument.coordinates(near) }
        let format = self.format ?? (Terminal.stdoutIsTTY ? .table : .jsonl)
        let needsSources = [.json, .jsonl, .csv, .acled, .geojson].contains(format)
        let events = try StoreFailure.run { () throws(StoreError) in try db.events(filter, withSources: needsSources) }
        switch format {
        case .table: StandardStreams.out(EventExport.table(events))
        case .json: StandardStreams.out(try EventExport.json(events))
        case .jsonl: StandardStreams.out(try EventExport.jsonLines(events))
        case .csv: StandardStreams.out(EventExport.csv(events))
        case .geojson: StandardStreams.out(try EventExport.geoJSON(events))
        case .acled:
            let kinds = try StoreFailure.run { () throws(StoreError) in try db.actorKinds() }
            StandardStreams.out(ACLEDExport.csv(events, actorKinds: kinds))
        }
    }
}

/// Reads `--near`: "LAT,LON" or a place name from the gazetteer.
enum PlaceArgument {
    static func coordinates(_ text: String) throws -> (lat: Double, lon: Double) {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count == 2, let lat = Double(parts[0]), let lon = Double(parts[1]) {
            guard abs(lat) <= 90, abs(lon) <= 180 else { throw ValidationError("--near \(text): latitude or longitude out of range") }
            return (lat, lon)
        }
        let knowledge = KnowledgeBase.shared
        guard let i = knowledge.place(named: text) else { throw ValidationError("--near: no place named '\(text)' in the gazetteer") }
        return (knowledge.places[i].lat, knowledge.places[i].lon)
    }
}
