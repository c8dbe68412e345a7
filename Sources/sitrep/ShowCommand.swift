import ArgumentParser
import SitrepStore

/// `sitrep show`: one event with every source and its evidence sentence.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one event with every source that reports it and the sentences that say so."
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: "The event id (ids of events merged into another still resolve).") var id: String
    @Flag(help: "Write JSON.") var json = false

    func run() throws {
        let db = try store.open()
        let found = try StoreFailure.run { () throws(StoreError) in try db.event(id: id) }
        guard let e = found else {
            StandardStreams.err("sitrep: no event with id '\(id)' in \(store.path)")
            throw ExitCode(1)
        }
        if json { StandardStreams.out(try EventExport.json(e)); return }
        var out = "\(e.id)  \(e.type) / \(e.subType)\n"
        if e.id != id { out += "(\(id) was merged into this event)\n" }
        let place = [e.location, e.admin1, e.country].compactMap { $0 }.joined(separator: ", ")
        out += "  where   \(place.isEmpty ? "unknown" : place)"
        if let lat = e.lat, let lon = e.lon { out += "  (\(lat), \(lon), precision \(e.geoPrecision ?? 1))" }
        out += "\n  when    \(e.date ?? "unknown")" + (e.dateEnd != nil && e.dateEnd != e.date ? " to \(e.dateEnd!)" : "") + "\n"
        out += "  actor1  \(e.actor1 ?? "-")" + (e.assocActor1.isEmpty ? "" : " with \(e.assocActor1.joined(separator: ", "))") + "\n"
        out += "  actor2  \(e.actor2 ?? "-")" + (e.assocActor2.isEmpty ? "" : " with \(e.assocActor2.joined(separator: ", "))") + "\n"
        if let f = e.fatalities { out += "  dead    \(f) (low \(e.fatalitiesLow ?? f), high \(e.fatalitiesHigh ?? f))\n" }
        if let c = e.control { out += "  control \(c)\n" }
        out += "  status  \(e.status)\(e.background ? ", background" : "")  confidence \(e.confidence)\n"
        out += "  sources \(e.sourceCount) independent stor\(e.sourceCount == 1 ? "y" : "ies") in \(e.sources.count) document\(e.sources.count == 1 ? "" : "s")\n"
        for s in e.sources {
            out += "\n  [\(s.published ?? "undated")] \(s.outlet ?? "-")  \(s.title ?? s.file)\n"
            if let url = s.url { out += "    \(url)\n" }
            out += "    \(s.file)  \(s.documentID)  story \(s.story.prefix(16))\n"
            for ev in s.evidence { out += "    > \(ev.text)\n" }
        }
        StandardStreams.out(out)
    }
}
