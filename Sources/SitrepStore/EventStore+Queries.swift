import Sitrep
import Foundation
import GRDB

extension EventStore {
    /// Events matching a filter, earliest first (undated last). Every value is bound, never interpolated.
    ///
    /// With `near`, candidates come from the R*Tree (latitude, longitude and day) around the centre and are then cut
    /// to the exact radius.
    /// - Parameter withSources: also load each event's documents and evidence (for JSON exports).
    public func events(_ filter: EventFilter, withSources: Bool = false) throws(StoreError) -> [StoredEvent] {
        var from = "events e"
        var conditions: [String] = []
        var args: [(any DatabaseValueConvertible)?] = []
        if let near = filter.near {
            let b = GeoMath.box(lat: near.lat, lon: near.lon, km: filter.radiusKm)
            from = "events_rtree r JOIN events e ON e.rowid = r.id"
            conditions.append("r.max_lat >= ? AND r.min_lat <= ? AND r.max_lon >= ? AND r.min_lon <= ?")
            args += [b.minLat, b.maxLat, b.minLon, b.maxLon]
            // The time axis of the R*Tree answers --since/--until in the same index walk.
            if let day = TimeAxis.day(filter.since) { conditions.append("r.max_day >= ?"); args.append(day) }
            if let day = TimeAxis.day(filter.until) { conditions.append("r.min_day <= ?"); args.append(day) }
        }
        if let since = filter.since { conditions.append("COALESCE(e.date_end, e.date) >= ?"); args.append(since) }
        if let until = filter.until { conditions.append("e.date <= ?"); args.append(until) }
        if let type = filter.type { conditions.append("e.type = ? COLLATE NOCASE"); args.append(type) }
        if let subType = filter.subType { conditions.append("e.sub_type = ? COLLATE NOCASE"); args.append(subType) }
        if let country = filter.country { conditions.append("e.country = ? COLLATE NOCASE"); args.append(country) }
        if let min = filter.minSources { conditions.append("e.source_count >= ?"); args.append(min) }
        if let actor = filter.actor {
            let like = "%" + actor.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_") + "%"
            conditions.append("""
                (e.actor1 = ? COLLATE NOCASE OR e.actor2 = ? COLLATE NOCASE
                 OR e.assoc_actor1 LIKE ? ESCAPE '\\' OR e.assoc_actor2 LIKE ? ESCAPE '\\')
                """)
            args += [actor, actor, like, like]
        }
        if let text = filter.text {
            guard let query = EventFilter.ftsQuery(text) else { throw StoreError(.invalidQuery, "--text needs at least one word") }
            conditions.append("""
                e.id IN (SELECT s.event_id FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
                         JOIN mentions m ON m.document_id = d.id JOIN signatures s ON s.sig = m.sig
                         WHERE documents_fts MATCH ?)
                """)
            args.append(query)
        }
        let sql = "SELECT \(StoredEvent.selection) FROM \(from)" + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "))
            + " ORDER BY e.date IS NULL, e.date, e.id"
        let radius = filter.radiusKm
        let near = filter.near
        let limit = filter.limit
        let arguments = StatementArguments(args)
        return try read { db in
            var out: [StoredEvent] = []
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try cursor.next() {
                if let near {
                    // The box's corners lie beyond the radius: test the point before decoding the whole row.
                    guard let lat = row[StoredEvent.latColumn] as Double?, let lon = row[StoredEvent.lonColumn] as Double?,
                          GeoMath.distanceKm(near.lat, near.lon, lat, lon) <= radius else { continue }
                }
                var event = StoredEvent(row: row)
                if withSources { event.sources = try Self.sources(of: event.id, db) }
                out.append(event)
                if let limit, out.count >= limit { break }
            }
            return out
        }
    }

    /// One event with every source and its evidence; an id that was merged into another event resolves to it.
    public func event(id: String) throws(StoreError) -> StoredEvent? {
        try read { db in
            let resolved = try String.fetchOne(db, sql: "SELECT new_id FROM event_aliases WHERE old_id = ?", arguments: [id]) ?? id
            guard let row = try Row.fetchOne(db, sql: "SELECT \(StoredEvent.selection) FROM events e WHERE e.id = ?",
                                             arguments: [resolved]) else { return nil }
            var event = StoredEvent(row: row)
            event.sources = try Self.sources(of: event.id, db)
            return event
        }
    }

    /// The documents that report an event, earliest first, with their evidence.
    static func sources(of id: String, _ db: Database) throws -> [EventSource] {
        let rows = try Row.fetchAll(db, cached: """
            SELECT d.id, d.file, d.url, d.title, d.outlet, d.published, d.story, m.evidence
            FROM signatures s JOIN mentions m ON m.sig = s.sig JOIN documents d ON d.id = m.document_id
            WHERE s.event_id = ? ORDER BY d.published IS NULL, d.published, d.id, m.ordinal
            """, arguments: [id])
        var out: [EventSource] = []
        for row in rows {
            let evidence = (try? evidenceDecoder.decode([EventSource.Evidence].self, from: Data((row["evidence"] as String).utf8))) ?? []
            let docID: String = row["id"]
            if let last = out.last, last.documentID == docID {
                out[out.count - 1].evidence += evidence.filter { !last.evidence.contains($0) }
                continue
            }
            out.append(EventSource(documentID: docID, file: row["file"], url: row["url"], title: row["title"], outlet: row["outlet"],
                                   published: row["published"], story: row["story"], evidence: evidence))
        }
        return out
    }

    /// Changes to events after a sequence number or a time (`2025-03-20` or `2025-03-20T10:00:00Z`).
    public func changes(since: String?) throws(StoreError) -> [ChangeRecord] {
        try read { db in
            let sql: String
            let args: StatementArguments
            switch since.map({ ($0, Int($0)) }) {
            case .none: (sql, args) = ("SELECT * FROM changes ORDER BY seq", [])
            case .some((_, .some(let seq))): (sql, args) = ("SELECT * FROM changes WHERE seq > ? ORDER BY seq", [seq])
            case .some((let time, .none)): (sql, args) = ("SELECT * FROM changes WHERE at >= ? ORDER BY seq", [time])
            }
            return try Row.fetchAll(db, sql: sql, arguments: args).map {
                ChangeRecord(seq: $0["seq"], at: $0["at"], kind: $0["kind"], eventID: $0["event_id"], detail: $0["detail"])
            }
        }
    }
}

/// One entry of the change log: an event created, updated (new sources), merged into another, or retracted.
public struct ChangeRecord: Codable, Sendable, Equatable {
    /// Position in the log.
    public var seq: Int
    /// When the change was made (UTC).
    public var at: String
    /// What is counted or what kind of thing it is.
    public var kind: String
    /// The event changed.
    public var eventID: String
    /// JSON with what changed.
    public var detail: String

    enum CodingKeys: String, CodingKey { case seq, at, kind, eventID = "event_id", detail }
}

/// One decoder for the stored evidence of every source: `sources(of:)` runs once per exported event.
private let evidenceDecoder = JSONDecoder()
