import Foundation
import GRDB
import Sitrep

/// Re-clusters the neighbourhood of new signatures and keeps the events table, its R*Tree, aliases
/// and the change log in step. Runs inside the batch's transaction.
struct FusionUpdater {
    let db: Database
    let stamp: String
    private let decoder = JSONDecoder()

    init(db: Database, stamp: String) {
        self.db = db
        self.stamp = stamp
    }

    // MARK: Re-clustering

    /// Re-clusters every signature that could interact with the seeds (a fixed point over compatible
    /// neighbours) and returns the ids of the events that now hold them.
    func recluster(seeds: [String: SignatureRow]) throws -> Set<String> {
        guard !seeds.isEmpty else { return [] }
        var rows = seeds
        var oldEvent: [String: String] = [:]
        var visited = Set<String>()
        var frontier = seeds.values.sorted { $0.sig < $1.sig }
        for seed in frontier {
            let old = try String.fetchOne(db, cached: "SELECT event_id FROM signatures WHERE sig = ?", arguments: [seed.sig]) ?? ""
            oldEvent[seed.sig] = old
        }
        var pending = Set(oldEvent.values.filter { !$0.isEmpty })
        while !frontier.isEmpty || !pending.isEmpty {
            for row in frontier { pending.formUnion(try candidateEvents(near: row.fields)) }
            pending.subtract(visited)
            visited.formUnion(pending)
            frontier = []
            for id in pending.sorted() {
                for row in try Row.fetchAll(db, cached: "SELECT sig, first_key, fields FROM signatures WHERE event_id = ?", arguments: [id]) {
                    let sig: String = row["sig"]
                    oldEvent[sig] = id
                    guard rows[sig] == nil else { continue }
                    let loaded = SignatureRow(sig: sig, firstKey: row["first_key"], fields: try decode(row["fields"]))
                    rows[sig] = loaded
                    frontier.append(loaded)
                }
            }
            pending = []
        }

        let ordered = rows.values.sorted { $0.sig < $1.sig }
        var newEvent: [String: String] = [:]
        for members in EventClusterer.cluster(ordered) {
            let id = EventClusterer.eventID(anchor: ordered[members[0]])
            for m in members { newEvent[ordered[m].sig] = id }
        }
        for (sig, id) in newEvent.sorted(by: { $0.key < $1.key }) where oldEvent[sig] != id {
            try db.executeCached(sql: "UPDATE signatures SET event_id = ? WHERE sig = ?", arguments: [id, sig])
        }
        let newIDs = Set(newEvent.values)
        for gone in Set(oldEvent.values).subtracting(newIDs).subtracting([""]).sorted() {
            try retire(gone, successor: successor(of: gone, old: oldEvent, new: newEvent))
        }
        for id in newIDs {
            try db.executeCached(sql: "DELETE FROM event_aliases WHERE old_id = ?", arguments: [id])
        }
        return newIDs
    }

    /// The event that took most of a vanished event's signatures.
    private func successor(of gone: String, old: [String: String], new: [String: String]) -> String {
        var votes: [String: Int] = [:]
        for (sig, id) in old where id == gone { if let to = new[sig] { votes[to, default: 0] += 1 } }
        return votes.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? ""
    }

    /// Removes an event whose signatures now belong to another, leaving an alias so its old id still resolves.
    private func retire(_ id: String, successor: String) throws {
        if let rowid = try Int64.fetchOne(db, cached: "SELECT rowid FROM events WHERE id = ?", arguments: [id]) {
            try db.executeCached(sql: "DELETE FROM events_rtree WHERE id = ?", arguments: [rowid])
            try db.executeCached(sql: "DELETE FROM events WHERE rowid = ?", arguments: [rowid])
        }
        try db.executeCached(sql: "INSERT OR REPLACE INTO event_aliases (old_id, new_id) VALUES (?, ?)", arguments: [id, successor])
        try db.executeCached(sql: "UPDATE event_aliases SET new_id = ? WHERE new_id = ?", arguments: [successor, id])
        try log("merged", id, ["into": successor])
    }

