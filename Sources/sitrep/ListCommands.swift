import ArgumentParser
import Foundation
import SitrepStore

/// `sitrep figures`: every reported figure of a kind about a place, with source and date, and their spread.
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "List reported figures (killed, displaced, ...) with source and date, and their low / best / high."
    )

    @OptionGroup var store: StoreOptions
    @Option(help: "killed, injured, displaced, refugees, abducted, arrested, troops, fighters, population, other.") var kind: String?
    @Option(help: "A place or province the figures are about.") var place: String?
    @Flag(help: "Write JSON.") var json = false

    func run() throws {
        let db = try store.open()
        let figures = try StoreFailure.run { () throws(StoreError) in try db.figures(kind: kind, place: place) }
        let summary = FigureSummary(figures)
        if json {
            struct Output: Encodable { var figures: [StoredFigure]; var summary: FigureSummary }
            StandardStreams.out(try EventExport.json(Output(figures: figures, summary: summary)))
            return
        }
        var rows = [["DATE", "KIND", "VALUE", "QUALIFIER", "SUBJECT", "PLACE", "SAID BY", "OUTLET"]]
        for f in figures {
            rows.append([f.date ?? "-", f.kind, Self.number(f.value), f.qualifier, f.subject ?? "-", f.location ?? "-",
                         f.attributedTo ?? "-", f.outlet ?? f.documentID])
        }
        var out = TextTable.render(rows)
        if let low = summary.low, let best = summary.best, let high = summary.high {
            out += "\(summary.count) figures from \(summary.stories) independent stories: low \(Self.number(low)), best \(Self.number(best)), high \(Self.number(high))\n"
        } else {
            out += "no figures\n"
        }
        StandardStreams.out(out)
    }

    static func number(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v) }
}

/// `sitrep documents`: the stored reports.
struct DocumentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "documents", abstract: "List stored reports, newest first.")
    @OptionGroup var store: StoreOptions
    @Flag(help: "Write JSON.") var json = false

    func run() throws {
        let db = try store.open()
        try Listing.write(try StoreFailure.run { () throws(StoreError) in try db.documents() }, json: json, noun: "documents",
                          header: ["ID", "PUBLISHED", "OUTLET", "EVENTS", "FIGURES", "TITLE"]) { d in
            [d.id, d.published ?? "-", d.outlet ?? "-", String(d.events), String(d.figures), d.title ?? d.file]
        }
    }
}

/// `sitrep places`: places named in the stored reports.
struct PlacesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "places", abstract: "List places named in stored reports.")
    @OptionGroup var store: StoreOptions
    @Flag(help: "Write JSON.") var json = false

    func run() throws {
        let db = try store.open()
        try Listing.write(try StoreFailure.run { () throws(StoreError) in try db.places() }, json: json, noun: "places",
                          header: ["PLACE", "COUNTRY", "ADMIN1", "KIND", "DOCUMENTS", "EVENTS", "LAT,LON"]) { p in
            [p.name, p.country, p.admin1 ?? "-", p.kind, String(p.documents), String(p.events), String(format: "%.4f,%.4f", p.lat, p.lon)]
        }
    }
}

/// `sitrep actors`: actors of the stored events.
struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "actors", abstract: "List actors of stored events.")
    @OptionGroup var store: StoreOptions
    @Flag(help: "Write JSON.") var json = false

    func run() throws {
        let db = try store.open()
        try Listing.write(try StoreFailure.run { () throws(StoreError) in try db.actors() }, json: json, noun: "actors",
                          header: ["ACTOR", "KIND", "COUNTRY", "EVENTS"]) { a in
            [a.name, a.kind ?? "-", a.country ?? "-", String(a.events)]
        }
    }
}

/// `sitrep changes`: the change log of events.
struct ChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "Show events created, updated (new sources), merged or retracted since a sequence number or time."
    )
    @OptionGroup var store: StoreOptions
    @Option(help: "A sequence number (changes after it) or a UTC time such as 2025-03-20 or 2025-03-20T10:00:00Z.") var since: String?
    @Flag(help: "Write JSON lines.") var json = false

    func run() throws {
        let db = try store.open()
        let changes = try StoreFailure.run { () throws(StoreError) in try db.changes(since: since) }
        if json {
            StandardStreams.out(try EventExport.jsonLines(changes))
            return
        }
        var rows = [["SEQ", "AT", "CHANGE", "EVENT", "DETAIL"]]
        for c in changes { rows.append([String(c.seq), c.at, c.kind, c.eventID, c.detail]) }
        StandardStreams.out(TextTable.render(rows))
    }
}

/// Writes a listing as a table with a count, or as JSON.
enum Listing {
    static func write<T: Encodable>(_ items: [T], json: Bool, noun: String, header: [String], row: (T) -> [String]) throws {
        if json { StandardStreams.out(try EventExport.json(items)); return }
        StandardStreams.out(TextTable.render([header] + items.map(row)) + "\(items.count) \(noun)\n")
    }
}
