import Foundation
import GRDB

/// One reported figure with where it came from.
public struct StoredFigure: Codable, Sendable, Equatable {
    /// What is counted or what kind of thing it is.
    public var kind: String
    /// The number as reported.
    public var value: Double
    /// `exact`, `at_least`, `about` or `at_most`.
    public var qualifier: String
    /// Who is counted.
    public var subject: String?
    /// Canonical place name.
    public var location: String?
    /// ISO date, or nil when unknown.
    public var date: String?
    /// Who gives the number.
    public var attributedTo: String?
    /// The stored document it comes from.
    public var documentID: String
    /// Publishing outlet.
    public var outlet: String?
    /// Address of the report.
    public var url: String?
    /// Publication date.
    public var published: String?
    /// The story (set of near-copies) the document belongs to.
    public var story: String
    /// The sentence that says so.
    public var evidence: String?

    enum CodingKeys: String, CodingKey {
        case kind, value, qualifier, subject, location, date, attributedTo = "attributed_to", documentID = "document_id"
        case outlet, url, published, story, evidence
    }
}

/// The spread of a set of figures: lowest, best (median of each story's value) and highest.
public struct FigureSummary: Codable, Sendable, Equatable {
    /// Figures and independent stories counted.
    public var count: Int, stories: Int
    /// Lowest, median-of-stories and highest value.
    public var low: Double?, best: Double?, high: Double?

    /// Summarises figures, counting each story (syndicated copies) once at its lowest value.
    public init(_ figures: [StoredFigure]) {
        var perStory: [String: Double] = [:]
        for f in figures { perStory[f.story] = min(perStory[f.story] ?? .infinity, f.value) }
        let values = perStory.values.sorted()
        count = figures.count
        stories = values.count
        low = figures.map(\.value).min()
        high = figures.map(\.value).max()
        best = values.isEmpty ? nil : values[(values.count - 1) / 2]
    }
}

/// A stored document, without its text.
public struct StoredDocument: Codable, Sendable, Equatable {
    /// Document id and the path it was ingested from.
    public var id: String, file: String
    /// Address, title, outlet and publication date of the report.
    public var url: String?, title: String?, outlet: String?, published: String?
    /// When it was stored (UTC).
    public var ingestedAt: String
    /// The story (set of near-copies) the document belongs to.
    public var story: String
    /// Mentions of events and figures it holds.
    public var events: Int, figures: Int

    enum CodingKeys: String, CodingKey { case id, file, url, title, outlet, published, ingestedAt = "ingested_at", story, events, figures }
}

/// A place named in the stored reports.
public struct StoredPlace: Codable, Sendable, Equatable {
    /// Canonical name and ISO alpha-3 country.
    public var name: String, country: String
    /// Province or region.
    public var admin1: String?
    /// Coordinates in decimal degrees.
    public var lat: Double, lon: Double
    /// What is counted or what kind of thing it is.
    public var kind: String
    /// Documents that name it, its mentions and events there.
    public var documents: Int, mentions: Int, events: Int
}

/// An actor of the stored events.
public struct StoredActor: Codable, Sendable, Equatable {
    /// Canonical name.
    public var name: String
    /// ACLED category and country.
    public var kind: String?, country: String?
    /// Events it takes part in or reports.
    public var events: Int
}

extension EventStore {
    /// Figures of a kind (any when nil) about a place or anything inside it (its province), earliest first.
    public func figures(kind: String?, place: String?) throws(StoreError) -> [StoredFigure] {
        try read { db in
            var conditions: [String] = []
            var args: [(any DatabaseValueConvertible)?] = []
            if let kind { conditions.append("f.kind = ? COLLATE NOCASE"); args.append(kind) }
            if let place {
                conditions.append("""
                    (f.location = ? COLLATE NOCASE OR f.location IN (SELECT name FROM places WHERE admin1 = ? COLLATE NOCASE))
                    """)
                args += [place, place]
            }
            let sql = """
                SELECT f.*, d.outlet, d.url, d.published, d.story FROM figures f JOIN documents d ON d.id = f.document_id
                \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                ORDER BY f.date IS NULL, f.date, d.published, f.document_id, f.ordinal
                """
            let decoder = JSONDecoder()
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args)).map { row in
                let evidence = try? decoder.decode([EventSource.Evidence].self, from: Data((row["evidence"] as String).utf8))
                return StoredFigure(kind: row["kind"], value: row["value"], qualifier: row["qualifier"], subject: row["subject"],
                                    location: row["location"], date: row["date"], attributedTo: row["attributed_to"],
                                    documentID: row["document_id"], outlet: row["outlet"], url: row["url"],
                                    published: row["published"], story: row["story"], evidence: evidence?.first?.text)
            }
        }
    }

    /// Stored documents, newest publication first.
    public func documents() throws(StoreError) -> [StoredDocument] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT d.id, d.file, d.url, d.title, d.outlet, d.published, d.ingested_at, d.story,
                       (SELECT COUNT(*) FROM mentions m WHERE m.document_id = d.id) AS events,
                       (SELECT COUNT(*) FROM figures f WHERE f.document_id = d.id) AS figures
                FROM documents d ORDER BY d.published IS NULL, d.published DESC, d.id
                """).map {
                StoredDocument(id: $0["id"], file: $0["file"], url: $0["url"], title: $0["title"], outlet: $0["outlet"],
                               published: $0["published"], ingestedAt: $0["ingested_at"], story: $0["story"],
                               events: $0["events"], figures: $0["figures"])
            }
        }
    }

    /// Places named in stored reports, most documents first.
    public func places() throws(StoreError) -> [StoredPlace] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.*, COUNT(dp.document_id) AS documents, COALESCE(SUM(dp.mentions), 0) AS mentions,
                       (SELECT COUNT(*) FROM events e WHERE e.location = p.name AND e.country = p.country) AS events
                FROM places p LEFT JOIN document_places dp ON dp.name = p.name AND dp.country = p.country
                GROUP BY p.name, p.country ORDER BY documents DESC, p.name
                """).map {
                StoredPlace(name: $0["name"], country: $0["country"], admin1: $0["admin1"], lat: $0["lat"], lon: $0["lon"],
                            kind: $0["kind"], documents: $0["documents"], mentions: $0["mentions"], events: $0["events"])
            }
        }
    }

    /// Actors of stored events, most events first.
    public func actors() throws(StoreError) -> [StoredActor] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.name, a.kind, a.country,
                       (SELECT COUNT(*) FROM events e WHERE e.actor1 = a.name OR e.actor2 = a.name
                           OR ('; ' || e.assoc_actor1 || ';') LIKE ('%; ' || a.name || ';%')
                           OR ('; ' || e.assoc_actor2 || ';') LIKE ('%; ' || a.name || ';%')) AS events
                FROM actors a ORDER BY events DESC, a.name
                """).map { StoredActor(name: $0["name"], kind: $0["kind"], country: $0["country"], events: $0["events"]) }
        }
    }

    /// Each stored actor's kind (ACLED inter type), for the ACLED export: no event counts.
    public func actorKinds() throws(StoreError) -> [String: String] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT name, kind FROM actors WHERE kind IS NOT NULL")
            return Dictionary(rows.map { ($0["name"] as String, $0["kind"] as String) }, uniquingKeysWith: { a, _ in a })
        }
    }
}