    /// Events that a signature could join: nearby (R*Tree) or in its province when either side is coarse,
    /// of a compatible sub-type, and with a date span within the slack of its own (the R*Tree's time axis).
    private func candidateEvents(near s: MentionSignature) throws -> Set<String> {
        let subTypes = FusionRules.compatibleSubTypes(s.subType)
        let placeholders = Array(repeating: "?", count: subTypes.count).joined(separator: ", ")
        var window: [(any DatabaseValueConvertible)?] = [nil, nil, nil]
        var days = TimeAxis.always
        if let r = s.dayRange {
            let slack = s.control == "gained" ? FusionRules.takeoverSlackDays : 1
            days = (r.lowerBound - slack)...(r.upperBound + slack)
            let lo = Day(serial: days.lowerBound).description, hi = Day(serial: days.upperBound).description
            window = [lo, hi, lo]
        }
        let timeFilter = "(e.span_start IS NULL OR ? IS NULL OR (e.span_start <= ? AND e.span_end >= ?))"
        var out = Set<String>()
        if let lat = s.lat, let lon = s.lon, (s.geoPrecision ?? 1) < 2 {
            let b = GeoMath.box(lat: lat, lon: lon, km: FusionRules.radiusKm + 1)
            var args: [(any DatabaseValueConvertible)?] = [b.minLat, b.maxLat, b.minLon, b.maxLon, days.lowerBound, days.upperBound]
            args += subTypes.map { $0 as (any DatabaseValueConvertible)? } + window
            out.formUnion(try String.fetchAll(db, cached: """
                SELECT e.id FROM events_rtree r JOIN events e ON e.rowid = r.id
                WHERE r.max_lat >= ? AND r.min_lat <= ? AND r.max_lon >= ? AND r.min_lon <= ? AND r.max_day >= ? AND r.min_day <= ?
                  AND e.sub_type IN (\(placeholders)) AND \(timeFilter)
                """, arguments: StatementArguments(args)))
            var coarseArgs: [(any DatabaseValueConvertible)?] = [s.country, s.admin1]
            coarseArgs += subTypes.map { $0 as (any DatabaseValueConvertible)? } + window
            out.formUnion(try String.fetchAll(db, cached: """
                SELECT e.id FROM events e WHERE e.country = ? AND e.admin1 IS ? AND e.coarse = 1
                  AND e.sub_type IN (\(placeholders)) AND \(timeFilter)
                """, arguments: StatementArguments(coarseArgs)))
        } else {
            var args: [(any DatabaseValueConvertible)?] = [s.country, s.admin1, s.admin1]
            args += subTypes.map { $0 as (any DatabaseValueConvertible)? } + window
            out.formUnion(try String.fetchAll(db, cached: """
                SELECT e.id FROM events e WHERE e.country IS ? AND (? IS NULL OR e.admin1 IS NULL OR e.admin1 = ?)
                  AND e.sub_type IN (\(placeholders)) AND \(timeFilter)
                """, arguments: StatementArguments(args)))
        }
        return out
    }

    private func decode(_ json: String) throws -> MentionSignature {
        try decoder.decode(MentionSignature.self, from: Data(json.utf8))
    }

    // MARK: Event rows

    /// Recomputes each event's fused fields and source aggregates from its signatures and mentions.
    func refresh(_ ids: Set<String>) throws {
        for id in ids.sorted() where !id.isEmpty {
            let members = try Row.fetchAll(db, cached: "SELECT sig, first_key, fields FROM signatures WHERE event_id = ? ORDER BY first_key, sig",
                                           arguments: [id]).map {
                SignatureRow(sig: $0["sig"], firstKey: $0["first_key"], fields: try decode($0["fields"]))
            }
            guard !members.isEmpty else { continue }
            let stories = try Row.fetchAll(db, cached: """
                SELECT MIN(ss.low) AS low, MAX(ss.high) AS high, MAX(ss.confidence) AS confidence,
                       MIN(ss.status_rank) AS status, MIN(ss.background) AS background, SUM(ss.mentions) AS mentions
                FROM signature_stories ss JOIN signatures s ON s.sig = ss.sig
                WHERE s.event_id = ? GROUP BY ss.story ORDER BY ss.story
                """, arguments: [id])
            let fused = FusedEvent(id: id, members: members.map(\.fields), stories: stories.map {
                FusedEvent.Story(low: $0["low"], high: $0["high"], confidence: $0["confidence"], statusRank: $0["status"],
                                 background: $0["background"], mentions: $0["mentions"])
            })
            let lead = members.first { $0.fields == fused.leadFields } ?? members[0]
            // The lead's first key names its earliest mention (publication | content hash | position), so the
            // notes come from one lookup instead of sorting every mention of the signature.
            let key = lead.firstKey.split(separator: "|")
            let notes = key.count == 3 ? try String.fetchOne(db, cached: "SELECT evidence FROM mentions WHERE document_id = ? AND ordinal = ?",
                                                             arguments: [PreparedReport.documentID(contentHash: key[1]), Int(key[2]) ?? 0])
                .flatMap { try? decoder.decode([StoredEvidence].self, from: Data($0.utf8)).first?.text } : nil
            try save(fused, notes: notes)
        }
    }

