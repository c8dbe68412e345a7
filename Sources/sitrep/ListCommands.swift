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
        let figures: [StoredFigure]
        do { figures = try db.figures(kind: kind, place: place) } catch { throw StoreFailure.exit(error) }
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
        let docs: [StoredDocument]
        do { docs = try db.documents() } catch { throw StoreFailure.exit(error) }
        if json { StandardStreams.out(try EventExport.json(docs)); return }
        var rows = [["ID", "PUBLISHED", "OUTLET", "EVENTS", "FIGURES", "TITLE"]]
        for d in docs { rows.append([d.id, d.published ?? "-", d.outlet ?? "-", String(d.events), String(d.figures), d.title ?? d.file]) }
        StandardStreams.out(TextTable.render(rows) + "\(docs.count) documents\n")
    }
}

/// `sitrep places`: places named in the stored reports.
struct PlacesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "places", abstract: "List places named in stored reports.")
    @OptionGroup var store: StoreOptions
    @Flag(help: "Write JSON.") var json = false

    func run() throws {
        let db = try store.open()
        let places: [StoredPlace]
        do { places = try db.places() } catch { throw StoreFailure.exit(error) }
        if json { StandardStreams.out(try EventExport.json(places)); return }
        var rows = [["PLACE", "COUNTRY", "ADMIN1", "KIND", "DOCUMENTS", "EVENTS", "LAT,LON"]]
        for p in places {
            rows.append([p.name, p.country, p.admin1 ?? "-", p.kind, String(p.documents), String(p.events), String(format: "%.4f,%.4f", p.lat, p.lon)])
        }
        StandardStreams.out(TextTable.render(rows) + "\(places.count) places\n")
    }
}

/// `sitrep actors`: actors of the stored events.
struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "actors", abstract: "List actors of stored events.")
    @OptionGroup var store: StoreOptions
    @Flag(help: "Write JSON.") var json = false

    func run() throws {
        let db = try store.open()
        let actors: [StoredActor]
        do { actors = try db.actors() } catch { throw StoreFailure.exit(error) }
        if json { StandardStreams.out(try EventExport.json(actors)); return }
        var rows = [["ACTOR", "KIND", "COUNTRY", "EVENTS"]]
        for a in actors { rows.append([a.name, a.kind ?? "-", a.country ?? "-", String(a.events)]) }
        StandardStreams.out(TextTable.render(rows) + "\(actors.count) actors\n")
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
        let changes: [ChangeRecord]
        do { changes = try db.changes(since: since) } catch { throw StoreFailure.exit(error) }
        if json {
            StandardStreams.out(try changes.map(EventExport.jsonLine).joined())
            return
        }
        var rows = [["SEQ", "AT", "CHANGE", "EVENT", "DETAIL"]]
        for c in changes { rows.append([String(c.seq), c.at, c.kind, c.eventID, c.detail]) }
        StandardStreams.out(TextTable.render(rows))
    }
}
