import Foundation
import GRDB
import Sitrep

/// Measures the store: ingest speed over repeated, lightly edited reports, and radius queries over many events.
public enum StoreBenchmark {
    /// What the ingest run measured.
    public struct IngestResult: Sendable {
        /// Reports ingested, seconds taken, events and stories stored.
        public var reports: Int, seconds: Double, events: Int, stories: Int
        /// Seconds spent extracting, and writing and fusing.
        public var extractSeconds: Double, writeSeconds: Double
        /// Reports per second.
        public var reportsPerSecond: Double { Double(reports) / seconds }
    }

    /// What the query run measured.
    public struct QueryResult: Sendable {
        /// Events stored, queries timed and seconds spent storing.
        public var events: Int, queries: Int, loadSeconds: Double
        /// Query latency percentiles in milliseconds.
        public var p50: Double, p95: Double, p99: Double
        /// Average number of events per answer.
        public var meanResults: Double
    }

    /// Ingests `count` reports made from `texts` with small edits (a new URL, a dated update line, the
    /// publication date moved by up to four days) into a new database at `path`, in batches of `batchSize`.
    public static func ingest(texts: [String], count: Int, path: String, batchSize: Int = 500) throws(StoreError) -> IngestResult {
        let store = try EventStore(path: path)
        let ingestor = Ingestor(store: store, batchSize: batchSize)
        let reports = (0..<count).map { k in (file: "bench/\(k).txt", text: edited(texts[k % texts.count], copy: k)) }
        _ = ingestor.extractor.extract(ReadDocument(file: "warm", text: texts[0]))
        let clock = ContinuousClock()
        let start = clock.now
        let summary = try ingestor.ingest(texts: reports)
        let seconds = (clock.now - start).seconds
        let counts = try store.counts()
        return IngestResult(reports: count, seconds: seconds, events: counts["events"] ?? 0, stories: counts["stories"] ?? 0,
                            extractSeconds: summary.extractSeconds, writeSeconds: summary.writeSeconds)
    }

    /// A copy of a report with a new URL, an update line and its publication date moved by `copy % 5` days.
    static func edited(_ text: String, copy k: Int) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var hasURL = false
        for i in lines.indices {
            if lines[i].hasPrefix("URL:") { lines[i] = "URL: https://mirror\(k % 50).example/story/\(k)"; hasURL = true }
            if lines[i].hasPrefix("PUBLISHED:"), let day = Day(iso: lines[i].dropFirst(10).trimmingCharacters(in: .whitespaces)) {
                lines[i] = "PUBLISHED: \(day.adding(days: k % 5))"
            }
        }
        if !hasURL && lines.first?.contains(":") != true { lines.insert(contentsOf: ["URL: https://mirror.example/story/\(k)", ""], at: 0) }
        lines.append("Update \(k): this copy was edited by the mirror's desk.")
        return lines.joined(separator: "\n")
    }

    /// Fills a new database at `path` with `count` synthetic events at gazetteer places over ten years, then times
    /// `queries` radius-and-date queries (`events --near … --radius 50 --since …`).
    public static func query(count: Int, queries: Int, path: String, knowledge: KnowledgeBase = .shared) throws(StoreError) -> QueryResult {
        let store = try EventStore(path: path)
        let places = knowledge.places.filter { $0.kind == .populatedPlace }
        let local = places.filter { ["COD", "RWA", "UGA", "BDI"].contains($0.country) }
        guard !places.isEmpty, !local.isEmpty else { throw StoreError(.other, "the gazetteer has no populated places") }
        var rng = SplitMix(seed: 7)
        func pick() -> Place { rng.next() % 10 < 7 ? local[Int(rng.next() % UInt64(local.count))] : places[Int(rng.next() % UInt64(places.count))] }
        let first = Day(year: 2016, month: 1, day: 1)!.serial
        let clock = ContinuousClock()
        let loadStart = clock.now
        let batch = 50_000
        var inserted = 0
        while inserted < count {
            let n = min(batch, count - inserted)
            let rows: [(Place, Int, Int)] = (0..<n).map { _ in (pick(), Int(rng.next() % 3650), Int(rng.next() % 5)) }
            let offset = inserted
            try store.write { db in
                let event = try db.makeStatement(sql: """
                    INSERT INTO events (id, type, sub_type, actor1, assoc_actor1, assoc_actor2, location, country, admin1,
                        lat, lon, geo_precision, date, date_end, time_precision, status, background, plover, confidence,
                        source_count, mention_count, updated_at, span_start, span_end, coarse)
                    VALUES (?, 'Battles', 'Armed clash', ?, '', '', ?, ?, ?, ?, ?, 1, ?, ?, 1, 'reported', 0, 'ASSAULT', 0.6, ?, ?,
                        '2026-01-01T00:00:00Z', ?, ?, 0)
                    """)
                let box = try db.makeStatement(sql: """
                    INSERT INTO events_rtree (id, min_lat, max_lat, min_lon, max_lon, min_day, max_day) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """)
                for (i, (place, day, sources)) in rows.enumerated() {
                    let date = Day(serial: first + day).description
                    try event.execute(arguments: ["bench-\(offset + i)", sources % 2 == 0 ? "M23" : "ADF", place.name, place.country,
                                                  place.admin1, place.lat, place.lon, date, date, 1 + sources, 1 + sources, date, date])
                    try box.execute(arguments: [db.lastInsertedRowID, place.lat, place.lat, place.lon, place.lon, first + day, first + day])
                }
            }
            inserted += n
        }
        let load = (clock.now - loadStart).seconds
        var times: [Double] = []
        var results = 0
        for _ in 0..<queries {
            let centre = pick()
            var filter = EventFilter()
            filter.near = (centre.lat, centre.lon)
            filter.radiusKm = 50
            filter.since = Day(serial: first + 3650 - 365 - Int(rng.next() % 365)).description
            let t0 = clock.now
            results += try store.events(filter).count
            times.append((clock.now - t0).seconds * 1000)
        }
        times.sort()
        func percentile(_ p: Double) -> Double { times.isEmpty ? 0 : times[min(times.count - 1, Int(Double(times.count) * p))] }
        return QueryResult(events: count, queries: queries, loadSeconds: load, p50: percentile(0.5), p95: percentile(0.95),
                           p99: percentile(0.99), meanResults: queries > 0 ? Double(results) / Double(queries) : 0)
    }
}

/// A small deterministic random generator, so benchmark data is the same on every run.
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Fingerprint.mix(state)
    }
}