    private func save(_ e: FusedEvent, notes: String?) throws {
        let old = try Row.fetchOne(db, cached: "SELECT rowid, source_count, status FROM events WHERE id = ?", arguments: [e.id])
        let values: [(any DatabaseValueConvertible)?] = [
            e.type, e.subType, e.actor1, e.assocActor1.joined(separator: "; "), e.actor2, e.assocActor2.joined(separator: "; "),
            e.location, e.country, e.admin1, e.admin2, e.lat, e.lon, e.geoPrecision, e.date, e.dateEnd, e.timePrecision,
            e.fatalitiesLow, e.fatalitiesBest, e.fatalitiesHigh, e.control, e.status, e.background, e.plover,
            e.confidence, e.sourceCount, e.mentionCount, notes, stamp, e.spanStart, e.spanEnd, e.coarse,
        ]
        let columns = """
            type, sub_type, actor1, assoc_actor1, actor2, assoc_actor2, location, country, admin1, admin2, lat, lon, geo_precision,
            date, date_end, time_precision, fatalities_low, fatalities_best, fatalities_high, control, status, background,
            plover, confidence, source_count, mention_count, notes, updated_at, span_start, span_end, coarse
            """
        let rowid: Int64
        if let old {
            rowid = old["rowid"]
            let assignments = columns.split(separator: ",").map { "\($0.trimmingCharacters(in: .whitespacesAndNewlines)) = ?" }
            try db.executeCached(sql: "UPDATE events SET \(assignments.joined(separator: ", ")) WHERE rowid = ?",
                           arguments: StatementArguments(values + [rowid]))
            let oldSources: Int = old["source_count"], oldStatus: String = old["status"]
            if oldSources != e.sourceCount { try log("updated", e.id, ["sources": "\(oldSources) -> \(e.sourceCount)"]) }
            if oldStatus != e.status && e.status == "denied" { try log("retracted", e.id, ["status": "denied"]) }
        } else {
            let marks = Array(repeating: "?", count: values.count).joined(separator: ", ")
            try db.executeCached(sql: "INSERT INTO events (id, \(columns)) VALUES (?, \(marks))", arguments: StatementArguments([e.id] + values))
            rowid = db.lastInsertedRowID
            try log("created", e.id, ["sources": String(e.sourceCount), "sub_type": e.subType, "location": e.location ?? ""])
        }
        if let box = e.box {
            try db.executeCached(sql: """
                INSERT OR REPLACE INTO events_rtree (id, min_lat, max_lat, min_lon, max_lon, min_day, max_day) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [rowid, box.minLat, box.maxLat, box.minLon, box.maxLon, e.daySpan.lowerBound, e.daySpan.upperBound])
        } else {
            try db.executeCached(sql: "DELETE FROM events_rtree WHERE id = ?", arguments: [rowid])
        }
    }

    private func log(_ kind: String, _ id: String, _ detail: [String: String]) throws {
        let json = try JSONSerialization.data(withJSONObject: detail, options: [.sortedKeys])
        try db.executeCached(sql: "INSERT INTO changes (at, kind, event_id, detail) VALUES (?, ?, ?, ?)",
                       arguments: [stamp, kind, id, String(decoding: json, as: UTF8.self)])
    }
}
